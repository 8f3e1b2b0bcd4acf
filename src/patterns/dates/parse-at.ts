/**
 * `parseDateAt`: the value of a day expression that starts exactly at a
 * position, for extractors that read a date in a fixed place (the
 * documents extractor's "ngày 30/7/2021" after a reference: `issued`).
 * Pure: no context, no warnings. It reads the same patterns as the dates
 * rules, so both agree on what a date is.
 */
import { matchAt } from '../regex.js';
import type { DateValue } from './calendar.js';
import { DAY_LONG, DAY_NUMERIC } from './grammar.js';
import { monthNumber, resolveDay, timeFields, withReference, yearOf } from './resolve.js';

export interface DateAt {
  value: DateValue;
  start: number;
  end: number;
}

/**
 * A day starting exactly at `pos` in `view` ("ngày 30/7/2021", "ngày 13
 * tháng 1 năm 2022", "30-7-2021"), or null. A year-less day ("ngày 13/1")
 * takes its year from `refDate` (nearest occurrence, `inferred: true`);
 * without one it gives null. Impossible dates give null.
 */
export function parseDateAt(view: string, pos: number, refDate: string | null): DateAt | null {
  for (const pattern of [DAY_LONG, DAY_NUMERIC]) {
    const m = matchAt(pattern, view, pos);
    if (!m) continue;
    const d = m.groups.d;
    const month = monthNumber(m.groups);
    if (d === undefined || month === null) continue;
    let outcome = resolveDay(Number(d), month, yearOf(m.groups, refDate), timeFields(m.groups));
    if (refDate) outcome = withReference(outcome, refDate);
    if (outcome.kind === 'value') return { value: outcome.value, start: m.index, end: m.index + m.text.length };
  }
  return null;
}
