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

  test('the unit is the noun phrase after the number, read by grammar', () => {
    const r = stats('xây 25 trạm bơm và 9 nhà văn hóa, trao 15.430 suất quà Tết trị giá 5 tỷ đồng cho 954 lượt dự án đăng ký');
    expect(r.statistics.map((m) => [m.text, m.unit])).toEqual([
      ['25 trạm bơm', 'trạm bơm'],
      ['9 nhà văn hóa', 'nhà văn hóa'],
      ['15.430 suất quà', 'suất quà'],
      ['5 tỷ đồng', 'đồng'],
      ['954 lượt dự án', 'lượt dự án'],
    ]);
  });

  test('nouns of time, label nouns and small numerals in words are not counts', () => {
    const text = 'sau 3 năm thực hiện, học sinh lớp 12 tại phường 3 và hai bên, một số hộ, Điều 5 quy định';
    expect(stats(text).statistics).toEqual([]);
  });

  test('a ratio written with a colon after tỷ lệ', () => {
    const r = stats('theo tỷ lệ 1:2 giữa hai bên');
    expect(r.statistics.map((m) => [m.text, m.kind, m.value, m.total])).toEqual([['1:2', 'ratio', 1, 2]]);
    expect(stats('lúc 14:30 ngày').statistics).toEqual([]);
  });

  test('compared: the period of so với cùng kỳ, so với năm 2022; none for so với kế hoạch', () => {
    const text =
      '6 tháng đầu năm 2023, thu ngân sách đạt 1.200 tỷ đồng, tăng 5,2% so với cùng kỳ năm trước. ' +
      'Xuất khẩu giảm 2% so cùng kỳ. Năm 2023, doanh thu tăng 8% so với năm 2022 và đạt 95% so với kế hoạch. ' +
      'Quý I/2024 có thêm 120 doanh nghiệp, tăng 12% so với cùng kỳ năm 2019.';
    const r = stats(text).statistics.map((m) => [m.text, m.compared ?? null]);
    expect(r).toEqual([
      ['1.200 tỷ đồng', null],
      ['tăng 5,2%', { from: '2022-01-01', to: '2022-06-30' }],
      ['giảm 2%', { from: '2022-01-01', to: '2022-06-30' }],
      ['tăng 8%', { from: '2022-01-01', to: '2022-12-31' }],
      ['95%', null],
      ['120 doanh nghiệp', null],
      ['tăng 12%', { from: '2019-01-01', to: '2019-03-31' }],
    ]);
  });

  test('cùng kỳ without a reported period in the sentence or the one before has no compared period', () => {
    expect(stats('Doanh thu tăng 8% so với cùng kỳ.').statistics[0]!.compared).toBeUndefined();
  });

  test('a number after a name inside a sentence is a label; at a sentence start a capital is no name', () => {
    expect(stats('Lễ thượng cờ SEA Games 31 dự kiến có khoảng 400 đại biểu').statistics.map((m) => m.text)).toEqual([
      'khoảng 400 đại biểu',
    ]);
    expect(stats('Có 5 người bị thương. Tổng cộng 12 hộ.').statistics.map((m) => m.text)).toEqual(['5 người', '12 hộ']);
  });
});

