import { describe, expect, test } from 'vitest';
import { canChiOf, canChiYear, tetDate, tetDay } from '../../src/extractors/dates/calendar.js';
import { TET_DATES } from '../../src/lexicon/lunar.js';

describe('lunar calendar table', () => {
  test('Tết dates agree with DOMAIN.md §4 (2020–2027)', () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map(tetDate)).toEqual([
      '2020-01-25', '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06',
    ]);
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
