/**
 * From the groups of a date match to a date value. Pure: no context, no
 * warnings; the rules (rules.ts) turn the outcomes into mentions and
 * warnings. Year-less expressions come back as `needsYear` with a builder,
 * so the caller decides where the year comes from (the reference date, the
 * sentence, the latest full date before).
 */
import { MONTH_COUNT_WORDS, MONTH_WORDS, TWO_DIGIT_YEAR_PIVOT, VIETNAM_UTC_OFFSET } from '../../lexicon/dates.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import {
  dayValue,
  inferYear,
  isRealDate,
  monthRunValue,
  monthSpan,
  monthValue,
  quarterValue,
  yearValue,
  type DateValue,
} from './calendar.js';
import { wordKey } from '../text.js';

export type Groups = Record<string, string | undefined>;

/** What a match means: a value, a value still missing its year, or an impossible date. */
export type Outcome =
  | { kind: 'value'; value: DateValue }
  | { kind: 'needsYear'; build: (year: number) => DateValue | null; extra?: Partial<DateValue> }
  | { kind: 'invalid'; reason: string }
  | { kind: 'reject' };

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
const lowerKeys = (o: Readonly<Record<string, number>>): Map<string, number> =>
  new Map(Object.entries(o).map(([k, v]) => [wordKey(k), v]));
const WEEKDAY_BY_NAME = lowerKeys(WEEKDAYS);
const MONTH_BY_WORD = lowerKeys(MONTH_WORDS);
const COUNT_BY_WORD = lowerKeys(MONTH_COUNT_WORDS);

/** date-fns weekday number of a written weekday ("Thứ năm", "T5", "Chủ nhật"), or null. */
export const weekdayNumber = (written: string | undefined): number | null =>
  written ? (WEEKDAY_BY_NAME.get(wordKey(written)) ?? null) : null;

/** The clock time of a match: "14:30", "08:59:47", "9h30" → "09:30", "10 giờ 15" → "10:15". Suffix `a` (after) or `b` (before). */
export function clockTime(g: Groups, s: 'a' | 'b'): string | undefined {
  const hh = g[`hh${s}`];
  if (hh === undefined) return undefined;
  const mi = g[`mi${s}`] ?? g[`mh${s}`] ?? g[`mg${s}`] ?? '0';
  const ss = g[`ss${s}`];
  const two = (x: string): string => x.padStart(2, '0');
  return `${two(hh)}:${two(mi)}${ss !== undefined ? `:${ss}` : ''}`;
}

/** "+7" → "+07:00", "+0700" → "+07:00", "+07:00" → "+07:00". */
export function utcOffset(g: Groups): string | undefined {
  const raw = g.tz1 ?? g.tz2;
  if (!raw) return undefined;
  const sign = raw[0] === '-' ? '-' : '+';
  const digits = raw.slice(1).split('').filter((c) => c >= '0' && c <= '9').join('');
  const hh = digits.length <= 2 ? digits : digits.slice(0, digits.length - 2);
  const mm = digits.length <= 2 ? '00' : digits.slice(-2);
  const out = `${sign}${hh.padStart(2, '0')}:${mm}`;
  return out === '+07:00' ? VIETNAM_UTC_OFFSET : out;
}

/** Time fields of a day match: the clock after the date, else before it; the offset when written. */
export function timeFields(g: Groups): Partial<DateValue> {
  const time = clockTime(g, 'a') ?? clockTime(g, 'b');
  const offset = utcOffset(g);
  return { ...(time ? { time } : {}), ...(offset ? { utcOffset: offset } : {}) };
}

/** A day given as day, month and maybe year. */
export function resolveDay(d: number, m: number, y: number | null, extra: Partial<DateValue> = {}): Outcome {
  if (m < 1 || m > 12 || d < 1 || d > 31) return { kind: 'reject' };
  if (y !== null) {
    if (!isRealDate(y, m, d)) return { kind: 'invalid', reason: `${d}/${m}/${y} is not a calendar date` };
    return { kind: 'value', value: { ...dayValue(y, m, d), ...extra } };
  }
  // 29/2 exists in leap years; 30/2 and 31/4 never.
  if (!isRealDate(2000, m, d)) return { kind: 'invalid', reason: `${d}/${m} is not a calendar date in any year` };
  return { kind: 'needsYear', build: (year) => (isRealDate(year, m, d) ? dayValue(year, m, d) : null), extra };
}

/** Month number from digits or a month word ("Ba" → 3). */
export const monthNumber = (g: Groups): number | null =>
  num(g.m ?? g.mys ?? g.myd) ?? (g.mw ? (MONTH_BY_WORD.get(wordKey(g.mw)) ?? null) : null);

/**
 * The year of a day match: four digits as written; two digits (`13/01/22`)
 * in the century that puts it at most one year after the reference year
 * (ref 2022: `22` and `23` are 2022 and 2023, `24` is 1924), and without a
 * reference date by the POSIX pivot (00–68 → 20yy, 69–99 → 19yy).
 */
export function yearOf(g: Groups, refDate: string | null): number | null {
  const yy = num(g.yys ?? g.yyd);
  if (yy === null) return num(g.y);
  if (!refDate) return yy <= TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
  const ref = Number(refDate.slice(0, 4));
  const century = ref - (ref % 100);
  return yy <= (ref % 100) + 1 ? century + yy : century - 100 + yy;
}

export function resolveMonth(m: number, y: number | null): Outcome {
  if (m < 1 || m > 12) return { kind: 'reject' };
  return y !== null ? { kind: 'value', value: monthValue(y, m) } : { kind: 'needsYear', build: (year) => monthValue(year, m) };
}

export function resolveQuarter(q: string, y: number | null): Outcome {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const n = roman[q.toLowerCase()] ?? Number(q);
  if (!(n >= 1 && n <= 4)) return { kind: 'reject' };
  return y !== null ? { kind: 'value', value: quarterValue(y, n) } : { kind: 'needsYear', build: (year) => quarterValue(year, n) };
}

/** "6 tháng đầu năm", "9 tháng đầu năm 2021", "7 tháng năm 2023", "nửa cuối năm". A bare "N tháng năm" without year is a duration. */
export function resolveMonthRun(g: Groups): Outcome {
  const n = g.half ? 6 : (num(g.nd) ?? (g.nw ? (COUNT_BY_WORD.get(wordKey(g.nw)) ?? null) : null));
  const y = num(g.y);
  if (n === null || n < 1 || n > 12) return { kind: 'reject' };
  const end = g.pos && wordKey(g.pos) === 'cuối' ? 'last' : 'first';
  if (!g.pos && (y === null || g.half)) return { kind: 'reject' };
  const build = (year: number): DateValue => (n === 12 ? yearValue(year) : monthRunValue(year, n, end));
  return y !== null ? { kind: 'value', value: build(y) } : { kind: 'needsYear', build };
}

/** Two ends of a day range; a missing month or year is taken from the other end. */
export function resolveDayRange(g: Groups): Outcome {
  const d1 = num(g.d1);
  const d2 = num(g.d2);
  const m2 = num(g.m2);
  if (d1 === null || d2 === null || m2 === null) return { kind: 'reject' };
  // "ngày 26 đến 4/8": a first day after the last is in the month before
  const m1 = num(g.m1) ?? (d1 > d2 ? (m2 === 1 ? 12 : m2 - 1) : m2);
  const y1Written = num(g.y1);
  const y2 = num(g.y2);
  if (y1Written !== null && y2 === null) return { kind: 'reject' };
  const build = (year2: number): DateValue | null => {
    const year1 = y1Written ?? (m1 <= m2 ? year2 : year2 - 1);
    if (!isRealDate(year1, m1, d1) || !isRealDate(year2, m2, d2)) return null;
    const from = dayValue(year1, m1, d1).from;
    const to = dayValue(year2, m2, d2).to;
    if (from >= to) return null;
    return { grain: 'day', from, to, range: true };
  };
  if (y2 === null) {
    if (!isRealDate(2000, m1, d1) || !isRealDate(2000, m2, d2)) return { kind: 'invalid', reason: 'an end of the range is not a calendar date' };
    return { kind: 'needsYear', build };
  }
  if (!isRealDate(y1Written ?? (m1 <= m2 ? y2 : y2 - 1), m1, d1) || !isRealDate(y2, m2, d2)) return { kind: 'invalid', reason: 'an end of the range is not a calendar date' };
  const v = build(y2);
  return v ? { kind: 'value', value: v } : { kind: 'reject' };
}

export function resolveMonthRange(g: Groups): Outcome {
  const m1 = num(g.m1);
  const m2 = num(g.m2);
  const y2 = num(g.y2);
  const y1 = num(g.y1) ?? (y2 !== null && m1 !== null && m1 > (m2 ?? 0) ? y2 - 1 : y2);
  if (m1 === null || m2 === null || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return { kind: 'reject' };
  const build = (year2: number, year1: number = m1 <= m2 ? year2 : year2 - 1): DateValue | null => {
    const from = monthSpan(year1, m1).from;
    const to = monthSpan(year2, m2).to;
    return from < to ? { grain: 'month', from, to, range: true } : null;
  };
  if (y2 === null) return num(g.y1) === null ? { kind: 'needsYear', build: (y) => build(y) } : { kind: 'reject' };
  const v = build(y2, y1 ?? y2);
  return v ? { kind: 'value', value: v } : { kind: 'reject' };
}

export function resolveYearRange(g: Groups): Outcome {
  const y1 = num(g.y1);
  const y2 = num(g.y2);
  if (y1 === null || y2 === null || y2 <= y1 || y2 - y1 > 100) return { kind: 'reject' };
  return { kind: 'value', value: { grain: 'year', from: yearValue(y1).from, to: yearValue(y2).to, range: true } };
}

/** Fill a year-less outcome from a reference date (nearest occurrence, not far in the future). */
export function withReference(outcome: Outcome, refDate: string): Outcome {
  if (outcome.kind !== 'needsYear') return outcome;
  const year = inferYear(refDate, outcome.build);
  const value = year === null ? null : outcome.build(year);
  return value ? { kind: 'value', value: { ...value, inferred: true, ...outcome.extra } } : { kind: 'reject' };
}
