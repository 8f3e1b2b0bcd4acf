/** CSV a spreadsheet can use: every input listed, with its meta, sha256 and id; people with their name and titles in their own columns. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '../src/writers/csv.js';
import { DocResultSchema } from '../src/types.js';
import { runCli } from './helpers/fake-io.js';

const SEED = 'fixtures/seeds/000_21323159f601ec20.txt';
type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parseCsv(csv, { columns: true }) as Row[];

describe('csv', () => {
  test('one document row per input, first, even with no mentions or a failure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-csv-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Ngày 02/9/1945.');
    writeFileSync(path.join(dir, 'b.txt'), 'Không có gì ở đây.');
    writeFileSync(path.join(dir, 'c.txt'), '');
    const r = await runCli(['extract', dir, '-f', 'csv', '--only', 'dates']);
    expect(r.code).toBe(1);
    const rows = rowsOf(r.stdout);
    const docs = rows.filter((x) => x.category === 'document');
    expect(docs.map((x) => path.basename(x.source!))).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(docs.map((x) => x.mentions)).toEqual(['1', '0', '0']);
    expect(docs[0]).toMatchObject({ format: 'text', encoding: 'utf-8', bytes: String(Buffer.byteLength('Ngày 02/9/1945.')), code: '' });
    expect(docs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(docs[2]).toMatchObject({ code: 'empty', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }); // sha256 of no bytes
    expect(rows.filter((x) => x.category === 'error')).toEqual([]);
    // every input's rows start with its document row
    expect(rows[0]!.category).toBe('document');
    expect(rows[1]).toMatchObject({ category: 'dates', text: 'Ngày 02/9/1945' });
  });

  test('the document row carries the meta and the record id of a JSON Lines input', async () => {
    const seed = await runCli(['extract', SEED, '-f', 'csv', '--only', 'dates']);
    const json = DocResultSchema.parse(JSON.parse((await runCli(['extract', SEED, '--only', 'dates'])).stdout));
    const doc = rowsOf(seed.stdout)[0]!;
    expect(doc).toMatchObject({ category: 'document', source: SEED, sha256: json.source.sha256, meta_title: json.meta.title ?? '', meta_published: json.meta.published ?? '', mentions: String(json.dates.length) });
    const jsonl = await runCli(['extract', '-', '--input-format', 'jsonl', '-f', 'csv', '--only', 'dates'], { stdin: '{"id":"tin-7","text":"Ngày 02/9/1945."}\n{"id":"tin-8","text":"Không có."}\n' });
    const docs = rowsOf(jsonl.stdout).filter((x) => x.category === 'document');
    expect(docs.map((x) => x.source_id)).toEqual(['tin-7', 'tin-8']);
    expect(rowsOf(jsonl.stdout).find((x) => x.category === 'dates')!.source_id).toBe('tin-7');
  });

  test('a person is one row: the name in person, the titles as written in person_titles, nothing in name', async () => {
    const text = 'Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu.';
    const r = await runCli(['extract', '-', '-f', 'csv', '--only', 'people'], { stdin: text });
    const people = rowsOf(r.stdout).filter((x) => x.category === 'people');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ person: 'Võ Văn Thưởng', honorific: 'Đồng chí', person_titles: 'Ủy viên Bộ Chính trị; Thường trực Ban Bí thư', name: '', title: '' });
  });

  test('the columns are stable and named in snake_case', () => {
    expect(CSV_COLUMNS.slice(0, 5)).toEqual(['source', 'category', 'start', 'end', 'text']);
    expect(CSV_COLUMNS).toEqual(expect.arrayContaining(['sha256', 'source_id', 'meta_title', 'meta_published', 'meta_author', 'meta_outlet', 'person', 'person_titles', 'code']));
    for (const c of CSV_COLUMNS) expect(c).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
  });
});
