/** `dvx refs`: the citation table through the CLI, in-process. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { runCli } from './helpers/fake-io.js';

interface Row {
  id: string | null;
  scope: string | null;
  name: string | null;
  year: number | null;
  type: string | null;
  citingFiles: number;
  mentions: number;
  sources: string[];
}

describe('dvx refs', () => {
  test('one row per canonical id, most cited first, with the files that cite it', async () => {
    const r = await runCli(['refs', 'fixtures/seeds']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((x) => JSON.stringify([x.id, x.scope, x.name, x.year]))).size).toBe(rows.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.citingFiles).toBeGreaterThanOrEqual(rows[i]!.citingFiles);
    const ct16 = rows.find((x) => x.id === '16/CT-TTg')!;
    expect(ct16).toMatchObject({ type: 'Chỉ thị', citingFiles: 2 });
    expect(ct16.sources).toEqual(['fixtures/seeds/000_21323159f601ec20.txt', 'fixtures/seeds/002_3a2b383f75a8ad9d.txt']);
  });

  test('jsonl and csv carry the same rows', async () => {
    const json = JSON.parse((await runCli(['refs', 'fixtures/seeds'])).stdout) as Row[];
    const jsonl = (await runCli(['refs', 'fixtures/seeds', '-f', 'jsonl'])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Row);
    expect(jsonl).toEqual(json);
    const csv = parseCsv((await runCli(['refs', 'fixtures/seeds', '-f', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((x) => x.id)).toEqual(json.map((x) => x.id ?? ''));
    expect(Object.keys(csv[0]!)).toEqual(['id', 'scope', 'name', 'year', 'type', 'issuer', 'issued', 'issued_dates', 'system', 'citing_files', 'mentions', 'sources']);
  });

  test('09-CT/TU of two provinces gives two rows; --parts gives one row per cited article', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-refs-'));
    writeFileSync(path.join(dir, 'lc.txt'), 'Thực hiện Chỉ thị số 09-CT/TU ngày 19/4/2011 của Tỉnh ủy Lào Cai về công tác dân vận.');
    writeFileSync(path.join(dir, 'db.txt'), 'Thực hiện Chỉ thị số 09-CT/TU ngày 02/3/2021 của Tỉnh ủy Điện Biên; khoản 2 Điều 16 Nghị định số 54/2019/NĐ-CP và Điều 16 Nghị định số 54/2019/NĐ-CP.');
    const rows = JSON.parse((await runCli(['refs', dir])).stdout) as Row[];
    expect(rows.filter((x) => x.id === '09-CT/TU').map((x) => x.scope).sort()).toEqual(['Lào Cai', 'Điện Biên']);
    const parts = JSON.parse((await runCli(['refs', dir, '--parts'])).stdout) as (Row & { article: string; clauses: string[] })[];
    expect(parts).toMatchObject([{ id: '54/2019/NĐ-CP', article: '16', clauses: ['2'], mentions: 2, citingFiles: 1 }]);
  });

  test('an unreadable input is one line on stderr, exit 1, and the table is still written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-refs-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.');
    writeFileSync(path.join(dir, 'b.txt'), '');
    const out = path.join(dir, 'refs.csv');
    const r = await runCli(['refs', dir, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dvx: ${path.join(dir, 'b.txt')}: empty file\n`);
    const rows = parseCsv(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toMatchObject([{ id: '16/CT-TTg', issued: '2020-03-31', citing_files: '1' }]);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'refs.csv']);
  });
});
