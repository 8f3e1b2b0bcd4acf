import { describe, expect, test } from 'vitest';
import { canChiOf, canChiYear, tetDate, tetDay } from '../../src/patterns/dates/calendar.js';
import { TET_DATES } from '../../src/lexicon/lunar.js';
import { lunarMonthSpan, lunarToSolar } from '../../src/patterns/dates/lunar.js';

describe('lunar calendar table', () => {
  test('Tết dates agree with DOMAIN.md §4 (2020–2027)', () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map(tetDate)).toEqual([
      '2020-01-25', '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06',
    ]);
  });

  /*
   * Published independently of the algorithm the table was computed with: the years where Vietnam's calendar
   * (computed for UTC+7 since the North's reform of 8 August 1967) and China's (UTC+8) start the year on
   * different days.
   * - 1968: Tết on 29 January in the North (the new calendar), 30 January in the South and in China: H. Aslaksen,
   *   "The Mathematics of the Chinese Calendar" (National University of Singapore), on the Tết Offensive dates.
   * - 2007: Tết on 17 February, one day before China's 18 February: a Vietnamese government calendar official,
   *   reported by viet-jo.com on 2006-07-06 (news item on the 2007 Tết falling a day before China's new year).
   * - 2020–2027: the Tết days listed in the project's DOMAIN.md §4 (above).
   */
  test('Tết where Vietnam and China differ, as published (1968, 2007)', () => {
    expect(tetDate(1968)).toBe('1968-01-29');
    expect(tetDate(2007)).toBe('2007-02-17');
  });

  test('Tết always falls between 21/1 and 20/2, for every year of the table', () => {
    const years = Object.keys(TET_DATES).map(Number);
    expect(years.length).toBe(101);
    for (const y of years) {
      const md = TET_DATES[y]!;
      expect(md >= '01-21' && md <= '02-20', `${y}: ${md}`).toBe(true);
    }
  });

  test('mùng n Tết counts from the first day, across month ends', () => {
    expect(tetDay(2022, 3)).toBe('2022-02-03');
    expect(tetDay(2025, 4)).toBe('2025-02-01');
  });

  test('can-chi names and years', () => {
    expect(canChiOf(2021)).toBe('Tân Sửu');
    expect(canChiOf(2024)).toBe('Giáp Thìn');
    expect(canChiYear('Tân Sửu', 2022)).toBe(2021);
    expect(canChiYear('Tân Sửu', 1950)).toBe(1961);
    expect(canChiYear('Ất Tị', 2024)).toBe(2025);
    expect(canChiYear('Giáp Sửu', 2024)).toBeNull(); // stem and branch of different parity never pair
  });
});

describe('lunar to Gregorian conversion (Hồ Ngọc Đức)', () => {
  test('mùng 1 tháng Giêng agrees with the whole Tết table (1950–2050)', () => {
    for (const [y, md] of Object.entries(TET_DATES)) expect(lunarToSolar(1, 1, Number(y)), y).toBe(`${y}-${md}`);
  });

  test('festival days', () => {
    expect(lunarToSolar(23, 12, 2021)).toBe('2022-01-25'); // 23 tháng Chạp Tân Sửu (Ông Công Ông Táo)
    expect(lunarToSolar(23, 12, 2023)).toBe('2024-02-02'); // 23 tháng Chạp Quý Mão
    expect(lunarToSolar(15, 1, 2022)).toBe('2022-02-15'); // rằm tháng Giêng Nhâm Dần
    expect(lunarToSolar(15, 1, 2024)).toBe('2024-02-24'); // rằm tháng Giêng Giáp Thìn
    expect(lunarToSolar(15, 7, 2023)).toBe('2023-08-30'); // rằm tháng Bảy (Vu Lan) Quý Mão
    expect(lunarToSolar(15, 8, 2023)).toBe('2023-09-29'); // Tết Trung thu Quý Mão
  });

  test('month lengths and leap months', () => {
    expect(lunarToSolar(30, 12, 2023)).toBe('2024-02-09'); // tháng Chạp Quý Mão has 30 days
    expect(lunarMonthSpan(12, 2023)).toEqual({ from: '2024-01-11', to: '2024-02-09' });
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22'); // Quý Mão has a leap second month
    expect(lunarToSolar(1, 3, 2023, true)).toBeNull(); // ... and no leap third month
    expect(lunarToSolar(31, 1, 2023)).toBeNull();
  });
});
