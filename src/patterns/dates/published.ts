/**
 * Publication timestamps, the one reader behind `meta.published` for text
 * and markup alike: a Vietnamese day with its year (the date grammar:
 * "Thứ năm, 13/01/2022, 14:30 (GMT+7)", "ngày 24 tháng 2 năm 2021 - 09:21"),
 * or a machine-written one from markup ("2024-02-29T08:15:00+07:00").
 */
import { VIETNAM_UTC_OFFSET } from '../../lexicon/dates.js';
import { matchAll, matchAt, vx } from '../regex.js';
import { isRealDate } from './calendar.js';
import { DAY_LONG, DAY_MONTH_WORD, DAY_NUMERIC } from './grammar.js';
import { monthNumber, resolveDay, timeFields, type Groups } from './resolve.js';

export interface Timestamp {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM or HH:MM:SS */
  time?: string;
  /** +HH:MM, when written */
  utcOffset?: string;
}

/** The day patterns of the grammar that a timestamp may be written with, in the order they are tried. */
export const TIMESTAMP_DAY_PATTERNS = [DAY_NUMERIC, DAY_LONG, DAY_MONTH_WORD] as const;

/** The timestamp of a day match whose year is written; null for a year-less or impossible day. */
export function timestampOf(g: Groups): Timestamp | null {
  if (g.y === undefined || g.d === undefined) return null;
  const month = monthNumber(g);
  if (month === null) return null;
  const outcome = resolveDay(Number(g.d), month, Number(g.y), timeFields(g));
  if (outcome.kind !== 'value') return null;
  const { from, time, utcOffset } = outcome.value;
  return { date: from, ...(time ? { time } : {}), ...(utcOffset ? { utcOffset } : {}) };
}

/** Every timestamp in `s` with its match, pattern by pattern (numeric days first). */
export function* timestampsIn(s: string): Generator<{ timestamp: Timestamp; index: number; text: string }> {
  for (const pattern of TIMESTAMP_DAY_PATTERNS) {
    for (const m of matchAll(pattern, s)) {
      const timestamp = timestampOf(m.groups);
      if (timestamp) yield { timestamp, index: m.index, text: m.text };
    }
  }
}

// 2024-02-29, 2024-02-29T08:15, 2024-02-29T08:15:00.000+07:00, 2024-02-29 08:15:00Z
const ISO_DATE_TIME = vx(
  'dates/iso-date-time',
  String.raw`
    (?<y> \d{4} ) - (?<mo> \d{1,2} ) - (?<d> \d{1,2} )
    (?: [T\x20] (?<h> \d{1,2} ) : (?<mi> \d{2} ) (?: : (?<s> \d{2} ) (?: \. \d{1,9} )? )?
        [\x20]{0,1} (?<zone> Z | [+-] \d{2} :? \d{2} )? )?
  `,
);

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO 8601 timestamp as machines write it in markup; the offset as written (`Z` is `+00:00`). */
function isoTimestamp(v: string): Timestamp | null {
  const m = matchAt(ISO_DATE_TIME, v, 0);
  if (!m) return null;
  const g = m.groups;
  const [y, mo, d] = [Number(g.y), Number(g.mo), Number(g.d)];
  if (!isRealDate(y, mo, d)) return null;
  const date = `${g.y}-${pad(mo)}-${pad(d)}`;
  if (g.h === undefined) return { date };
  const [h, mi, s] = [Number(g.h), Number(g.mi), Number(g.s ?? '0')];
  if (h > 23 || mi > 59 || s > 59) return null;
  const zone = g.zone;
  const utcOffset = !zone ? undefined : zone === 'Z' ? '+00:00' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { date, time: `${pad(h)}:${pad(mi)}:${pad(s)}`, ...(utcOffset ? { utcOffset } : {}) };
}

/** A timestamp from a markup value: ISO 8601, else a Vietnamese day with its year at the start ("29/02/2024 08:15"). */
export function readTimestamp(value: string): Timestamp | null {
  const v = value.trim();
  const iso = isoTimestamp(v);
  if (iso) return iso;
  for (const pattern of TIMESTAMP_DAY_PATTERNS) {
    const m = matchAt(pattern, v, 0);
    const t = m ? timestampOf(m.groups) : null;
    if (t) return t;
  }
  return null;
}

/** `meta.published`: the date alone, or the date-time with seconds and the offset (Vietnam's when none is written). */
export function formatPublished(t: Timestamp): string {
  if (!t.time) return t.date;
  const time = t.time.length === 5 ? `${t.time}:00` : t.time;
  return `${t.date}T${time}${t.utcOffset ?? VIETNAM_UTC_OFFSET}`;
}

/**
 * The day in Vietnam of a `meta.published` value: the date itself, unless a
 * time with another offset puts the instant on another day in Vietnam
 * (`2024-04-04T20:00:00+00:00` is 2024-04-05 there). Year-less dates in the
 * article resolve against this day.
 */
export function vietnamDay(published: string): string {
  const date = published.slice(0, 10);
  const m = matchAt(ISO_DATE_TIME, published, 0);
  const zone = m?.groups.zone;
  if (!m || m.groups.h === undefined || !zone || zone === VIETNAM_UTC_OFFSET) return date;
  const sign = zone[0] === '-' ? -1 : 1;
  const offsetMinutes = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const minutesOfDay = Number(m.groups.h) * 60 + Number(m.groups.mi) - offsetMinutes + VIETNAM_OFFSET_MINUTES;
  const shift = Math.floor(minutesOfDay / (24 * 60));
  return shift === 0 ? date : shiftDay(date, shift);
}

const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** `date` moved by `days` (UTC arithmetic on a calendar date, no clock). */
function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
