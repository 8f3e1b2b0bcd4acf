/** Extraction misses a user meets in the first hour (issue 13): each through the CLI, as the user met it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DocResultSchema, type DocResult } from '../src/types.js';
import { runCli } from './helpers/fake-io.js';

async function record(text: string, args: string[] = []): Promise<DocResult> {
  const r = await runCli(['extract', '-', ...args], { stdin: text });
  expect(r.code).toBe(0);
  return DocResultSchema.parse(JSON.parse(r.stdout));
}

describe('year-less dates with nothing to place them', () => {
  test('each is a year-unknown warning naming its span, not a silent drop', async () => {
    const text = 'Sáng 15/3, tỉnh tổ chức hội nghị sơ kết. Đến ngày 20/3 sẽ có kết quả.';
    const r = await record(text, ['--only', 'dates']);
    expect(r.dates).toEqual([]);
    const warnings = r.warnings.filter((w) => w.code === 'year-unknown');
    expect(warnings.map((w) => w.text)).toEqual(['15/3', 'ngày 20/3']);
    for (const w of warnings) {
      expect(text.normalize('NFC').slice(w.start, w.end)).toBe(w.text);
      expect(w.message).toContain('--ref-date');
    }
  });

  test('no warning once a year can be had: --ref-date, or a full date before', async () => {
    const placed = await record('Sáng 15/3, tỉnh tổ chức hội nghị.', ['--only', 'dates', '--ref-date', '2024-05-01']);
    expect(placed.dates.map((d) => d.from)).toEqual(['2024-03-15']);
    expect(placed.warnings.filter((w) => w.code === 'year-unknown')).toEqual([]);
    const before = await record('Ngày 02/01/2024, tỉnh họp. Sáng 15/3, tỉnh tổ chức hội nghị.', ['--only', 'dates']);
    expect(before.warnings.filter((w) => w.code === 'year-unknown')).toEqual([]);
  });

  test('warnings of dates stay out when dates are not asked for', async () => {
    const r = await record('Sáng 15/3, tỉnh tổ chức hội nghị.', ['--only', 'statistics']);
    expect(r.warnings).toEqual([]);
  });
});

describe('the issuer of a reference at the end of a sentence', () => {
  test.each([
    ['Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.', 'Bộ Chính trị'],
    ['Theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.\nDòng sau.', 'Thủ tướng Chính phủ'],
    ['Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, tỉnh đã làm.', 'Bộ Chính trị'],
  ])('%s', async (text, issuer) => {
    const r = await record(text, ['--only', 'documents']);
    expect(r.documents[0]!.issuer).toBe(issuer);
  });
});

describe('dvx refs: a year-less id of two years is two documents', () => {
  test('16/CT-TTg of 2016 and of 2020 are two rows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-refs-year-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Thực hiện Chỉ thị số 16/CT-TTg ngày 18/5/2016 của Thủ tướng Chính phủ về tăng cường công tác phòng cháy.');
    writeFileSync(path.join(dir, 'b.txt'), 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về cách ly toàn xã hội.');
    writeFileSync(path.join(dir, 'c.txt'), 'Tiếp tục thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020. Chỉ thị số 16/CT-TTg được quán triệt.');
    const r = await runCli(['refs', dir]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; year: number | null; issued: string; citingFiles: number; mentions: number }[];
    expect(rows.map((x) => [x.id, x.year, x.issued, x.citingFiles, x.mentions])).toEqual([
      ['16/CT-TTg', 2020, '2020-03-31', 2, 3],
      ['16/CT-TTg', 2016, '2016-05-18', 1, 1],
    ]);
  });
});
