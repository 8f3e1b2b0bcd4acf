/**
 * Whatever the text, the pipeline returns a valid record: no exception, every
 * mention's text is its slice, lists sorted by start, and the same input
 * gives the same record. Texts are generated from Vietnamese words, numbers,
 * dates, codes and punctuation, so the rules are exercised, not just skipped.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { CATEGORIES, DocResultSchema } from '../src/types.js';

const PIECES = [
  'ngày', 'tháng', 'năm', 'quý', 'I', 'IV', 'Thứ Năm', 'Chỉ thị', 'số', 'Nghị quyết', 'Quyết định', 'của', 'Ủy ban nhân dân',
  'UBND', 'HĐND', 'tỉnh', 'Vĩnh Long', 'Hoà Bình', 'Ban Dân vận', 'Tỉnh ủy', 'MTTQ', 'các cấp', 'Đồng chí', 'Nguyễn Văn An',
  'Phó Chủ tịch', 'hơn', 'gần', 'khoảng', 'tăng', 'tỷ', 'triệu', 'đồng', 'đ', 'người', 'hộ', '%', 'kg', 'giai đoạn', 'nhiệm kỳ',
  '16/CT-TTg', '25-NQ/TW', '30/2020/NĐ-CP', '13/1', '31/2/2021', '29/2/2024', '2021-2025', '1.370', '82,6', '12.306.207.00',
  '465,361', '(', ')', '“', '”', '-', '–', '/', ',', '.', ':', ';', '\n', '\n\n', '\u00A0', '\t', 'Lượt xem: 231', 'http://x.vn/a.mp3',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 99999 }).map(String), fc.string({ maxLength: 4 }));
const text = fc.array(piece, { maxLength: 60 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '  '), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
);

const run = (t: string, nfd = false) =>
  extractDocument({ text: nfd ? t.normalize('NFD') : t, source: { path: 'p', format: 'text', encoding: 'utf-8', bytes: 0, sha256: null } }, { includeText: true });

describe('any text', () => {
  test('gives a valid, deterministic record whose mentions are slices of its text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const record = DocResultSchema.parse(run(t));
        for (const c of CATEGORIES) {
          let prev = -1;
          for (const m of record[c]) {
            expect(record.text!.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(prev);
            prev = m.start;
          }
        }
        expect(JSON.stringify(run(t))).toBe(JSON.stringify(record));
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  test('NFD input gives the same mentions as NFC input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const nfc = t.normalize('NFC');
        const a = run(nfc);
        const b = run(nfc, true);
        for (const c of CATEGORIES) expect(b[c]).toEqual(a[c]);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });
});
