/**
 * Lunar to Gregorian conversion for the Vietnamese calendar: Hồ Ngọc Đức's
 * algorithm (astronomical new moons and solar terms computed at UTC+7, the
 * Vietnamese rule; DOMAIN.md §4 [amlich]). The stored Tết table
 * (src/lexicon/lunar.ts) was computed with the same algorithm, and
 * test/unit/dates-lunar.test.ts checks this code against all of it
 * (1950–2050) and against known festival dates.
 *
 * Only the conversion lunar → Gregorian is needed: "23 tháng Chạp Quý Mão",
 * "rằm tháng Giêng năm 2024".
 */
import { VIETNAM_UTC_HOURS } from '../../lexicon/lunar.js';

const TZ = VIETNAM_UTC_HOURS;
const { PI, floor, sin } = Math;
/** Julian day of the new moon of 1900-01-01 and the mean synodic month (days). */
const EPOCH_NEW_MOON = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

/** Julian day number of a Gregorian date (Julian calendar before 1582-10-15). */
function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
  if (jd < 2299161) jd = dd + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083;
  return jd;
}

/** Gregorian [year, month, day] of a Julian day number. */
function jdToDate(jd: number): [number, number, number] {
  let b = 0;
  let c = jd + 32082;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = floor((4 * a + 3) / 146097);
    c = a - floor((b * 146097) / 4);
  }
  const d = floor((4 * c + 3) / 1461);
  const e = c - floor((1461 * d) / 4);
  const m = floor((5 * e + 2) / 153);
  return [b * 100 + d - 4800 + floor(m / 10), m + 3 - 12 * floor(m / 10), e - floor((153 * m + 2) / 5) + 1];
}

/** Julian day (fractional, UTC) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  c1 = c1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Local day number of the k-th new moon. */
const newMoonDay = (k: number): number => floor(newMoon(k) + 0.5 + TZ / 24);

/** The sun's ecliptic longitude at a Julian day, in radians [0, 2π). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - PI * 2 * floor(L / (PI * 2));
}

/** The solar-term sector (0–11, 30° each) at the start of a local day. */
const sunSector = (dayNumber: number): number => floor((sunLongitude(dayNumber - 0.5 - TZ / 24) / PI) * 6);

/** Day number of the start of lunar month 11 (the month holding the winter solstice) of a year. */
function lunarMonth11(yy: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Offset (in months after month 11) of the leap month of a 13-month lunar year starting at `a11`. */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The Gregorian ISO date of a lunar day (day 1–30 of month 1–12 of the lunar
 * year that starts in Gregorian `year`), or null when the day does not exist
 * (day 30 of a 29-day month, a leap month that is not one).
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string | null {
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  const [a11, b11] = month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  const k = floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return null;
  const start = newMoonDay(k + off);
  if (start + day - 1 >= newMoonDay(k + off + 1)) return null;
  const [y, m, d] = jdToDate(start + day - 1);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** First and last Gregorian day of a lunar month. */
export function lunarMonthSpan(month: number, year: number): { from: string; to: string } | null {
  const from = lunarToSolar(1, month, year);
  const to = lunarToSolar(30, month, year) ?? lunarToSolar(29, month, year);
  return from && to ? { from, to } : null;
}
