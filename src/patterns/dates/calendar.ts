/**
 * Calendar arithmetic for date values: pure functions over ISO strings,
 * validity and weekdays by date-fns, year inference, the lunar table.
 */
// by path: the whole date-fns index costs a noticeable part of start-up
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { lightFormat } from 'date-fns/lightFormat';
import { getDay } from 'date-fns/getDay';
import { isExists } from 'date-fns/isExists';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { MAX_FUTURE_DAYS } from '../../lexicon/dates.js';
import { CAN, CHI, CHI_VARIANTS, TET_DATES } from '../../lexicon/lunar.js';

/** How much of the calendar a date value covers (the `grain` of a date mention). */
export const GRAINS = ['day', 'month', 'quarter', 'half', 'year'] as const;
export type Grain = (typeof GRAINS)[number];

/** A date value: the fields of a date mention without its span. */
export interface DateValue {
  grain: Grain;
  from: string;
  to: string;
  range?: true;
  inferred?: true;
  relative?: true;
  time?: string;
  utcOffset?: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const localDate = (isoDate: string): Date => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** Whether day/month/year is a real calendar date (29/2/2023 and 31/4 are not). */
export function isRealDate(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && isExists(y, m - 1, d);
}

/** date-fns weekday (0 = Sunday) of an ISO date. */
export const weekdayOf = (isoDate: string): number => getDay(localDate(isoDate));

export const dayValue = (y: number, m: number, d: number): DateValue => ({ grain: 'day', from: iso(y, m, d), to: iso(y, m, d) });

export function monthSpan(y: number, m: number, months = 1): { from: string; to: string } {
  const last = lastDayOfMonth(new Date(y, m - 1 + months - 1, 1));
  return { from: iso(y, m, 1), to: lightFormat(last, 'yyyy-MM-dd') };
}

export const monthValue = (y: number, m: number): DateValue => ({ grain: 'month', ...monthSpan(y, m) });
export const quarterValue = (y: number, q: number): DateValue => ({ grain: 'quarter', ...monthSpan(y, 3 * q - 2, 3) });
export const halfValue = (y: number, h: 1 | 2): DateValue => ({ grain: 'half', ...monthSpan(y, h === 1 ? 1 : 7, 6) });
export const yearValue = (y: number): DateValue => ({ grain: 'year', from: iso(y, 1, 1), to: iso(y, 12, 31) });

/** "9 tháng đầu năm" (first n months), "3 tháng cuối năm" (last n months): month grain, a range. n = 6 is a half. */
export function monthRunValue(y: number, n: number, end: 'first' | 'last'): DateValue {
  if (n === 6) return halfValue(y, end === 'first' ? 1 : 2);
  const start = end === 'first' ? 1 : 13 - n;
  return { grain: 'month', ...monthSpan(y, start, n), range: true };
}

/**
 * The year to give a year-less expression, relative to a reference date:
 * among the occurrences in the year before, of, and after the reference,
 * the nearest one that does not start more than MAX_FUTURE_DAYS after it
 * (ties go to the earlier). `build` returns null for an impossible date in
 * that year (29/2 outside leap years).
 */
export function inferYear(refDate: string, build: (year: number) => { from: string; to: string } | null): number | null {
  const ref = localDate(refDate);
  const y = ref.getFullYear();
  let best: { year: number; distance: number } | null = null;
  for (const year of [y - 1, y, y + 1]) {
    const v = build(year);
    if (!v) continue;
    const ahead = differenceInCalendarDays(localDate(v.from), ref);
    if (ahead > MAX_FUTURE_DAYS) continue;
    const behind = differenceInCalendarDays(ref, localDate(v.to));
    const distance = Math.max(ahead, behind, 0);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best ? best.year : null;
}

// --- lunar ----------------------------------------------------------------

/** Gregorian ISO date of mùng 1 Tết of a Gregorian year, or null outside the table. */
export function tetDate(year: number): string | null {
  const md = TET_DATES[year];
  return md ? `${year}-${md}` : null;
}

/** ISO date of the n-th day of Tết (mùng n) of a year. */
export function tetDay(year: number, n: number): string | null {
  const first = tetDate(year);
  return first ? lightFormat(addDays(localDate(first), n - 1), 'yyyy-MM-dd') : null;
}

/** The can-chi name of a year: 2021 → "Tân Sửu". */
export function canChiOf(year: number): string {
  return `${CAN[(year + 6) % 10]} ${CHI[(year + 8) % 12]}`;
}

/**
 * The Gregorian year of a can-chi name nearest to `near` (the cycle is 60
 * years): "Tân Sửu" near 2022 → 2021. Null for a name that is not a year name.
 */
export function canChiYear(name: string, near: number): number | null {
  const [can, chiRaw] = name.trim().split(" ").filter(Boolean);
  if (!can || !chiRaw) return null;
  const chi = CHI_VARIANTS[chiRaw] ?? chiRaw;
  const c = CAN.findIndex((x) => x.toLowerCase() === can.toLowerCase());
  const b = CHI.findIndex((x) => x.toLowerCase() === chi.toLowerCase());
  if (c < 0 || b < 0 || c % 2 !== b % 2) return null;
  let best: number | null = null;
  for (let y = near - 60; y <= near + 60; y++) {
    if ((y + 6) % 10 === c && (y + 8) % 12 === b && (best === null || Math.abs(y - near) < Math.abs(best - near))) best = y;
  }
  return best;
}
