/** The CLI, in-process: formats, exit codes, bad inputs, atomic output, determinism. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { DocResultSchema } from '../src/types.js';
import { runCli } from './helpers/fake-io.js';

const SEED = 'fixtures/seeds/000_21323159f601ec20.txt';
const SEEDS = 'fixtures/seeds';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'dvx-cli-'));
}

describe('dvx extract', () => {
  test('one input gives one pretty record that validates', async () => {
    const r = await runCli(['extract', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const record = DocResultSchema.parse(JSON.parse(r.stdout));
    expect(record.source).toMatchObject({ path: SEED, format: 'text', encoding: 'utf-8' });
    expect(record.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.statistics.length).toBeGreaterThan(10);
    expect(r.stdout.startsWith('{\n  "source"')).toBe(true);
  });

  test('a folder gives an array, sorted by path, every record valid', async () => {
    const r = await runCli(['extract', SEEDS]);
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout) as unknown[];
    expect(records).toHaveLength(5);
    const paths = records.map((x) => DocResultSchema.parse(x).source.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths[0]).toBe('fixtures/seeds/000_21323159f601ec20.txt');
  });

  test('jsonl: one record per line', async () => {
    const r = await runCli(['extract', SEEDS, '-f', 'jsonl']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) DocResultSchema.parse(JSON.parse(line));
  });

  test('csv: one row per mention with flat columns; --bom for Excel', async () => {
    const r = await runCli(['extract', SEED, '-f', 'csv', '--only', 'statistics']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    const json = DocResultSchema.parse(JSON.parse((await runCli(['extract', SEED, '--only', 'statistics'])).stdout));
    const mentionRows = rows.filter((row) => row.category === 'statistics');
    expect(mentionRows).toHaveLength(json.statistics.length);
    expect(mentionRows[0]).toMatchObject({ source: SEED, category: 'statistics', start: '166', end: '177', text: '07 nhiệm vụ', value: '7', kind: 'count', unit: 'nhiệm vụ' });
    expect(rows.some((row) => row.category === 'warning' && row.code === 'irregular-number')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['source', 'category', 'start', 'end', 'text', 'grain', 'from', 'to', 'id', 'name', 'level', 'value', 'unit']));
    const bom = await runCli(['extract', SEED, '-f', 'csv', '--bom']);
    expect(bom.stdout.startsWith('\uFEFFsource,')).toBe(true);
  });

  test('--only runs a subset; --include-text adds the text the offsets point into', async () => {
    const r = await runCli(['extract', SEED, '--only', 'statistics', '--include-text']);
    const record = DocResultSchema.parse(JSON.parse(r.stdout));
    expect(record.dates).toEqual([]);
    expect(record.statistics.length).toBeGreaterThan(0);
    for (const m of record.statistics) expect(record.text!.slice(m.start, m.end)).toBe(m.text);
  });

  test('stdin: `-` or no input', async () => {
    const text = 'Toàn tỉnh có 12.478 Tổ nhân dân tự quản.';
    for (const argv of [['extract', '-'], ['extract']]) {
      const r = await runCli(argv, { stdin: text });
      expect(r.code).toBe(0);
      const record = DocResultSchema.parse(JSON.parse(r.stdout));
      expect(record.source.path).toBe('-');
      expect(record.statistics[0]).toMatchObject({ value: 12478, unit: 'Tổ nhân dân tự quản' });
    }
  });

  test('same input, byte-identical output', async () => {
    const a = await runCli(['extract', SEEDS, '-f', 'jsonl']);
    const b = await runCli(['extract', SEEDS, '-f', 'jsonl']);
    expect(a.stdout).toBe(b.stdout);
  });

  test('-o writes atomically and leaves no temporary file', async () => {
    const dir = scratch();
    const out = path.join(dir, 'out.csv');
    const r = await runCli(['extract', SEEDS, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').startsWith('source,category,start,end,text,')).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  test('a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await runCli(['extract', SEEDS, '-f', 'jsonl'], { tty: true });
    expect(tty.stderr).toContain('5/5');
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const pipe = await runCli(['extract', SEEDS, '-f', 'jsonl'], { tty: false });
    expect(pipe.stderr).toBe('');
    const off = await runCli(['extract', SEEDS, '-f', 'jsonl', '--no-progress'], { tty: true });
    expect(off.stderr).toBe('');
  });

  test('--glob changes which files a folder gives', async () => {
    const r = await runCli(['extract', SEEDS, '--glob', '**/000_*.txt', '-f', 'jsonl']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('bad input: one line on stderr naming the file, an error record, the batch goes on, exit 1', () => {
  const dir = scratch();
  const files = {
    empty: path.join(dir, 'empty.txt'),
    blank: path.join(dir, 'blank.txt'),
    binary: path.join(dir, 'binary.txt'),
    invalid: path.join(dir, 'invalid.txt'),
    good: path.join(dir, 'good.txt'),
  };
  writeFileSync(files.empty, '');
  writeFileSync(files.blank, '  \n\t\n');
  writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(files.invalid, Buffer.concat([Buffer.from('Có 12 người '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' ở đây')]));
  writeFileSync(files.good, 'Hỗ trợ 14.149 người.');

  test.each([
    ['empty', 'empty file'],
    ['blank', 'no text'],
    ['binary', 'binary'],
    ['invalid', 'not valid UTF-8'],
  ] as const)('%s file', async (which, reason) => {
    const r = await runCli(['extract', files[which], files.good, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(files[which]);
    expect(lines[0]).toContain(reason);
    const records = r.stdout.trimEnd().split('\n').map((l) => DocResultSchema.parse(JSON.parse(l)));
    expect(records).toHaveLength(2);
    expect(records[0]!.errors).toHaveLength(1);
    expect(records[1]!.statistics[0]).toMatchObject({ value: 14149 });
  });

  test('a path that does not exist', async () => {
    const r = await runCli(['extract', path.join(dir, 'missing.txt'), files.good, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: no such file or directory\n$/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  test('a file over --max-bytes', async () => {
    const r = await runCli(['extract', files.good, '--max-bytes', '5']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('too large');
  });

  test('a folder holding an unreadable file (a symlink loop, unreadable even for root)', async () => {
    const sub = path.join(dir, 'loop');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'a.txt'), 'Có 5 xã.');
    symlinkSync('b.txt', path.join(sub, 'b.txt'));
    writeFileSync(path.join(sub, 'c.txt'), 'Có 7 xã.');
    const r = await runCli(['extract', sub, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('b.txt:');
    const records = r.stdout.trimEnd().split('\n').map((l) => DocResultSchema.parse(JSON.parse(l)));
    expect(records.map((x) => x.errors.length)).toEqual([0, 1, 0]);
  });

  test.skipIf(process.getuid?.() === 0)('a folder holding a file without read permission', async () => {
    const sub = path.join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'a.txt'), 'Có 5 xã.');
    writeFileSync(path.join(sub, 'b.txt'), 'Có 6 xã.');
    chmodSync(path.join(sub, 'b.txt'), 0o000);
    const r = await runCli(['extract', sub, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b.txt: permission denied');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('usage and other commands', () => {
  test('usage errors exit 2', async () => {
    expect((await runCli(['extract', SEED, '-f', 'xml'])).code).toBe(2);
    expect((await runCli(['extract', SEED, '--only', 'dates,weather'])).code).toBe(2);
    expect((await runCli(['extract', SEED, '--ref-date', '13/01/2022'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  test('--help and --version exit 0, help has examples', async () => {
    const help = await runCli(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect((await runCli(['--version'])).code).toBe(0);
  });

  test('normalize prints the normalized text', async () => {
    const r = await runCli(['normalize', '-'], { stdin: 'Uỷ\u00A0ban nhân dân tỉnh Khánh Hoà' });
    expect(r.stdout).toBe('Ủy ban nhân dân tỉnh Khánh Hòa');
    const keep = await runCli(['normalize', '-', '--tone', 'keep'], { stdin: 'Uỷ ban' });
    expect(keep.stdout).toBe('Uỷ ban');
  });

  test('normalize reads an input as extract does (HTML article text, then normalized)', async () => {
    const page = readdirSync('fixtures/html').filter((f) => f.endsWith('.html')).sort()[0]!;
    const file = path.join('fixtures/html', page);
    const norm = await runCli(['normalize', file]);
    expect(norm.code).toBe(0);
    expect(norm.stdout).not.toContain('<');
    const record = DocResultSchema.parse(JSON.parse((await runCli(['extract', file, '--include-text'])).stdout));
    expect(norm.stdout).toBe(record.text);
    const missing = await runCli(['normalize', 'no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('dvx: no/such/file.txt: no such file or directory\n');
  });

  test('schema prints a JSON Schema of the record', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['source', 'meta', 'dates', 'documents', 'organizations', 'statistics', 'warnings', 'errors']));
  });
});

describe('the installed command', () => {
  test('bin/dvx.js runs end to end (needs a build)', () => {
    if (!existsSync('dist/cli/run.js')) execFileSync('npm', ['run', '-s', 'build']);
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', SEED, '--only', 'statistics'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(DocResultSchema.parse(JSON.parse(r.stdout)).statistics.length).toBeGreaterThan(0);
    const bad = spawnSync(process.execPath, ['bin/dvx.js', 'extract', '--format', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('worker pool', () => {
  test('--jobs 2 gives byte-identical output to --jobs 1, in input order (built CLI)', () => {
    if (!existsSync('dist/cli/worker.js')) execFileSync('npm', ['run', '-s', 'build']);
    const dir = scratch();
    const seeds = readdirSync(SEEDS).sort();
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.txt`), readFileSync(path.join(SEEDS, seeds[i % seeds.length]!)));
    writeFileSync(path.join(dir, '05.txt'), '');
    const one = spawnSync(process.execPath, ['bin/dvx.js', 'extract', dir, '-f', 'jsonl', '-j', '1'], { encoding: 'utf8' });
    const two = spawnSync(process.execPath, ['bin/dvx.js', 'extract', dir, '-f', 'jsonl', '-j', '2'], { encoding: 'utf8' });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const paths = two.stdout.trimEnd().split('\n').map((l) => DocResultSchema.parse(JSON.parse(l)).source.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(12);
  });

  test('files the workers cannot read (a link loop, a dangling link, a FIFO, over --max-bytes) are the same one line and error record as with --jobs 1, in place (built CLI)', () => {
    if (!existsSync('dist/cli/worker.js')) execFileSync('npm', ['run', '-s', 'build']);
    const dir = scratch();
    const seeds = readdirSync(SEEDS).sort();
    // enough files for several tasks, so the pool's last, smaller tasks run too
    for (let i = 0; i < 90; i++) writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.txt`), readFileSync(path.join(SEEDS, seeds[i % seeds.length]!)));
    symlinkSync('10-loop.txt', path.join(dir, '10-loop.txt'));
    symlinkSync('missing.txt', path.join(dir, '40-dangling.txt'));
    const big = 'Có 5 xã. '.repeat(4000);
    writeFileSync(path.join(dir, '70-big.txt'), big);
    let fifo = true;
    try {
      execFileSync('mkfifo', [path.join(dir, '85-fifo.txt')]);
    } catch {
      fifo = false;
    }
    const run = (jobs: string) => spawnSync(process.execPath, ['bin/dvx.js', 'extract', dir, '-f', 'jsonl', '-j', jobs, '--max-bytes', '30000'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const one = run('1');
    const two = run('2');
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const failed = two.stderr.trimEnd().split('\n').map((l) => l.replace(`dvx: ${dir}/`, ''));
    expect(failed).toEqual([
      expect.stringMatching(/^10-loop\.txt: /),
      '40-dangling.txt: no such file or directory',
      `70-big.txt: file too large (${Buffer.byteLength(big)} bytes > --max-bytes 30000)`,
      ...(fifo ? ['85-fifo.txt: not a regular file (a FIFO)'] : []),
    ]);
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(93 + (fifo ? 1 : 0));
  });

  test('a JSON Lines stream on stdin goes through the pool with --jobs 2: same bytes, same order, bad lines kept in place', () => {
    if (!existsSync('dist/cli/worker.js')) execFileSync('npm', ['run', '-s', 'build']);
    const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      if (i === 7) lines.push('{"id": "broken", "text": ');
      if (i === 21) lines.push('', '[1, 2]');
      if (i === 30) lines.push(JSON.stringify({ id: `h${i}`, html: `<html><body><article><p>${seeds[i % seeds.length]}</p></article></body></html>` }));
      lines.push(JSON.stringify({ id: `r${i}`, url: `https://example.vn/${i}`, text: seeds[i % seeds.length] }));
    }
    const input = `${lines.join('\n')}\n`;
    const run = (jobs: string) =>
      spawnSync(process.execPath, ['bin/dvx.js', 'extract', '-', '--input-format', 'jsonl', '-f', 'jsonl', '-j', jobs], { encoding: 'utf8', input });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const ids = two.stdout.trimEnd().split('\n').map((l) => DocResultSchema.parse(JSON.parse(l)).source.id);
    expect(ids).toHaveLength(43);
    expect(ids.slice(6, 9)).toEqual(['r6', undefined, 'r7']); // a line that is not JSON has no id to give
    expect(two.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
