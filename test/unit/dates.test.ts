import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { inferYear, dayValue, monthValue, halfValue } from '../../src/patterns/dates/calendar.js';
import { parseDateAt } from '../../src/patterns/dates/parse-at.js';

const run = (text: string, refDate: string | null = null) =>
  extractDocument({ text, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } }, { only: ['dates'], refDate });

const values = (text: string, refDate: string | null = null) =>
  run(text, refDate).dates.map((d) => [d.text, d.from, d.to, d.inferred ?? false]);

describe('dates in running text', () => {
  test('one mention per expression: a day is not also a month or a year', () => {
    expect(values('Theo Quyết định ngày 16/5/2016 của UBND tỉnh Bắc Giang.')).toEqual([['ngày 16/5/2016', '2016-05-16', '2016-05-16', false]]);
  });

  test('time-of-day words stay out of the text', () => {
    expect(values('Sáng 12/1, Hội đồng nhân dân tỉnh Nghệ An khai mạc kỳ họp.', '2022-01-13')).toEqual([['12/1', '2022-01-12', '2022-01-12', true]]);
    expect(values('Chiều ngày 21/1 đoàn công tác đến thăm.', '2022-01-13')).toEqual([['ngày 21/1', '2022-01-21', '2022-01-21', true]]);
  });

  test('a label is not a lead word', () => {
    expect(run('Cập nhật ngày: 09/01/2022 10:11:26').dates[0]).toMatchObject({ text: '09/01/2022 10:11:26', time: '10:11:26' });
  });

  test('numbers inside document numbers, ratios and fractions are not dates', () => {
    const text = 'Nghị định số 30/2020/NĐ-CP, Chỉ thị 16/CT-TTg, Nghị quyết 25-NQ/TW; 2.172/2.631 ý kiến; 1/2 số hộ.';
    expect(run(text, '2022-01-13').dates).toEqual([]);
  });

  test('khóa, lần thứ and anniversary counts are not years', () => {
    expect(run('Quốc hội khóa XV, Đại hội lần thứ XIII, kỷ niệm 30 năm tái lập tỉnh, 91 năm ngày thành lập Đảng.').dates).toEqual([]);
  });

  test('a bare year closing a campaign name is a year; a count is not', () => {
    expect(values('thực hiện “Năm dân vận chính quyền 2018”, có 2021 hộ tham gia')).toEqual([['2018', '2018-01-01', '2018-12-31', false]]);
  });
});

describe('year inference', () => {
  test('nearest occurrence, not far in the future of publication', () => {
    expect(values('ngày 28/12', '2022-01-09')).toEqual([['ngày 28/12', '2021-12-28', '2021-12-28', true]]);
    expect(values('ngày 15/1', '2022-01-09')).toEqual([['ngày 15/1', '2022-01-15', '2022-01-15', true]]);
    expect(values('6 tháng cuối năm', '2022-01-09')).toEqual([['6 tháng cuối năm', '2021-07-01', '2021-12-31', true]]);
    expect(values('Sáng 13-1, đoàn công tác làm việc tại Lai Châu.', '2022-09-10')).toEqual([['13-1', '2022-01-13', '2022-01-13', true]]);
  });

  test('inferYear skips impossible dates (29/2) and far-future candidates', () => {
    const feb29 = (y: number) => (y % 4 === 0 ? dayValue(y, 2, 29) : null);
    expect(inferYear('2025-03-01', feb29)).toBe(2024);
    expect(inferYear('2022-01-09', (y) => monthValue(y, 11))).toBe(2021);
    expect(inferYear('2022-01-09', (y) => halfValue(y, 1))).toBe(2022);
  });

  test('without a reference date: the year of the sentence', () => {
    const text = 'Kết quả công tác dân vận tỉnh Lào Cai 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2021';
    expect(values(text)).toEqual([
      ['6 tháng đầu năm', '2021-01-01', '2021-06-30', true],
      ['6 tháng cuối năm 2021', '2021-07-01', '2021-12-31', false],
    ]);
  });

  test('without a reference date: the latest full date before', () => {
    const text = 'Ngày 30/12/2021, tỉnh tổng kết công tác năm.\nNgày 5/1 tiếp tục hội nghị.';
    expect(values(text)).toEqual([
      ['Ngày 30/12/2021', '2021-12-30', '2021-12-30', false],
      ['Ngày 5/1', '2022-01-05', '2022-01-05', true],
    ]);
  });

  test('without any year to draw from, a year-less date is not a mention', () => {
    expect(run('Ngày 13/1, hội nghị trực tuyến toàn quốc được tổ chức.').dates).toEqual([]);
  });
});

describe('warnings', () => {
  test('a weekday that does not fall on the date is a warning, not another date', () => {
    const r = run('Thứ Sáu, 13/01/2022, 14:30 (GMT +7)');
    expect(r.dates).toHaveLength(1);
    expect(r.dates[0]).toMatchObject({ from: '2022-01-13', time: '14:30', utcOffset: '+07:00' });
    expect(r.warnings.map((w) => w.code)).toEqual(['weekday-mismatch']);
  });

  test('matching weekdays give no warning (date-fns getDay)', () => {
    expect(run('Thứ Năm, 29/2/2024').warnings).toEqual([]);
    expect(run('Chủ nhật - 20/07/2014 11:50').warnings).toEqual([]);
  });

  test('an impossible date is a warning and no mention', () => {
    for (const text of ['ngày 31/2/2021', '29/2/2023', 'ngày 31 tháng 4 năm 2022', 'ngày 30/2']) {
      const r = run(text, '2022-01-13');
      expect(r.dates, text).toEqual([]);
      expect(r.warnings.map((w) => w.code), text).toEqual(['invalid-date']);
    }
  });
});

describe('parseDateAt', () => {
  const view = 'Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; Kết luận ngày 13/1.';
  test('a day starting exactly at the position', () => {
    const at = view.indexOf('ngày 30');
    expect(parseDateAt(view, at, null)).toEqual({ value: { grain: 'day', from: '2021-07-30', to: '2021-07-30' }, start: at, end: at + 'ngày 30/7/2021'.length });
  });
  test('not at the position: null', () => {
    expect(parseDateAt(view, view.indexOf('ngày 30') - 1, null)).toBeNull();
  });
  test('a year-less day takes the reference year, else null', () => {
    const at = view.indexOf('ngày 13/1');
    expect(parseDateAt(view, at, '2022-01-20')?.value).toEqual({ grain: 'day', from: '2022-01-13', to: '2022-01-13', inferred: true });
    expect(parseDateAt(view, at, null)).toBeNull();
  });
  test('the long form', () => {
    const text = 'Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015';
    expect(parseDateAt(text, text.indexOf('ngày'), null)?.value.from).toBe('2015-06-22');
  });
  test('a line break, LF or CRLF, is a gap inside the long form (copied legal texts wrap anywhere)', () => {
    for (const text of ['Nghị định ngày 19\ntháng 7 năm\n2022 của', 'Nghị định ngày 19\r\ntháng 7\r\nnăm 2022 của']) {
      expect(parseDateAt(text, text.indexOf('ngày'), null)).toMatchObject({ value: { from: '2022-07-19' }, end: text.indexOf(' của') });
    }
  });
});

describe('months written as words', () => {
  test('capitalized month words are months; a year may follow', () => {
    expect(values('Trong tháng Tư năm 2021, tỉnh Quảng Ninh tổ chức hội nghị.')).toEqual([['tháng Tư năm 2021', '2021-04-01', '2021-04-30', false]]);
    expect(values('Đến tháng Mười/2021 đã hoàn thành.')).toEqual([['tháng Mười/2021', '2021-10-01', '2021-10-31', false]]);
    expect(values('Từ tháng Mười Một năm 2020, Sở Nội vụ Bình Định triển khai.')).toEqual([['tháng Mười Một năm 2020', '2020-11-01', '2020-11-30', false]]);
    expect(values('vào tháng Năm 2021')).toEqual([['tháng Năm 2021', '2021-05-01', '2021-05-31', false]]);
    expect(values('Cuối tháng Hai, đoàn công tác về Hà Giang.', '2022-03-10')).toEqual([['tháng Hai', '2022-02-01', '2022-02-28', true]]);
  });

  test('a day with a month word', () => {
    expect(values('kỷ niệm ngày 30 tháng Tư năm 1975')).toEqual([['ngày 30 tháng Tư năm 1975', '1975-04-30', '1975-04-30', false]]);
    expect(values('ngày 2 tháng chín năm 1945')).toEqual([['ngày 2 tháng chín năm 1945', '1945-09-02', '1945-09-02', false]]);
  });

  test('lower-case month words need a year; "tháng năm" is "months and years"', () => {
    expect(values('tháng tư năm 2021')).toEqual([['tháng tư năm 2021', '2021-04-01', '2021-04-30', false]]);
    expect(run('Qua nhiều tháng năm, đồng bào các dân tộc tỉnh Lai Châu vẫn gắn bó.', '2022-01-13').dates).toEqual([]);
    expect(run('Họp mỗi tháng hai lần, mỗi tháng một lần giao ban.', '2022-01-13').dates).toEqual([]);
    expect(values('tháng năm 2021 có nhiều sự kiện')).toEqual([['năm 2021', '2021-01-01', '2021-12-31', false]]);
  });

  test('tháng Giêng and tháng Chạp alone are lunar months: not extracted', () => {
    expect(run('Trong tháng Giêng, tháng Chạp, các địa phương ra quân.', '2022-01-13').dates).toEqual([]);
  });
});

describe('lunar days', () => {
  test('with a can-chi or numeric year (the lunar year)', () => {
    expect(values('Ngày 23 tháng Chạp năm Quý Mão, Ban Dân vận tỉnh thăm hỏi.', '2024-03-01')).toEqual([['Ngày 23 tháng Chạp năm Quý Mão', '2024-02-02', '2024-02-02', false]]);
    expect(values('rằm tháng Giêng năm 2024')).toEqual([['rằm tháng Giêng năm 2024', '2024-02-24', '2024-02-24', false]]);
    expect(values('Rằm tháng Giêng Giáp Thìn', '2024-01-01')).toEqual([['Rằm tháng Giêng Giáp Thìn', '2024-02-24', '2024-02-24', false]]);
    expect(values('ngày 15 tháng 8 âm lịch năm 2023')).toEqual([['ngày 15 tháng 8 âm lịch năm 2023', '2023-09-29', '2023-09-29', false]]);
  });

  test('without a year: the lunar year nearest the reference date', () => {
    expect(values('23 tháng Chạp', '2022-01-13')).toEqual([['23 tháng Chạp', '2022-01-25', '2022-01-25', true]]);
    expect(values('rằm tháng Bảy', '2023-08-01')).toEqual([['rằm tháng Bảy', '2023-08-30', '2023-08-30', true]]);
  });

  test('a day that the lunar month does not have is a warning', () => {
    const r = run('ngày 30 tháng Chạp năm Giáp Thìn', '2025-03-01'); // tháng Chạp Giáp Thìn has 29 days (no 30 Tết in 2025)
    expect(r.dates).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['invalid-date']);
  });

  test('a Gregorian day is not lunar', () => {
    expect(values('ngày 15 tháng 8 năm 2023')).toEqual([['ngày 15 tháng 8 năm 2023', '2023-08-15', '2023-08-15', false]]);
  });
});

describe('school years and modifiers', () => {
  test('năm học runs September to May', () => {
    expect(run('Tổng kết năm học 2021-2022 tại Bắc Ninh.').dates[0]).toMatchObject({ text: 'năm học 2021-2022', grain: 'month', from: '2021-09-01', to: '2022-05-31', range: true });
    expect(values('năm học 2020 - 2022')).toEqual([]);
  });

  test('cuối, đầu are not part of a month mention', () => {
    expect(values('Đến cuối tháng 6/2021, toàn tỉnh Thái Bình có 120 mô hình.')).toEqual([['tháng 6/2021', '2021-06-01', '2021-06-30', false]]);
    expect(values('đầu tháng Ba năm 2022')).toEqual([['tháng Ba năm 2022', '2022-03-01', '2022-03-31', false]]);
  });
});

describe('two-digit years', () => {
  test('the century puts the year at most one year after the reference year', () => {
    expect(values('Cập nhật: 13/01/22 08:15', '2022-02-01')).toEqual([['13/01/22 08:15', '2022-01-13', '2022-01-13', false]]);
    expect(values('15/06/23', '2022-02-01')).toEqual([['15/06/23', '2023-06-15', '2023-06-15', false]]);
    expect(values('15/06/24', '2022-02-01')).toEqual([['15/06/24', '1924-06-15', '1924-06-15', false]]);
  });

  test('without a reference date: 00–68 are 20yy, 69–99 are 19yy', () => {
    expect(values('13/01/22')).toEqual([['13/01/22', '2022-01-13', '2022-01-13', false]]);
    expect(values('31/12/99')).toEqual([['31/12/99', '1999-12-31', '1999-12-31', false]]);
  });

  test('unpadded without a lead word, after "số", or before a code: not a date', () => {
    for (const text of ['tỷ lệ 1/2/22 xã', 'Công văn số 13/01/22 của Sở Y tế Nam Định', 'Nghị quyết 13/01/22/NQ-HĐND']) {
      expect(run(text, '2022-02-01').dates, text).toEqual([]);
    }
    expect(values('ngày 5/3/22', '2022-04-01')).toEqual([['ngày 5/3/22', '2022-03-05', '2022-03-05', false]]);
  });

  test('an impossible padded date is a warning', () => {
    expect(run('31/02/22', '2022-04-01').warnings.map((w) => w.code)).toEqual(['invalid-date']);
  });

  test('parseDateAt reads a two-digit year', () => {
    const text = 'Quyết định số 12/QĐ-UBND ngày 05/01/22';
    expect(parseDateAt(text, text.indexOf('ngày'), '2022-03-01')?.value.from).toBe('2022-01-05');
  });
});

describe('DAY_LONG_MONTH_WITHIN', () => {
  test('the longest lead a long day can have (weekday, clock time, lead word, spaces and line breaks) keeps its tháng in reach', async () => {
    const { DAY_LONG, DAY_LONG_MONTH_WITHIN } = await import('../../src/patterns/dates/grammar.js');
    const { WEEKDAYS } = await import('../../src/lexicon/weekdays.js');
    const { matchAt } = await import('../../src/patterns/regex.js');
    const weekday = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length)[0]!.replaceAll(' ', '   ');
    const text = `${weekday}  ,  23  giờ  59  phút  |  mồng  \r\n  12  \r\n  tháng 1 năm 2020`;
    expect(matchAt(DAY_LONG, text, 0)?.text).toBe(text);
    expect(text.indexOf('tháng')).toBeLessThanOrEqual(DAY_LONG_MONTH_WITHIN);
  });
});
