/**
 * Real-world inputs through the CLI, in-process: every seed re-encoded into
 * every encoding, HTML pages, --encoding, JSON Lines files and streams.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { encodeCp1258 } from '../src/io/encodings/cp1258.js';
import { cp1252Chars, TCVN3, VNI } from '../src/io/encodings/tables.js';
import { splitLines } from '../src/io/load-documents.js';
import { DocResultSchema, type DocResult } from '../src/types.js';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI with fake streams; stdin as whole bytes or as a stream of chunks. */
async function cli(argv: string[], stdin?: { bytes?: Uint8Array; chunks?: () => AsyncIterable<Uint8Array> }, onWrite?: (s: string) => void): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s) => (onWrite ? onWrite(s) : void (stdout += s)) },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    readStdin: async () => stdin?.bytes ?? new Uint8Array(),
    ...(stdin?.chunks ? { stdinStream: stdin.chunks } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const records = (out: string): DocResult[] => out.trimEnd().split('\n').map((l) => DocResultSchema.parse(JSON.parse(l)));
const withoutSource = ({ source: _source, ...rest }: DocResult): Omit<DocResult, 'source'> => rest;
const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'dvx-inputs-'));

const SEEDS = 'fixtures/seeds';
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

const ENCODINGS: [string, (text: string) => Uint8Array][] = [
  ['utf-8-bom', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
  ['utf-16le', (t) => iconv.encode(t, 'utf-16le', { addBOM: true })],
  ['utf-16be', (t) => iconv.encode(t, 'utf-16be', { addBOM: true })],
  ['windows-1258', (t) => encodeCp1258(t)!],
  ['tcvn3', (t) => TCVN3.encode(t)!],
  ['vni-windows', (t) => VNI.encode(t)!],
];

describe('every seed in every encoding extracts exactly as its UTF-8 original', () => {
  const dir = scratch();
  const files: { seed: string; encoding: string; file: string }[] = [];
  for (const seed of seedNames) {
    const text = readFileSync(path.join(SEEDS, seed), 'utf8');
    for (const [encoding, encode] of ENCODINGS) {
      const file = path.join(dir, `${encoding}-${seed}`);
      writeFileSync(file, encode(text));
      files.push({ seed, encoding, file });
    }
  }

  test.each(seedNames)('%s', async (seed) => {
    const original = await cli(['extract', path.join(SEEDS, seed), '-f', 'jsonl', '--include-text']);
    expect(original.code).toBe(0);
    const [expected] = records(original.stdout);
    const mine = files.filter((f) => f.seed === seed);
    const r = await cli(['extract', ...mine.map((f) => f.file), '-f', 'jsonl', '--include-text', '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const got = records(r.stdout);
    expect(got.map((g) => g.source.encoding)).toEqual(mine.map((f) => f.encoding));
    for (const g of got) expect(withoutSource(g), g.source.encoding ?? '').toEqual(withoutSource(expected!));
  });
});

describe('encodings at the command line', () => {
  const dir = scratch();
  const text = 'Ủy ban nhân dân tỉnh Vĩnh Long hỗ trợ 1.370 người lao động theo Quyết định số 06/2024/QĐ-UBND.';

  test('invalid UTF-8 that is no Vietnamese encoding: one line on stderr naming the file, exit 1', async () => {
    const bad = path.join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('Có 12 người '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' ở đây')]));
    const r = await cli(['extract', bad, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(new RegExp(`^dvx: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid UTF-8 \\(byte 0xff at offset \\d+\\) nor TCVN3, VNI or Windows-1258 text; pass --encoding`))]);
    expect(records(r.stdout)[0]!.errors[0]!.code).toBe('invalid-encoding');
  });

  test('--encoding overrides detection', async () => {
    const file = path.join(dir, 'vni.txt');
    writeFileSync(file, VNI.encode(text)!);
    const detected = records((await cli(['extract', file, '-f', 'jsonl'])).stdout)[0]!;
    expect(detected.source.encoding).toBe('vni-windows');
    const forced = records((await cli(['extract', file, '-f', 'jsonl', '--encoding', 'windows-1252'])).stdout)[0]!;
    expect(forced.source.encoding).toBe('windows-1252');
    expect(forced.organizations).toHaveLength(0); // read as Western text: "Uûy ban" is no organization
    const named = records((await cli(['extract', file, '-f', 'jsonl', '--encoding', 'VNI', '--include-text'])).stdout)[0]!;
    expect(named.text).toBe(text);
  });

  test('an unknown --encoding is a usage error', async () => {
    const r = await cli(['extract', 'x.txt', '--encoding', 'klingon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown encoding "klingon"');
  });

  test('TCVN3 pasted into a UTF-8 file is repaired, with an encoding-repaired warning', async () => {
    const file = path.join(dir, 'mojibake.txt');
    writeFileSync(file, [...TCVN3.encode(text)!].map((b) => cp1252Chars()[b]).join(''));
    const r = records((await cli(['extract', file, '-f', 'jsonl', '--include-text'])).stdout)[0]!;
    expect(r.source.encoding).toBe('utf-8+tcvn3');
    expect(r.text).toBe(text);
    expect(r.warnings.map((w) => w.code)).toContain('encoding-repaired');
  });
});

describe('HTML inputs', () => {
  test('a page: article text, meta from markup, offsets into the text (--include-text)', async () => {
    const r = await cli(['extract', 'fixtures/html/provincial-portal.html', '--include-text']);
    expect(r.code).toBe(0);
    const record = DocResultSchema.parse(JSON.parse(r.stdout));
    expect(record.source).toMatchObject({ path: 'fixtures/html/provincial-portal.html', format: 'html', encoding: 'utf-8' });
    expect(record.meta).toMatchObject({ title: 'Vĩnh Long: Hỗ trợ hơn 1.370 lao động mất việc làm trong quý I/2024', published: '2024-04-05T01:30:00+00:00', author: 'Minh Thư' });
    const text = record.text!;
    expect(text).not.toContain('Thống kê truy cập');
    const mentions = [...record.dates, ...record.documents, ...record.organizations, ...record.statistics];
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(record.documents.map((d) => d.text)).toEqual(expect.arrayContaining([expect.stringContaining('45/KH-UBND')]));
    expect(record.statistics.some((s) => s.text.includes('18.432.117'))).toBe(false); // the visit counter is not read
  });

  test('every fixture page gives a record, and a folder walk picks up .html', async () => {
    const r = await cli(['extract', 'fixtures/html', '-f', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    const got = records(r.stdout);
    expect(got.map((g) => g.source.path)).toEqual(readdirSync('fixtures/html').sort().map((f) => `fixtures/html/${f}`));
    for (const g of got) expect(g.errors).toEqual([]);
  });

  test('--input-format html for stdin; a Windows-1258 page with its meta charset', async () => {
    const html = '<html><head><meta charset="windows-1258"><title>Tin tức - Báo Lào Cai</title></head><body><div class="detail-content"><p>Ngày 05/7/2023, UBND huyện Bảo Thắng hỗ trợ 1.204 hộ nghèo với tổng kinh phí 9,2 tỷ đồng theo Quyết định số 90/QĐ-TTg của Thủ tướng Chính phủ.</p></div></body></html>';
    const r = await cli(['extract', '-', '--input-format', 'html', '--include-text'], { bytes: encodeCp1258(html)! });
    expect(r.code).toBe(0);
    const record = DocResultSchema.parse(JSON.parse(r.stdout));
    expect(record.source).toMatchObject({ path: '-', format: 'html', encoding: 'windows-1258' });
    expect(record.meta.title).toBe('Tin tức');
    expect(record.text).toBe('Ngày 05/7/2023, UBND huyện Bảo Thắng hỗ trợ 1.204 hộ nghèo với tổng kinh phí 9,2 tỷ đồng theo Quyết định số 90/QĐ-TTg của Thủ tướng Chính phủ.');
  });

  test('a page with no article text is an error record', async () => {
    const r = await cli(['extract', '-', '--input-format', 'html', '-f', 'jsonl'], { bytes: Buffer.from('<html><body><script>var x = 1;</script></body></html>') });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('dvx: -: no article text in the HTML page\n');
  });
});

describe('JSON Lines', () => {
  test('a file: one result per record, in order, with its id; fields passed through; bad lines are error records', async () => {
    const r = await cli(['extract', 'fixtures/jsonl/crawl.jsonl', '-f', 'jsonl']);
    expect(r.code).toBe(1);
    const got = records(r.stdout);
    expect(got.map((g) => g.source.id ?? null)).toEqual(['vl-0001', 'pt-0002', null, null, 'bad-5', 'lc-0006', '8', '9']);
    expect(got[0]!.source).toMatchObject({ path: 'fixtures/jsonl/crawl.jsonl', format: 'jsonl', encoding: 'utf-8', fields: { url: 'https://vinhlong.gov.vn/a', crawled: '2024-04-05' } });
    expect(got[0]!.statistics.length).toBeGreaterThan(0);
    expect(got[1]!.meta.title).toBe('Phú Thọ sơ kết công tác dân vận');
    expect(got[1]!.source.fields).toEqual({ site: 'baophutho.vn' });
    expect(got.map((g) => g.errors[0]?.code ?? null)).toEqual([null, null, 'malformed-record', 'malformed-record', 'malformed-record', null, null, null]);
    expect(got[2]!.errors[0]!.message).toMatch(/^line 3: not valid JSON/);
    expect(got[3]!.errors[0]!.message).toBe('line 4: expected a JSON object {"id": ..., "text": ...}');
    expect(got[4]!.errors[0]!.message).toBe('line 5: the record has no "text" or "html" string');
    expect(got[6]!.source.id).toBe('8'); // a numeric id, as a string
    expect(got[7]!.source.id).toBe('9'); // no id: the line number (line 8 is blank)
    const stderr = r.stderr.trimEnd().split('\n');
    expect(stderr).toHaveLength(3);
    expect(stderr[0]).toMatch(/^dvx: fixtures\/jsonl\/crawl\.jsonl: line 3: not valid JSON/);
    expect(stderr[2]).toBe('dvx: fixtures/jsonl/crawl.jsonl#bad-5: line 5: the record has no "text" or "html" string');
  });

  test('stdin is streamed: results come out before the input ends', async () => {
    const total = 300;
    let produced = 0;
    let firstOutputAt = -1;
    let lines = 0;
    const text = 'UBND tỉnh Vĩnh Long hỗ trợ 1.370 người lao động, kinh phí 24,6 tỷ đồng.';
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < total; i++) {
        produced = i + 1;
        const bytes = Buffer.from(`${JSON.stringify({ id: `r${i}`, text })}\n`);
        // Cut inside the record, inside a multi-byte letter: lines are rebuilt from bytes.
        const cut = bytes.indexOf(Buffer.from('ỉ'));
        yield bytes.subarray(0, cut + 1);
        await new Promise((resolve) => setImmediate(resolve));
        yield bytes.subarray(cut + 1);
      }
    }
    const ids: string[] = [];
    const r = await cli(['extract', '--input-format', 'jsonl', '-f', 'jsonl'], { chunks }, (s) => {
      if (!s) return;
      if (firstOutputAt < 0) firstOutputAt = produced;
      lines++;
      ids.push(DocResultSchema.parse(JSON.parse(s)).source.id!);
    });
    expect(r.code).toBe(0);
    expect(lines).toBe(total);
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => `r${i}`));
    expect(firstOutputAt).toBeLessThan(5);
  });

  test('a line longer than --max-bytes is an error record for that line; the stream goes on', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(5000) });
    const input = `${JSON.stringify({ id: 'a', text: 'Hỗ trợ 12 hộ.' })}\n${long}\n${JSON.stringify({ id: 'b', text: 'Hỗ trợ 14 hộ.' })}\n`;
    const r = await cli(['extract', '--input-format', 'jsonl', '-f', 'jsonl', '--max-bytes', '1000'], { bytes: Buffer.from(input) });
    expect(r.code).toBe(1);
    const got = records(r.stdout);
    expect(got.map((g) => g.source.id ?? null)).toEqual(['a', null, 'b']);
    expect(got[1]!.errors[0]).toEqual({ code: 'too-large', message: `line 2: record too large (${long.length} bytes > --max-bytes 1000)` });
  });

  test('CRLF line ends, a byte-order mark, blank lines and a last line without a line feed', async () => {
    const input = `\uFEFF${JSON.stringify({ id: 1, text: 'Hỗ trợ 12 hộ.' })}\r\n\r\n${JSON.stringify({ id: 2, text: 'Hỗ trợ 14 hộ.' })}`;
    const r = await cli(['extract', '--input-format', 'jsonl', '-f', 'jsonl'], { bytes: Buffer.from(input) });
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((g) => [g.source.id, g.statistics[0]?.value])).toEqual([['1', 12], ['2', 14]]);
  });

  test('splitLines holds one line at a time: 64 MiB through it, the heap does not grow with it', async () => {
    const line = Buffer.from(`${JSON.stringify({ id: 'x', text: 'Hỗ trợ 12 hộ nghèo. '.repeat(40) })}\n`);
    const chunk = Buffer.concat(Array.from({ length: Math.ceil(65536 / line.length) }, () => line));
    const rounds = Math.ceil((64 * 1024 * 1024) / chunk.length);
    async function* stream(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < rounds; i++) yield chunk;
    }
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let peak = 0;
    for await (const l of splitLines(stream(), 1_000_000)) {
      count++;
      if (count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      expect(l.bytes?.length).toBe(line.length - 1);
    }
    expect(count).toBe(rounds * Math.ceil(65536 / line.length));
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  });
});
