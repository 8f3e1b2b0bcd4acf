/**
 * The dates rules. Each turns a match into an Outcome (resolve.ts), then
 * `settle` makes it a mention: a value as is; an impossible date a warning
 * and no mention; a year-less value gets its year from the reference date
 * (`inferred: true`), or, when there is none, is left to the extractor's
 * refine step (see `PENDING`), which takes the year from the sentence or
 * from the latest full date before it.
 */
import { stateKey, type Context, type Resolved, type Rule, type RuleMatch } from '../../core/define-extractor.js';
import {
  BARE_YEAR_STOP_WORDS,
  DURATION_WORDS,
  MONTH_COUNT_WORDS,
  MONTH_WORD_LEADS,
  MONTH_WORDS,
  PARTY_DAY_STOP_WORDS,
  PLURAL_YEAR_WORDS,
  RELATIVE_YEAR_WORDS,
  SCHOOL_YEAR_LEAD,
  SCHOOL_YEAR_MONTHS,
  YEAR_RANGE_LEADS,
} from '../../lexicon/dates.js';
import { LUNAR_FULL_MOON_DAY, LUNAR_MONTH_WORDS } from '../../lexicon/lunar.js';
import { COUNT_NOUNS, MEASURE_UNITS } from '../../lexicon/units.js';
import { test, type Pattern } from '../../patterns/regex.js';
import type { DateMention } from '../../types.js';
import { canChiYear, monthSpan, tetDay, weekdayOf, yearValue, type DateValue } from '../../patterns/dates/calendar.js';
import { lunarToSolar } from '../../patterns/dates/lunar.js';
import {
  BARE_YEAR,
  DAY_LONG,
  DAY_LONG_MONTH_WITHIN,
  DAY_MONTH_WORD,
  DAY_NUMERIC,
  DAY_RANGE,
  DAY_TRIGGER,
  LUNAR_DAY,
  LUNAR_DAY_MONTH_WITHIN,
  LUNAR_NUMERIC,
  LUNAR_NUMERIC_YEAR_WITHIN,
  MONTH,
  MONTH_RANGE,
  MONTH_RUN,
  QUARTER,
  TET,
  YEAR,
  YEAR_RANGE,
} from '../../patterns/dates/grammar.js';
import {
  monthNumber,
  resolveDay,
  resolveDayRange,
  resolveMonth,
  resolveMonthRange,
  resolveMonthRun,
  resolveQuarter,
  resolveYearRange,
  timeFields,
  weekdayNumber,
  withReference,
  yearOf,
  type Groups,
  type Outcome,
} from '../../patterns/dates/resolve.js';
import { WEEKDAY_NAMES_EN, WEEKDAYS } from '../../lexicon/weekdays.js';
import type { Trigger } from '../../core/triggers.js';
import { wordKey } from '../../patterns/text.js';

type DateRule = Rule<DateMention>;
type Out = Resolved<DateMention>;

/** Year-less mentions found without a reference date, by `start:end`, waiting for a refiner (per document). */
export const PENDING = stateKey('dates/pending-years', () => new Map<string, (year: number) => DateValue | null>());
/** Spans of impossible dates (warned about): no part of them is a mention either ("năm 2022" in "31 tháng 4 năm 2022"). */
export const INVALID = stateKey('dates/invalid-spans', (): { start: number; end: number }[] => []);
export const spanKey = (start: number, end: number): string => `${start}:${end}`;

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
const STOP = new Set(BARE_YEAR_STOP_WORDS.map((w) => w.toLowerCase()));

/** Whether the words right before `start` license a bare day-month ("Sáng 12/1", "từ 9/3"). */
export function triggeredAt(view: string, start: number): boolean {
  return test(DAY_TRIGGER, view.slice(Math.max(0, start - 16), start));
}

/** The span without unbalanced parentheses, and without the spaces next to a dropped one. */
function balance(m: RuleMatch, g: Groups): { start: number; end: number } {
  let { start, end } = m;
  if (g.open !== undefined && g.close === undefined) start += g.open.length;
  if (g.close !== undefined && g.open === undefined) end -= g.close.length;
  return { start, end };
}

/** Turn an outcome into a mention (or nothing), warning about impossible dates when the expression is clearly a date. */
export function settle(
  outcome: Outcome,
  span: { start: number; end: number },
  ctx: Context,
  strong: boolean,
): Out | null {
  // only the offsets: callers may pass the whole match, whose text and groups must not leak into the mention
  span = { start: span.start, end: span.end };
  switch (outcome.kind) {
    case 'reject':
      return null;
    case 'invalid':
      if (strong) {
        ctx.state.get(INVALID).push(span);
        ctx.warn({
          code: 'invalid-date',
          text: ctx.text.slice(span.start, span.end),
          ...span,
          message: `${outcome.reason}: not extracted as a date`,
        });
      }
      return null;
    case 'value':
      return spanned(outcome.value, span);
    case 'needsYear': {
      if (ctx.refDate) {
        const settled = withReference(outcome, ctx.refDate);
        return settled.kind === 'value' ? spanned(settled.value, span) : null;
      }
      const placeholder = outcome.build(2000);
      if (!placeholder) return null;
      const { extra } = outcome;
      ctx.state.get(PENDING).set(spanKey(span.start, span.end), (year) => {
        const v = outcome.build(year);
        return v ? { ...v, ...extra } : null;
      });
      return spanned(placeholder, span, true, extra);
    }
  }
}

/**
 * `{ ...value, ...span }`, or inferred, `{ ...value, inferred: true, ...extra, ...span }`, copied key by key:
 * V8 runs an object spread through a generic runtime copy, and this runs once per date (on a page of year-less
 * dates the spreads took a tenth of the time). The keys come out in the spread's order (a key met again keeps its
 * first place).
 */
function spanned(value: DateValue, span: { start: number; end: number }, inferred = false, extra?: Partial<DateValue>): Out {
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = value[key as keyof DateValue];
  if (inferred) out.inferred = true;
  if (extra) for (const key in extra) out[key] = extra[key as keyof DateValue];
  out.start = span.start;
  out.end = span.end;
  return out as unknown as Out;
}

/** Warn when a written weekday does not fall on the date (date-fns getDay). */
function checkWeekday(out: Out | null, g: Groups, ctx: Context): Out | null {
  const expected = weekdayNumber(g.wd);
  if (!out || expected === null || out.start === undefined || out.end === undefined) return out;
  if (out.inferred && !ctx.refDate) return out;
  const actual = weekdayOf(out.from);
  if (actual !== expected) {
    ctx.warn({
      code: 'weekday-mismatch',
      text: ctx.text.slice(out.start, out.end),
      start: out.start,
      end: out.end,
      message: `${g.wd} is written, but ${out.from} is a ${WEEKDAY_NAMES_EN[actual]}; the date is kept`,
    });
  }
  return out;
}

/** "mùng 3" alone: the 3rd of the reference month, or of the month before when that lies ahead. */
function bareMung(d: number, ctx: Context): Outcome {
  if (!ctx.refDate || d < 1 || d > 31) return { kind: 'reject' };
  const [ry, rm, rd] = ctx.refDate.split('-').map(Number) as [number, number, number];
  const [y, m] = d <= rd + 7 ? [ry, rm] : rm === 1 ? [ry - 1, 12] : [ry, rm - 1];
  const out = resolveDay(d, m, y);
  return out.kind === 'value' ? { kind: 'value', value: { ...out.value, inferred: true } } : { kind: 'reject' };
}

/**
 * A bare day-month written with a dash, as Party papers write dates ("13-1",
 * "Sáng 13-1"): a date when punctuation, a line end or a capitalized word
 * follows ("2-3 người" is a count, "1-2%" a percentage) and no counting word
 * precedes ("khoản 1-2", "tỷ số 2-1").
 */
function partyStyleDay(m: RuleMatch, view: string): boolean {
  if (!m.text.includes('-') || m.text.includes('/') || m.text.includes('.')) return false;
  const after = view.slice(m.end, m.end + 2);
  const closes = after === '' || ',.;:)\n'.includes(after[0]!) || (after[0] === ' ' && after[1] !== undefined && after[1] !== after[1].toLowerCase());
  const before = view.slice(Math.max(0, m.start - 24), m.start).trimEnd();
  const word = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
  return closes && !STOP.has(word) && !PARTY_DAY_STOP_WORDS.includes(word);
}

const COUNTED = new Set([...COUNT_NOUNS, ...MEASURE_UNITS, ...DURATION_WORDS].map((w) => w.toLowerCase()));

/** Whether a unit or counted noun follows: "từ 1-2 ngày", "3/4 hộ", "1-2%" are quantities. */
export function countFollows(view: string, end: number): boolean {
  const after = view.slice(end, end + 24);
  if (after.trimStart().startsWith('%')) return true;
  const words = after.trimStart().split(' ');
  return [1, 2].some((n) => COUNTED.has(words.slice(0, n).join(' ').toLowerCase().replace(/* trailing punctuation */ ',', '')));
}

/** Whether "số" (or "số:") stands right before `start`: "số 02/2021", "số 13/01/22" are numbers. */
function numberLeadBefore(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - 8), start).toLowerCase().trimEnd();
  return before.endsWith('số') || before.endsWith('số:');
}

const isLower = (w: string): boolean => w[0] !== undefined && w[0] === w[0].toLowerCase();

/**
 * Whether a month written as a word is a month here. Capitalized (`tháng Tư`,
 * `Tháng Mười Một`) it is; in lower case only with a year or after `ngày`
 * (`tháng tư năm 2021`, `ngày 2 tháng hai`: "mỗi tháng hai lần" is twice a
 * month), and lower-case `tháng năm` never ("nhiều tháng năm": months and years).
 */
function monthWordOk(g: Groups): boolean {
  if (g.mw === undefined || !isLower(g.mw)) return true;
  if (g.mw.toLowerCase() === 'năm') return false;
  return g.y !== undefined || g.lead?.toLowerCase() === 'ngày';
}

const dayRule = (name: string, pattern: Pattern, trigger: Trigger): DateRule => ({
  name,
  pattern,
  trigger,
  resolve(m, ctx) {
    const g = m.groups;
    const time = timeFields(g);
    const short = g.yys ?? g.yyd;
    const strong = g.lead !== undefined || g.y !== undefined || g.wd !== undefined || time.time !== undefined;
    const span = { start: m.start, end: m.end };
    if (g.dm !== undefined) return settle(bareMung(Number(g.dm), ctx), span, ctx, true);
    if (short !== undefined) {
      // "13/01/22": both day and month written with two digits, or a lead word, weekday or time; never after "số".
      const padded = g.d?.length === 2 && (g.mys ?? g.myd)?.length === 2;
      if ((!strong && !padded) || numberLeadBefore(ctx.view, m.start)) return null;
      const d = num(g.d);
      const mo = monthNumber(g);
      if (d === null || mo === null) return null;
      return checkWeekday(settle(resolveDay(d, mo, yearOf(g, ctx.refDate), time), span, ctx, true), g, ctx);
    }
    const d = num(g.d);
    const mo = monthNumber(g);
    // "2-3 người", "1/2 số hộ" are quantities; a descending pair ("Đến 13-8 bệnh nhân") is no count range
    const counted = countFollows(ctx.view, m.end) && (d === null || mo === null || d <= mo);
    if (!strong && ((!triggeredAt(ctx.view, m.start) && !partyStyleDay(m, ctx.view) && !parenthesized(ctx.view, m)) || counted)) return null;
    if (d === null || mo === null || !monthWordOk(g)) return null;
    const outcome = resolveDay(d, mo, num(g.y), time);
    return checkWeekday(settle(outcome, span, ctx, strong || g.y !== undefined), g, ctx);
  },
});

/** "(29-3)", "Ngày Chiến thắng (30/4)": a day-month alone in parentheses, as news write the date of an event. */
const parenthesized = (view: string, m: { start: number; end: number }): boolean => view[m.start - 1] === '(' && view[m.end] === ')';

/**
 * "từ 9 đến 13-3", "từ tháng 3 đến tháng 5", "từ năm 2016 đến năm 2020": a
 * "từ" that opens a range is not part of the mention (ANNOTATION.md); its
 * length, when it opens the match (no parenthesis before it; for a year
 * range, no lead word either: "giai đoạn từ 2016 đến 2020" keeps it).
 */
function fromLength(g: Groups): number {
  if (g.from === undefined || g.open !== undefined) return 0;
  let k = 2; // "từ"
  while (g.from[k] === ' ' || g.from[k] === '\n') k++;
  return k;
}

const isBareNumber = (g: Groups): boolean => g.lead === undefined && g.from === undefined && g.open === undefined;

/**
 * Where dates start (core/triggers.ts), each the set of first words its pattern can match (patterns/dates/grammar.ts):
 * a day with its weekday, clock time or lead word before it, or its digits.
 */
// a match that starts at a number starts with its day or a clock time (`5/3`, `14:30 | 5/3`): at most two digits
const DAY_START: Trigger = { words: [...Object.keys(WEEKDAYS), 'ngày', 'mùng', 'mồng'], digit: true, digitsAtMost: 2 };
const LEAD_START: Trigger = { words: ['ngày', 'mùng', 'mồng'], digit: true, digitsAtMost: 2 };

export const RULES: readonly DateRule[] = [
  dayRule('dates/day-numeric', DAY_NUMERIC, DAY_START),
  // `ngày 13 tháng 1`: its `tháng` stands in reach after the start
  dayRule('dates/day-long', DAY_LONG, { ...DAY_START, near: { words: ['tháng'], within: DAY_LONG_MONTH_WITHIN } }),
  dayRule('dates/day-month-word', DAY_MONTH_WORD, { words: [...Object.keys(WEEKDAYS), 'tháng'] }),
  {
    name: 'dates/day-range',
    pattern: DAY_RANGE,
    trigger: { words: ['(', 'từ', 'ngày'], digit: true, digitsAtMost: 2 }, // its first day, or a clock time before it
    resolve(m, ctx) {
      // the second end's month and year, written "13/3/2020" or "13 tháng 3 năm 2020"
      const g: Groups = { ...m.groups, m2: m.groups.m2 ?? m.groups.ml2, y2: m.groups.y2 ?? m.groups.yl2 };
      const span = balance(m, g);
      span.start += fromLength(g);
      // a bare range needs a year, "tháng", a trigger word, or a month at both ends ("30/4 - 1/5"); two fractions
      // ("1/2 - 2/3 số hộ") or a counted noun after it make it a quantity
      const fractions = Number(g.d1) < Number(g.m1) && Number(g.d2) < Number(g.m2);
      const monthsBoth = g.m1 !== undefined && g.m2 !== undefined && !fractions && !countFollows(ctx.view, m.end);
      if (isBareNumber(g) && g.y2 === undefined && g.long === undefined && !monthsBoth && !triggeredAt(ctx.view, m.start)) return null;
      return settle(resolveDayRange(g), span, ctx, g.y2 !== undefined || g.lead !== undefined);
    },
  },
  {
    name: 'dates/month',
    trigger: { words: ['tháng'], digit: true },
    pattern: MONTH,
    resolve(m, ctx) {
      const g = m.groups;
      if (g.mb !== undefined) {
        if (numberLeadBefore(ctx.view, m.start)) return null; // "số 02/2021": a document number
        return settle(resolveMonth(Number(g.mb), num(g.yb)), m, ctx, false);
      }
      const mo = monthNumber(g);
      if (mo === null || !monthWordOk(g) || monthWordInName(g, ctx.view, m.start)) return null;
      if (g.y === undefined && g.ry === undefined && severalYearsAfter(ctx.view, m.end)) return null;
      if (g.ry !== undefined) return withRelativeYear(g, ctx, (y) => resolveMonth(mo, y), m);
      return settle(resolveMonth(mo, num(g.y)), m, ctx, false);
    },
  },
  {
    name: 'dates/month-range',
    trigger: { words: ['từ', 'tháng'] },
    pattern: MONTH_RANGE,
    resolve: (m, ctx) => settle(resolveMonthRange(m.groups), { start: m.start + fromLength(m.groups), end: m.end }, ctx, false),
  },
  {
    name: 'dates/quarter',
    trigger: { words: ['quý'] },
    pattern: QUARTER,
    resolve(m, ctx) {
      if (m.groups.ry !== undefined) return withRelativeYear(m.groups, ctx, (y) => resolveQuarter(m.groups.q ?? '', y), m);
      if (m.groups.y === undefined && severalYearsAfter(ctx.view, m.end)) return null;
      return settle(resolveQuarter(m.groups.q ?? '', num(m.groups.y)), m, ctx, false);
    },
  },
  {
    name: 'dates/month-run',
    trigger: { words: [...Object.keys(MONTH_COUNT_WORDS), 'nửa'], digit: true },
    pattern: MONTH_RUN,
    resolve: (m, ctx) =>
      m.groups.ry !== undefined
        ? withRelativeYear(m.groups, ctx, (y) => resolveMonthRun({ ...m.groups, y: String(y) }), m)
        : settle(resolveMonthRun(m.groups), m, ctx, false),
  },
  { name: 'dates/year', pattern: YEAR, trigger: { words: ['năm'] }, resolve: (m) => ({ ...yearValue(Number(m.groups.y)) }) },
  {
    name: 'dates/year-range',
    trigger: { words: ['(', ...YEAR_RANGE_LEADS, 'từ'], digit: true },
    pattern: YEAR_RANGE,
    resolve(m, ctx) {
      const g = m.groups;
      if (isBareNumber(g)) {
        // "2021 - 2025" alone: not when a count noun follows ("2000 - 3000 người") or "số" precedes.
        const after = ctx.view.slice(m.end, m.end + 12);
        const firstWord = after.trimStart().split(' ')[0] ?? '';
        if (after.startsWith(' ') && firstWord !== '' && firstWord === firstWord.toLowerCase() && firstWord.toUpperCase() !== firstWord && !CONNECTIVES.has(firstWord)) return null;
      }
      if (g.lead !== undefined && wordKey(g.lead) === SCHOOL_YEAR_LEAD) return schoolYear(g, m);
      const span = balance(m, g);
      if (g.lead === undefined) span.start += fromLength(g);
      return settle(resolveYearRange(g), span, ctx, false);
    },
  },
  {
    name: 'dates/bare-year',
    trigger: { digit: true },
    pattern: BARE_YEAR,
    resolve(m, ctx) {
      const before = ctx.view.slice(Math.max(0, m.start - 24), m.start).trimEnd();
      const word = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
      if (STOP.has(word) || word === '' || word.endsWith(':')) return null;
      return { ...yearValue(Number(m.groups.y)) };
    },
  },
  {
    name: 'dates/lunar-tet',
    trigger: { words: ['mùng', 'mồng', 'tết'] },
    pattern: TET,
    resolve(m, ctx) {
      const g = m.groups;
      const n = num(g.n) ?? 1;
      if (g.mung === undefined && g.kind === undefined && g.cc === undefined && g.y === undefined) return null; // bare "Tết"
      const written = num(g.y);
      const near = ctx.refDate ? Number(ctx.refDate.slice(0, 4)) : null;
      const build = (year: number): DateValue | null => {
        const iso = tetDay(year, n);
        return iso ? { grain: 'day', from: iso, to: iso } : null;
      };
      if (written !== null) {
        const v = build(written);
        return v ? { ...v, start: m.start, end: m.end } : null;
      }
      if (g.cc !== undefined) {
        const anchor = near ?? latestYearBefore(ctx.view, m.start);
        const year = anchor === null ? null : canChiYear(g.cc, anchor);
        const v = year === null ? null : build(year);
        return v ? { ...v, start: m.start, end: m.end } : null;
      }
      return settle({ kind: 'needsYear', build }, m, ctx, false);
    },
  },
  // `rằm tháng Giêng`, `ngày 15 tháng 8 âm lịch`: its `tháng` stands in reach after the start
  {
    name: 'dates/lunar-day',
    pattern: LUNAR_DAY,
    trigger: { words: ['rằm', 'ngày', 'mùng', 'mồng'], digit: true, near: { words: ['tháng'], within: LUNAR_DAY_MONTH_WITHIN } },
    resolve: lunarDay,
  },
  // `ngày 06/3 năm Quý Mão`: its `năm` stands in reach after the start
  { name: 'dates/lunar-numeric', pattern: LUNAR_NUMERIC, trigger: { ...LEAD_START, near: { words: ['năm'], within: LUNAR_NUMERIC_YEAR_WITHIN } }, resolve: lunarDay },
];

/**
 * A lunar day converted to the Gregorian calendar: a lunar month word
 * (`tháng Chạp`), `rằm`, `âm lịch`, or a can-chi year (`ngày 06/3 năm Quý
 * Mão`, `15 tháng 8 năm Giáp Thìn`) makes it lunar; `15 tháng 8` alone is a
 * Gregorian day (day-long).
 */
function lunarDay(m: RuleMatch, ctx: Context): Out | null {
  const g = m.groups;
  if (g.lw === undefined && g.ram === undefined && g.al === undefined && g.cc === undefined) return null;
  const day = g.ram !== undefined ? LUNAR_FULL_MOON_DAY : Number(g.ld);
  const month = g.lw !== undefined ? LUNAR_MONTH_BY_WORD.get(g.lw.toLowerCase()) : g.mw !== undefined ? MONTH_BY_WORD.get(squashWords(g.mw)) : num(g.lm);
  if (month === undefined || month === null || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const build = (year: number): DateValue | null => {
    const iso = lunarToSolar(day, month, year);
    return iso ? { grain: 'day', from: iso, to: iso } : null;
  };
  let year = num(g.y);
  if (year === null && g.cc !== undefined) {
    const anchor = ctx.refDate ? Number(ctx.refDate.slice(0, 4)) : latestYearBefore(ctx.view, m.start);
    year = anchor === null ? null : canChiYear(g.cc, anchor);
    if (year === null) return null;
  }
  const span = { start: m.start, end: m.end };
  if (year === null) return settle({ kind: 'needsYear', build }, span, ctx, false);
  const v = build(year);
  return settle(v ? { kind: 'value', value: v } : { kind: 'invalid', reason: `day ${day} of lunar month ${month} of ${year} does not exist` }, span, ctx, true);
}

/**
 * "tháng 3 năm trước", "quý I năm nay", "6 tháng đầu năm ngoái": the year
 * counted from the reference date (none: no mention), `relative: true`.
 */
function withRelativeYear(g: Groups, ctx: Context, outcome: (year: number) => Outcome, span: { start: number; end: number }): Out | null {
  const offset = RELATIVE_YEAR_WORDS[(g.ry ?? '').toLowerCase()];
  if (!ctx.refDate || offset === undefined) return null;
  const out = outcome(Number(ctx.refDate.slice(0, 4)) + offset);
  return out.kind === 'value' ? { ...out.value, inferred: true, relative: true, start: span.start, end: span.end } : null;
}

/**
 * "Cách mạng Tháng Tám", "phố Tháng Mười": a capitalized month word without
 * a year is a month at the start of a sentence or line, or after a word of
 * time ("trong Tháng Tám", MONTH_WORD_LEADS); after any other word it is
 * part of a name.
 */
function monthWordInName(g: Groups, view: string, start: number): boolean {
  if (g.mw === undefined || g.y !== undefined || g.ry !== undefined) return false;
  const before = view.slice(Math.max(0, start - 24), start);
  const line = before.slice(before.lastIndexOf('\n') + 1).trimEnd();
  const word = line.slice(line.lastIndexOf(' ') + 1).toLowerCase();
  const sentenceEnd = '.!?:;'.includes(word.at(-1) ?? '.');
  return word !== '' && !sentenceEnd && word.toUpperCase() !== word && !MONTH_LEADS.has(word);
}

/** "quý 2 các năm 2018 và 2019", "tháng 6 hằng năm": a year-less period of several years is no one period. */
function severalYearsAfter(view: string, end: number): boolean {
  const after = view.slice(end, end + 16).toLowerCase().trimStart();
  return SEVERAL_YEARS.some((w) => after.startsWith(`${w} `) || after.startsWith(`${w},`) || after === w);
}
const SEVERAL_YEARS = PLURAL_YEAR_WORDS;
const MONTH_LEADS = new Set(MONTH_WORD_LEADS);

const squashWords = wordKey;
const LUNAR_MONTH_BY_WORD = new Map(Object.entries(LUNAR_MONTH_WORDS).map(([k, v]) => [k.toLowerCase(), v]));
const MONTH_BY_WORD = new Map(Object.entries(MONTH_WORDS).map(([k, v]) => [squashWords(k), v]));

/** "năm học 2021-2022": September of the first year to May of the next (SCHOOL_YEAR_MONTHS); other spans are not a school year. */
function schoolYear(g: Groups, m: RuleMatch): Out | null {
  const y1 = num(g.y1);
  const y2 = num(g.y2);
  if (y1 === null || y2 !== y1 + 1) return null;
  const { first, last } = SCHOOL_YEAR_MONTHS;
  return { grain: 'month', from: monthSpan(y1, first).from, to: monthSpan(y2, last).to, range: true, ...balance(m, g) };
}

/** Words that may follow a bare year range without making it a count. */
const CONNECTIVES = new Set(['và', 'của', 'với', 'đã', 'sẽ', 'là', 'có', 'tại', 'trong', 'theo', 'được', 'nhằm', 'để', 'cho']);

/** The last four-digit year written before `pos` (a can-chi year is placed in the cycle nearest to it). */
function latestYearBefore(view: string, pos: number): number | null {
  for (let i = pos - 4; i >= 0; i--) {
    const s = view.slice(i, i + 4);
    if ((s.startsWith('19') || s.startsWith('20')) && s.split('').every((c) => c >= '0' && c <= '9')) {
      const prev = view[i - 1];
      const next = view[i + 4];
      const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
      if (!isDigit(prev) && !isDigit(next)) return Number(s);
    }
  }
  return null;
}
