/** The library API as a user calls it: complete, schema-valid records, typed options, no internal keys. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { extract, extractBytes, extractFile, DocResultSchema, type DocResult } from '../src/index.js';
import { runCli } from './helpers/fake-io.js';

const SEED = 'fixtures/seeds/000_21323159f601ec20.txt';
const TEXT = 'Ngày 15/3, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 02/01/2024 về việc hỗ trợ 1.370 hộ nghèo.';

/** Parsing with the strict schema proves no key is missing and none is extra. */
function strictlyValid(record: DocResult): void {
  expect(DocResultSchema.strict().parse(record)).toEqual(record);
  for (const d of record.dates) expect(Object.keys(d)).not.toContain('groups');
}

describe('extract', () => {
  test('a string gives a complete record', () => {
    const r = extract(TEXT, { refDate: '2024-05-01' });
    strictlyValid(r);
    expect(r.source).toMatchObject({ path: '-', format: 'text', encoding: 'utf-8', bytes: Buffer.byteLength(TEXT) });
    expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.dates.map((d) => d.from)).toEqual(expect.arrayContaining(['2024-03-15', '2024-01-02']));
    expect(r.documents[0]!.id).toBe('12/QĐ-UBND');
    expect(r.statistics.some((s) => s.value === 1370)).toBe(true);
  });

  test('{ text, path, publishedAt, refDate }: the path is the source, the date is the meta and places year-less dates', () => {
    const r = extract({ text: TEXT, path: 'tin/a.txt', publishedAt: '2023-04-02' });
    strictlyValid(r);
    expect(r.source.path).toBe('tin/a.txt');
    expect(r.meta.published).toBe('2023-04-02');
    expect(r.dates.find((d) => d.text.includes('15/3'))!.from).toBe('2023-03-15');
    expect(extract({ text: TEXT, refDate: '2021-06-01' }).dates.find((d) => d.text.includes('15/3'))!.from).toBe('2021-03-15');
  });

  test('the same record as the CLI for the same text', async () => {
    const cli = DocResultSchema.parse(JSON.parse((await runCli(['extract', '-'], { stdin: TEXT })).stdout));
    expect(extract(TEXT)).toEqual(cli);
  });

  test('explain: the same record as dvx extract --explain', async () => {
    const cli = DocResultSchema.parse(JSON.parse((await runCli(['extract', '-', '--explain'], { stdin: TEXT })).stdout));
    const r = extract(TEXT, { explain: true });
    expect(r).toEqual(cli);
    expect(JSON.stringify(r)).not.toBe(JSON.stringify(extract(TEXT)));
  });

  test('options: only, tone, includeText', () => {
    const r = extract('Uỷ ban nhân dân tỉnh hỗ trợ 35 tỷ đồng ngày 02/01/2024.', { only: ['statistics'], tone: 'traditional', includeText: true });
    expect(r.dates).toEqual([]);
    expect(r.statistics).toHaveLength(1);
    expect(r.text).toContain('Ủy ban');
    expect(extract('Uỷ ban', { tone: 'keep', includeText: true }).text).toBe('Uỷ ban');
  });

  test('wrong arguments throw a TypeError naming them; blank text is an error record', () => {
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
    expect(() => extract(TEXT, { only: ['dogs' as never] })).toThrow(/options\.only\.0/);
    expect(() => extract(TEXT, { refDate: '15/3/2024' })).toThrow(/options\.refDate/);
    expect(() => extract({ text: TEXT, publishedAt: 'yesterday' })).toThrow(/input\.publishedAt/);
    expect(() => extract(TEXT, { colour: true } as never)).toThrow(TypeError);
    const blank = extract('   ');
    strictlyValid(blank);
    expect(blank.errors).toEqual([{ code: 'empty', message: 'no text (only white space)' }]);
  });
});

describe('extractBytes and extractFile', () => {
  test('legacy bytes are detected and decoded', async () => {
    const text = 'Ủy ban nhân dân tỉnh Đắk Lắk hỗ trợ 1.370 hộ nghèo ngày 02/01/2024.';
    const r = await extractBytes(iconv.encode(text, 'utf-16le'), { only: ['statistics'], includeText: true });
    strictlyValid(r);
    expect(r.source.encoding).toBe('utf-16le');
    expect(r.text).toBe(text);
    expect(r.statistics[0]!.value).toBe(1370);
  });

  test('HTML bytes: by content, article text and meta', async () => {
    const page = '<!DOCTYPE html><html><head><title>Tin</title><meta property="article:published_time" content="2024-02-03T08:00:00+07:00"></head><body><article><h1>Hỗ trợ hộ nghèo</h1><p>Ngày 15/1, tỉnh hỗ trợ 1.370 hộ nghèo với tổng kinh phí 35 tỷ đồng.</p></article></body></html>';
    const r = await extractBytes(Buffer.from(page), { path: 'page' });
    strictlyValid(r);
    expect(r.source).toMatchObject({ path: 'page', format: 'html' });
    expect(r.meta.published?.slice(0, 10)).toBe('2024-02-03');
    expect(r.dates[0]!.from).toBe('2024-01-15');
    expect((await extractBytes(Buffer.from(page), { format: 'text' })).source.format).toBe('text');
  });

  test('a file, as the CLI reads it; a missing file is an error record, not a throw', async () => {
    const cli = DocResultSchema.parse(JSON.parse((await runCli(['extract', SEED])).stdout));
    expect(await extractFile(SEED)).toEqual(cli);
    const missing = await extractFile('no/such.txt');
    strictlyValid(missing);
    expect(missing.errors[0]!.code).toBe('not-found');
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-api-'));
    writeFileSync(path.join(dir, 'A.HTML'), '<p>Ngày 02/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập tại Quảng trường Ba Đình.</p>');
    expect((await extractFile(path.join(dir, 'A.HTML'))).source.format).toBe('html');
    expect((await extractFile(path.join(dir, 'A.HTML'), { maxBytes: 5 })).errors[0]!.code).toBe('too-large');
  });

  test('binary bytes are an error record', async () => {
    const r = await extractBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    strictlyValid(r);
    expect(r.errors[0]!.code).toBe('binary');
    await expect(extractBytes('text' as never)).rejects.toThrow(TypeError);
  });
});
