import { describe, expect, test } from 'vitest';
import { citationTable, partsTable } from '../../src/refs/citation-table.js';
import { formatCitationTable, formatPartsTable } from '../../src/refs/format.js';
import type { DocResult, DocumentMention } from '../../src/types.js';

const doc = (fields: Partial<DocumentMention>): DocumentMention => ({
  text: 'x', start: 0, end: 1, type: null, number: null, year: null, typeCode: null, issuerCode: null,
  system: null, id: null, issued: null, issuer: null, scope: null, parts: [], ...fields,
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

  test('a year-less id issued in two years is two documents, two rows (numbers restart every year)', () => {
    const table = citationTable([result('a.txt', [ct16('2016-05-16')]), result('b.txt', [ct16('2020-03-31'), ct16('2020-03-31')])]);
    expect(table.map((r) => [r.id, r.year, r.issued, r.mentions, r.sources])).toEqual([
      ['16/CT-TTg', 2020, '2020-03-31', 2, ['b.txt']],
      ['16/CT-TTg', 2016, '2016-05-16', 1, ['a.txt']],
    ]);
  });

  test('an undated mention joins the year its own file gives, else the only year of the corpus, else a row of its own', () => {
    const two = citationTable([
      result('a.txt', [ct16('2016-05-16'), ct16()]),
      result('b.txt', [ct16('2020-03-31')]),
      result('c.txt', [ct16()]),
    ]);
    expect(two.map((r) => [r.year, r.mentions, r.sources])).toEqual([
      [2016, 2, ['a.txt']],
      [null, 1, ['c.txt']],
      [2020, 1, ['b.txt']],
    ]);
    const one = citationTable([result('a.txt', [ct16('2020-03-31')]), result('c.txt', [ct16()])]);
    expect(one.map((r) => [r.year, r.mentions, r.citingFiles])).toEqual([[2020, 2, 2]]);
  });

  test('an id with its year in it is one row whatever the dates say; two days of one year are one row, both dates listed', () => {
    const nd = (issued: string) => doc({ type: 'Nghị định', number: '30', year: 2020, typeCode: 'NĐ', issuerCode: 'CP', system: 'state', id: '30/2020/NĐ-CP', issued });
    const [row, ...rest] = citationTable([result('a.txt', [nd('2020-03-05'), nd('2021-03-05')])]);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ year: null, mentions: 2 });
    const [same] = citationTable([result('a.txt', [ct16('2020-03-31'), ct16('2020-03-30')])]);
    expect(same).toMatchObject({ year: 2020, issuedDates: ['2020-03-30', '2020-03-31'] });
  });

  test('a local code is keyed with its scope: 09-CT/TU of two provinces is two rows', () => {
    const tu = (scope: string) => doc({ type: 'Chỉ thị', number: '09', typeCode: 'CT', issuerCode: 'TU', system: 'party', id: '09-CT/TU', scope });
    const table = citationTable([result('lc.txt', [tu('Lào Cai')]), result('db.txt', [tu('Điện Biên'), tu('Điện Biên')])]);
    expect(table.map((r) => [r.id, r.scope, r.mentions, r.sources])).toEqual([
      ['09-CT/TU', 'Điện Biên', 2, ['db.txt']],
      ['09-CT/TU', 'Lào Cai', 1, ['lc.txt']],
    ]);
  });

  test('a named document is keyed on its name and year', () => {
    const law = (year: number | null) => doc({ type: 'Luật', named: true, name: 'Luật Đất đai', year });
    const table = citationTable([result('a.txt', [law(2013), law(null)]), result('b.txt', [law(2013)])]);
    expect(table.map((r) => [r.id, r.name, r.year, r.citingFiles, r.mentions])).toEqual([
      [null, 'Luật Đất đai', 2013, 2, 2],
      [null, 'Luật Đất đai', null, 1, 1],
    ]);
  });

  test('--parts: one row per (document, article), the clauses cited, most cited first', () => {
    const part = (article: string, clause: string | null) => ({ chapter: null, article, clause, point: null });
    const nd = (parts: ReturnType<typeof part>[]) => doc({ type: 'Nghị định', number: '54', id: '54/2019/NĐ-CP', parts });
    const table = partsTable([
      result('a.txt', [nd([part('16', '1'), part('16', '2')]), nd([part('5', null)])]),
      result('b.txt', [nd([part('16', '3')]), nd([])]),
    ]);
    expect(table.map((r) => [r.id, r.article, r.clauses, r.citingFiles, r.mentions])).toEqual([
      ['54/2019/NĐ-CP', '16', ['1', '2', '3'], 2, 2],
      ['54/2019/NĐ-CP', '5', [], 1, 1],
    ]);
    expect(formatPartsTable(table, 'csv').split('\n')[0]).toBe('id,scope,name,year,type,article,clauses,citing_files,mentions,sources');
  });

  test('no input, no rows', () => {
    expect(citationTable([])).toEqual([]);
  });

  test('csv: snake_case headers, one row per id, no JSON in cells', () => {
    const csv = formatCitationTable(rows, 'csv');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('id,scope,name,year,type,issuer,issued,issued_dates,system,citing_files,mentions,sources');
    expect(lines[1]).toBe('16/CT-TTg,,,2020,Chỉ thị,Thủ tướng Chính phủ,2020-03-31,2020-03-31,state,2,4,a.txt; b.txt');
    expect(lines).toHaveLength(4);
  });

  test('jsonl: one row per line; json: one array', () => {
    const jsonl = formatCitationTable(rows, 'jsonl').trimEnd().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).id)).toEqual(['16/CT-TTg', '25-NQ/TW', '120-KL/TW']);
    expect(JSON.parse(formatCitationTable(rows, 'json'))).toEqual(rows);
  });
});
