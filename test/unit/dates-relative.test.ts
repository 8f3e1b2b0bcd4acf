/** Relative dates: the calendar arithmetic (patterns/dates/relative.ts) and the reference date they need. */
import { describe, expect, test } from 'vitest';
import { nextPeriods, relativePeriod, shiftYears } from '../../src/patterns/dates/relative.js';
import { extractPhrase } from '../helpers/corpus.js';

describe('relative periods from a reference date', () => {
  test('ISO weeks across a year end', () => {
    expect(relativePeriod('2022-01-01', 'week', 0)).toEqual({ grain: 'day', from: '2021-12-27', to: '2022-01-02', range: true });
    expect(relativePeriod('2022-01-03', 'week', -1)).toEqual({ grain: 'day', from: '2021-12-27', to: '2022-01-02', range: true });
  });
  test('months, quarters and years before and after', () => {
    expect(relativePeriod('2024-03-31', 'month', -1)).toEqual({ grain: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(relativePeriod('2022-01-13', 'quarter', -1)).toEqual({ grain: 'quarter', from: '2021-10-01', to: '2021-12-31' });
    expect(relativePeriod('2022-11-30', 'quarter', 1)).toEqual({ grain: 'quarter', from: '2023-01-01', to: '2023-03-31' });
    expect(relativePeriod('2022-01-13', 'year', -1)).toEqual({ grain: 'year', from: '2021-01-01', to: '2021-12-31' });
  });
  test('the next n days, months, years', () => {
    expect(nextPeriods('2021-12-30', 'day', 3)).toEqual({ grain: 'day', from: '2021-12-31', to: '2022-01-02', range: true });
    expect(nextPeriods('2022-11-15', 'month', 2)).toEqual({ grain: 'month', from: '2022-12-01', to: '2023-01-31', range: true });
    expect(nextPeriods('2022-06-01', 'year', 5)).toEqual({ grain: 'year', from: '2023-01-01', to: '2027-12-31', range: true });
  });
  test('the same period of another year keeps month ends (February)', () => {
    expect(shiftYears({ grain: 'month', from: '2024-02-01', to: '2024-02-29' }, -1)).toEqual({ grain: 'month', from: '2023-02-01', to: '2023-02-28' });
    expect(shiftYears({ grain: 'half', from: '2023-01-01', to: '2023-06-30' }, -1)).toEqual({ grain: 'half', from: '2022-01-01', to: '2022-06-30' });
  });
});

describe('relative words need a reference date', () => {
  test.each(['hôm qua', 'tuần trước', 'năm ngoái', '3 ngày tới', 'quý I năm nay', 'sáng nay'])('%s without one is no mention', (text) => {
    expect(extractPhrase('dates', text).dates).toEqual([]);
  });
  test('cùng kỳ needs no reference date, only a reported period', () => {
    const dates = extractPhrase('dates', 'Quý I/2023 tăng 4% so với cùng kỳ năm trước.').dates;
    expect(dates.map((d) => [d.text, d.from, d.to])).toEqual([
      ['Quý I/2023', '2023-01-01', '2023-03-31'],
      ['cùng kỳ năm trước', '2022-01-01', '2022-03-31'],
    ]);
  });
  test('a comparison target is not the reported period', () => {
    const dates = extractPhrase('dates', 'CPI tháng 8/2021 tăng 2,51% so với tháng 12/2020 và tăng 2,8% so với cùng kỳ năm trước.').dates;
    expect(dates.at(-1)).toMatchObject({ text: 'cùng kỳ năm trước', from: '2020-08-01', to: '2020-08-31' });
  });
});
