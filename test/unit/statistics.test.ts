/** Statistics in running text: spans, warnings, and what must not be a statistic. */
import { describe, expect, test } from 'vitest';
import { extractPhrase } from '../helpers/corpus.js';

const stats = (text: string) => extractPhrase('statistics', text);

describe('statistics in running text', () => {
  test('two sides that count different things are two counts', () => {
    const r = stats('Cấp tỉnh 01 cuộc/120 người; cấp huyện 16 cuộc/1.770 người.');
    expect(r.statistics.map((m) => [m.text, m.value, m.kind, m.unit])).toEqual([
      ['01 cuộc', 1, 'count', 'cuộc'],
      ['120 người', 120, 'count', 'người'],
      ['16 cuộc', 16, 'count', 'cuộc'],
      ['1.770 người', 1770, 'count', 'người'],
    ]);
  });

  test('the unit is the head noun: modifiers after it are left out', () => {
    const r = stats('tổ chức 202 hội nghị định kỳ; 77 cuộc đối thoại đột xuất; 438.116 hộ thành viên');
    expect(r.statistics.map((m) => m.text)).toEqual(['202 hội nghị', '77 cuộc', '438.116 hộ']);
  });

  test('an irregular number is a mention with a warning on its span', () => {
    const r = stats('tổng số tiền: 12.306.207.00đ, gạo');
    expect(r.statistics).toHaveLength(1);
    expect(r.warnings).toEqual([
      {
        code: 'irregular-number',
        text: '12.306.207.00đ',
        start: 14,
        end: 28,
        message: "separators do not fit a standard grouping; the last group '00' (fewer than three digits) is read as decimals: 12306207",
      },
    ]);
  });

  test('an ambiguous number is read the Vietnamese way, with a warning', () => {
    const r = stats('hỗ trợ 465,361 tấn');
    expect(r.statistics[0]).toMatchObject({ value: 465.361, kind: 'measure', unit: 'tấn' });
    expect(r.warnings[0]).toMatchObject({ code: 'ambiguous-number', text: '465,361' });
  });

  test('qualifier words that are ordinary words elsewhere', () => {
    expect(stats('trên địa bàn tỉnh có 5 xã').statistics.map((m) => m.text)).toEqual(['5 xã']);
    expect(stats('gần như toàn bộ 30 hộ').statistics.map((m) => m.text)).toEqual(['30 hộ']);
  });

  test('modern tone placement and NFD input give the same statistics', () => {
    const traditional = 'Hội Nông dân tỉnh Khánh Hòa hỗ trợ hơn 1.200 hộ và 35 tỷ đồng.';
    const modern = 'Hội Nông dân tỉnh Khánh Hoà hỗ trợ hơn 1.200 hộ và 35 tỷ đồng.';
    const expected = stats(traditional).statistics;
    expect(expected).toHaveLength(2);
    expect(stats(modern).statistics).toEqual(expected);
    expect(stats(traditional.normalize('NFD')).statistics).toEqual(expected);
  });

  test('sloppy spacing: no-break spaces and doubled spaces', () => {
    const r = stats('có\u00A01.370\u00A0Tổ Covid cộng đồng với  11.186  thành viên');
    expect(r.statistics.map((m) => [m.value, m.unit])).toEqual([
      [1370, 'Tổ Covid cộng đồng'],
      [11186, 'thành viên'],
    ]);
  });

  test('page furniture yields nothing', () => {
    const text = 'Bài viết có 12 người.\nLượt xem: 231 người\n  • Trong tuần: 1,963\nChia sẻ bài viết lên facebook 11,898 lượt';
    expect(stats(text).statistics.map((m) => m.text)).toEqual(['12 người']);
  });
});
