/** Inputs as users give them: one shape for json, no duplicates, any extension case, linked folders, HTML on stdin, a wrong encoding. */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { looksLikeHtml } from '../src/io/load-documents.js';
import { mojibakeScore } from '../src/io/encodings/suspect.js';
import { DocResultSchema, type DocResult } from '../src/types.js';
import { runCli } from './helpers/fake-io.js';

const SEED = 'fixtures/seeds/000_21323159f601ec20.txt';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'dvx-files-'));
}

const lines = (stdout: string): DocResult[] => stdout.trimEnd().split('\n').filter(Boolean).map((l) => DocResultSchema.parse(JSON.parse(l)));

describe('-f json has one shape per kind of argument', () => {
  test('a folder gives an array even when it holds one file; one file argument gives an object', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'only.txt'), 'Ngày 02/9/1945.');
    const folder = await runCli(['extract', dir, '--only', 'dates']);
    expect(folder.code).toBe(0);
    expect(Array.isArray(JSON.parse(folder.stdout))).toBe(true);
    expect(JSON.parse(folder.stdout)).toHaveLength(1);
    const empty = scratch();
    expect(JSON.parse((await runCli(['extract', empty])).stdout)).toEqual([]);
    const file = await runCli(['extract', path.join(dir, 'only.txt'), '--only', 'dates']);
    expect(Array.isArray(JSON.parse(file.stdout))).toBe(false);
    const two = await runCli(['extract', path.join(dir, 'only.txt'), SEED, '--only', 'dates']);
    expect(JSON.parse(two.stdout)).toHaveLength(2);
    const stdinJsonl = await runCli(['extract', '-', '--input-format', 'jsonl', '--only', 'dates'], { stdin: '{"id":"a","text":"Ngày 02/9/1945."}\n' });
    expect(JSON.parse(stdinJsonl.stdout)).toHaveLength(1);
  });

  test('every record has the same keys, whether it has mentions, none, or failed', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'Ngày 02/9/1945.');
    writeFileSync(path.join(dir, 'b.txt'), 'Không có gì.');
    writeFileSync(path.join(dir, 'c.txt'), '');
    const r = await runCli(['extract', dir]);
    const records = JSON.parse(r.stdout) as Record<string, unknown>[];
    const keys = records.map((x) => Object.keys(x).join(','));
    expect(new Set(keys).size).toBe(1);
  });
});

describe('the input list is de-duplicated', () => {
  test('a file given twice, and a file given and found in its folder, are processed once', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'Theo Quyết định số 12/QĐ-UBND ngày 02/01/2024.');
    writeFileSync(path.join(dir, 'b.txt'), 'Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024.');
    const twice = await runCli(['extract', path.join(dir, 'a.txt'), path.join(dir, 'a.txt'), `${dir}/./a.txt`, '-f', 'jsonl']);
    expect(lines(twice.stdout)).toHaveLength(1);
    const both = await runCli(['extract', path.join(dir, 'a.txt'), dir, dir, '-f', 'jsonl']);
    expect(lines(both.stdout).map((x) => path.basename(x.source.path))).toEqual(['a.txt', 'b.txt']);
    const refs = await runCli(['refs', dir, dir]);
    const table = JSON.parse(refs.stdout) as { mentions: number; citingFiles: number; sources: string[] }[];
    expect(table).toHaveLength(1);
    expect(table[0]).toMatchObject({ mentions: 2, citingFiles: 2 });
    expect(table[0]!.sources).toHaveLength(2);
  });
});

describe('folders', () => {
  test('extensions match whatever their case', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'A.TXT'), 'Ngày 02/9/1945.');
    writeFileSync(path.join(dir, 'B.Html'), '<html><body><p>Ngày 02/9/1945 là ngày Quốc khánh nước Việt Nam.</p></body></html>');
    writeFileSync(path.join(dir, 'c.HTM'), '<html><body><p>Ngày 30/4/1975 là ngày thống nhất đất nước Việt Nam.</p></body></html>');
    writeFileSync(path.join(dir, 'd.doc'), 'Ngày 02/9/1945.');
    const r = await runCli(['extract', dir, '-f', 'jsonl', '--only', 'dates']);
    expect(r.code).toBe(0);
    const records = lines(r.stdout);
    expect(records.map((x) => [path.basename(x.source.path), x.source.format])).toEqual([['A.TXT', 'text'], ['B.Html', 'html'], ['c.HTM', 'html']]);
    expect(records.every((x) => x.dates.length === 1)).toBe(true);
  });

  test('a linked folder is walked once; a link back (loop) is a warning, not a silent skip', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'x.txt'), 'Ngày 02/9/1945.');
    symlinkSync('real', path.join(dir, 'alias'));
    symlinkSync('..', path.join(dir, 'real', 'up'));
    symlinkSync('.', path.join(dir, 'loop'));
    mkdirSync(path.join(dir, 'z'));
    writeFileSync(path.join(dir, 'z', 'y.txt'), 'Ngày 30/4/1975.');
    const r = await runCli(['extract', dir, '-f', 'jsonl', '--only', 'dates']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => path.relative(dir, x.source.path))).toEqual(['real/x.txt', 'z/y.txt']);
    const warnings = r.stderr.trimEnd().split('\n');
    expect(warnings).toEqual([
      `dvx: warning: ${dir}/alias: a link to ${dir}/real, already walked; not followed`,
      `dvx: warning: ${dir}/loop: a link back to ${dir} (a loop); not followed`,
      `dvx: warning: ${dir}/real/up: a link back to ${dir} (a loop); not followed`,
    ]);
  });

  test('a file is read once: named and also in a folder given, or linked to from another folder given', async () => {
    // a plain file's identity comes from its folder's real path (no call per file), a link's from realpath: the same
    const dir = scratch();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', 'x.txt'), 'Ngày 02/9/1945.');
    writeFileSync(path.join(dir, 'b', 'y.txt'), 'Ngày 30/4/1975.');
    symlinkSync(path.join('..', 'a', 'x.txt'), path.join(dir, 'b', 'link.txt'));
    const r = await runCli(['extract', path.join(dir, 'a', 'x.txt'), path.join(dir, 'b'), path.join(dir, 'a'), `${dir}/./a`, '-f', 'jsonl', '--only', 'dates']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => path.relative(dir, x.source.path))).toEqual(['a/x.txt', 'b/y.txt']);
  });

  test('a linked folder outside the tree is followed', async () => {
    const outside = scratch();
    writeFileSync(path.join(outside, 'o.txt'), 'Ngày 02/9/1945.');
    const dir = scratch();
    symlinkSync(outside, path.join(dir, 'ext'));
    const r = await runCli(['extract', dir, '-f', 'jsonl', '--only', 'dates']);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).map((x) => path.relative(dir, x.source.path))).toEqual(['ext/o.txt']);
  });
});

describe('stdin', () => {
  const page = '<!DOCTYPE html>\n<html><head><title>Tin tức</title></head><body><article><h1>Tin tức</h1><p>Ngày 02/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.</p></article></body></html>';

  test('HTML piped without --input-format is read as HTML', async () => {
    const r = await runCli(['extract', '-', '--include-text', '--only', 'dates'], { stdin: page });
    expect(r.code).toBe(0);
    const record = DocResultSchema.parse(JSON.parse(r.stdout));
    expect(record.source.format).toBe('html');
    expect(record.text).not.toContain('<');
    expect(record.dates).toHaveLength(1);
    const asText = await runCli(['extract', '-', '--input-format', 'text', '--include-text', '--only', 'dates'], { stdin: page });
    expect(DocResultSchema.parse(JSON.parse(asText.stdout)).source.format).toBe('text');
  });

  test('what starts like HTML, and what does not', () => {
    const yes = ['<!doctype html><p>x', '\uFEFF  <html lang="vi">', '<!-- saved --> <HTML>', '<?xml version="1.0"?>\n<html>', '<head><meta charset="utf-8">'];
    const no = ['Ngày <b>2</b>', '<htmlx>', 'UBND tỉnh <html>', '<p>đoạn</p>'];
    for (const s of yes) expect(looksLikeHtml(Buffer.from(s)), s).toBe(true);
    for (const s of no) expect(looksLikeHtml(Buffer.from(s)), s).toBe(false);
  });
});

describe('encoding-suspect', () => {
  test('a wrong --encoding gives a warning naming what looks garbled (exit 0)', async () => {
    const r = await runCli(['extract', SEED, '--encoding', 'windows-1258', '--only', 'dates']);
    expect(r.code).toBe(0);
    const record = DocResultSchema.parse(JSON.parse(r.stdout));
    const w = record.warnings.find((x) => x.code === 'encoding-suspect');
    expect(w?.message).toMatch(/^the text read as windows-1258 looks garbled: \d+ characters no Vietnamese text uses .*; check --encoding$/);
    const tcvn = readFileSync(SEED, 'utf8');
    // UTF-16 forced to UTF-8 decodes to NUL characters: binary (issue 15's whole-input rule), naming the forced encoding
    const legacy = await runCli(['extract', '-', '--encoding', 'utf-8', '--only', 'dates'], { stdin: iconv.encode(tcvn, 'utf-16le') });
    expect(legacy.code).toBe(1);
    expect(DocResultSchema.parse(JSON.parse(legacy.stdout)).errors).toEqual([
      { code: 'binary', message: 'binary data, not text (a NUL character at offset 1) when read as utf-8; check --encoding' },
    ]);
  });

  test('right text gives none: every seed, NFD text, a Russian name, punctuation', async () => {
    const r = await runCli(['extract', 'fixtures/seeds', 'fixtures/texts', 'fixtures/html', '-f', 'jsonl', '--only', 'dates', '-j', '1']);
    expect(lines(r.stdout).flatMap((x) => x.warnings).filter((w) => w.code === 'encoding-suspect')).toEqual([]);
    expect(mojibakeScore('Ông Vladimir Putin (Владимир Путин) và 习近平 — “hợp tác” • 25°C, 100 m² … €').suspect).toBe(false);
    expect(mojibakeScore('Ủy ban nhân dân tỉnh'.normalize('NFD').repeat(20)).suspect).toBe(false);
    expect(mojibakeScore(Buffer.from('Ủy ban nhân dân tỉnh Đắk Lắk', 'utf8').toString('latin1')).suspect).toBe(true);
  });
});
