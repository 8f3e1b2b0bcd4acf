import { describe, expect, test } from 'vitest';
import { citationTable } from '../../src/refs/citation-table.js';
import { formatCitationTable } from '../../src/refs/format.js';
import type { DocResult, DocumentMention } from '../../src/types.js';

const doc = (fields: Partial<DocumentMention>): DocumentMention => ({
  text: 'x', start: 0, end: 1, type: null, number: null, year: null, typeCode: null, issuerCode: null,
  system: null, id: null, issued: null, issuer: null, ...fields,
});

const ct16 = (issued: string | null = null) =>
  doc({ type: 'Chỉ thị', number: '16', typeCode: 'CT', issuerCode: 'TTg', system: 'state', id: '16/CT-TTg', issuer: 'Thủ tướng Chính phủ', issued });
const nq25 = doc({ type: 'Nghị quyết', number: '25', typeCode: 'NQ', issuerCode: 'TW', system: 'party', id: '25-NQ/TW', issued: '2013-06-03' });

function result(path: string, documents: DocumentMention[], id?: string): DocResult {
  return {
    source: { path, format: id ? 'jsonl' : 'text', encoding: 'utf-8', bytes: 0, sha256: null, ...(id ? { id } : {}) },
    meta: { title: null, published: null, author: null, outlet: null },
    dates: [], documents, organizations: [], people: [], places: [], statistics: [], warnings: [], errors: [],
  } as DocResult;
}

describe('citationTable', () => {
  const rows = citationTable([
    result('b.txt', [ct16('2020-03-31'), ct16('2020-03-31'), nq25]),
    result('a.txt', [ct16(), doc({ type: 'Chỉ thị', number: '16', issuer: 'Thủ tướng Chính phủ', resolvedId: '16/CT-TTg' })]),
    result('c.jsonl', [nq25], 'r1'),
    result('c.jsonl', [doc({ type: 'Nghị quyết', named: true })], 'r2'),
    result('d.txt', [doc({ type: 'Kết luận', number: '120', typeCode: 'KL', issuerCode: 'TW', system: 'party', id: '120-KL/TW' })]),
    result('e.txt', [doc({ type: 'Nghị quyết', number: '25' })]), // uncoded, unresolved: cites no id
  ]);

  test('one row per canonical id, most cited first, then by id', () => {
    expect(rows.map((r) => [r.id, r.citingFiles, r.mentions])).toEqual([
      ['16/CT-TTg', 2, 4],
      ['25-NQ/TW', 2, 2],
      ['120-KL/TW', 1, 1],
    ]);
  });

  test('the citing files, sorted, with the record id of JSON Lines input', () => {
    expect(rows[0]!.sources).toEqual(['a.txt', 'b.txt']);
    expect(rows[1]!.sources).toEqual(['b.txt', 'c.jsonl#r1']);
  });

  test('type, issuer, system and the most often written issue date', () => {
    expect(rows[0]).toMatchObject({ type: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ', system: 'state', issued: '2020-03-31' });
    expect(rows[2]).toMatchObject({ type: 'Kết luận', issuer: null, issued: null, system: 'party' });
  });

  test('every written issue date is listed: one id may stand for documents of several years', () => {
    const [row] = citationTable([result('a.txt', [ct16('2016-05-16')]), result('b.txt', [ct16('2020-03-31'), ct16('2020-03-31')])]);
    expect(row).toMatchObject({ issued: '2020-03-31', issuedDates: ['2016-05-16', '2020-03-31'] });
  });

  test('no input, no rows', () => {
    expect(citationTable([])).toEqual([]);
  });

  test('csv: snake_case headers, one row per id, no JSON in cells', () => {
    const csv = formatCitationTable(rows, 'csv');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('id,type,issuer,issued,issued_dates,system,citing_files,mentions,sources');
    expect(lines[1]).toBe('16/CT-TTg,Chỉ thị,Thủ tướng Chính phủ,2020-03-31,2020-03-31,state,2,4,a.txt; b.txt');
    expect(lines).toHaveLength(4);
  });

  test('jsonl: one row per line; json: one array', () => {
    const jsonl = formatCitationTable(rows, 'jsonl').trimEnd().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).id)).toEqual(['16/CT-TTg', '25-NQ/TW', '120-KL/TW']);
    expect(JSON.parse(formatCitationTable(rows, 'json'))).toEqual(rows);
  });
});
