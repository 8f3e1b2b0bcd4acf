/**
 * Relative dates (ANNOTATION.md §dates: `hôm nay`, `tuần trước`, `năm
 * ngoái`, `3 ngày tới`): the calendar period a relative expression names,
 * counted from a reference date. Pure date arithmetic (date-fns); the words
 * are data (lexicon/dates.ts), the rules in extractors/dates.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { lightFormat } from 'date-fns/lightFormat';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { monthSpan, quarterValue, yearValue, type DateValue } from './calendar.js';

export type RelativeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const local = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const isoOf = (d: Date): string => lightFormat(d, 'yyyy-MM-dd');

/** The period `offset` units from the one holding `refDate` (0: this one, -1: the one before, 1: the next). */
export function relativePeriod(refDate: string, unit: RelativeUnit, offset: number): DateValue {
  const ref = local(refDate);
  switch (unit) {
    case 'day': {
      const day = isoOf(addDays(ref, offset));
      return { grain: 'day', from: day, to: day };
    }
    case 'week': {
      // An ISO week, Monday to Sunday: a day range (the contract has no week grain).
      const w = addWeeks(ref, offset);
      return { grain: 'day', from: isoOf(startOfISOWeek(w)), to: isoOf(endOfISOWeek(w)), range: true };
    }
    case 'month': {
      const m = addMonths(ref, offset);
      return { grain: 'month', ...monthSpan(m.getFullYear(), m.getMonth() + 1) };
    }
    case 'quarter': {
      const q = addMonths(ref, 3 * offset);
      return quarterValue(q.getFullYear(), Math.floor(q.getMonth() / 3) + 1);
    }
    case 'year':
      return yearValue(addYears(ref, offset).getFullYear());
  }
}

/** The next `n` units after the one holding `refDate` ("3 ngày tới": the three days after it). */
export function nextPeriods(refDate: string, unit: 'day' | 'month' | 'year', n: number): DateValue {
  const ref = local(refDate);
  if (unit === 'day') return { grain: 'day', from: isoOf(addDays(ref, 1)), to: isoOf(addDays(ref, n)), range: true };
  if (unit === 'month') {
    const first = addMonths(ref, 1);
    const last = addMonths(ref, n);
    return { grain: 'month', from: monthSpan(first.getFullYear(), first.getMonth() + 1).from, to: isoOf(lastDayOfMonth(last)), range: true };
  }
  const y = ref.getFullYear();
  return { grain: 'year', from: yearValue(y + 1).from, to: yearValue(y + n).to, range: true };
}

/**
 * The same period `years` earlier or later (`cùng kỳ năm trước` of a half, a
 * quarter, a month or a run of months): every reported period starts on a
 * first and ends on a month's last day, so the end is recomputed (February).
 */
export function shiftYears(v: DateValue, years: number): DateValue {
  const from = addYears(local(v.from), years);
  const toMonth = addYears(local(`${v.to.slice(0, 8)}01`), years);
  return { ...v, from: isoOf(from), to: isoOf(lastDayOfMonth(toMonth)) };
}
