/**
 * The dates rules for the forms news and reports write besides full dates
 * (issue 12, ANNOTATION.md v3 §dates): relative words resolved from the
 * reference date (`hôm qua`, `tuần trước`, `năm ngoái`, `3 ngày tới`),
 * `cùng kỳ` (placed here, resolved by the same-period refiner), lists of
 * days (`các ngày 22, 23 và 27/3`: one mention per element) and the first
 * or last day of a month or year.
 */
import { stateKey, type Rule } from '../../core/define-extractor.js';
import {
  AHEAD_RUN_UNITS,
  AHEAD_WORDS,
  DAY_OF_PERIOD_WORDS,
  MONTH_COUNT_WORDS,
  RELATIVE_DAYS,
  RELATIVE_IDIOM_LINKS,
  RELATIVE_OFFSETS,
  RELATIVE_STOP_AFTER,
  RELATIVE_STOP_BEFORE,
  RELATIVE_UNITS,
  RELATIVE_WORDS_OF_UNIT,
  SAME_PERIOD_WORDS,
  TIME_OF_DAY_RELATIVE,
  TIME_OF_DAY_WORDS,
} from '../../lexicon/dates.js';
import { dayValue, isRealDate, monthSpan, yearValue } from '../../patterns/dates/calendar.js';
import { AHEAD_RUN, AHEAD_WORD_WITHIN, DAY_LIST, DAY_OF_PERIOD, RELATIVE_DAY, RELATIVE_PERIOD, SAME_PERIOD } from '../../patterns/dates/grammar.js';
import { nextPeriods, relativePeriod } from '../../patterns/dates/relative.js';
import { resolveDay } from '../../patterns/dates/resolve.js';
import { wordKey } from '../../patterns/text.js';
import type { DateMention } from '../../types.js';
import { countFollows, settle, spanKey } from './rules.js';

type DateRule = Rule<DateMention>;

/** `cùng kỳ` mentions waiting for their reported period, by `start:end`: the year written (`cùng kỳ năm 2020`) or null (one year back). */
export const SAME_PERIOD_PENDING = stateKey('dates/same-period', () => new Map<string, { year: number | null }>());

const squash = wordKey;
const lowerKeys = <V>(o: Readonly<Record<string, V>>): Map<string, V> => new Map(Object.entries(o).map(([k, v]) => [squash(k), v]));
const DAY_OFFSET = lowerKeys(RELATIVE_DAYS);
const TIME_OF_DAY_OFFSET = lowerKeys(TIME_OF_DAY_RELATIVE);
const COUNT_WORD = lowerKeys(MONTH_COUNT_WORDS);
const STOP_BEFORE = new Set(RELATIVE_STOP_BEFORE);

/** Whether one of RELATIVE_STOP_AFTER follows `end` ("tháng sau đó"). */
const stopAfter = (view: string, end: number): boolean => {
  const after = squash(view.slice(end, end + 12));
  return RELATIVE_STOP_AFTER.some((w) => after === w || after.startsWith(`${w} `) || after.startsWith(`${w},`) || after.startsWith(`${w}.`));
};
const RELATIVE = { inferred: true, relative: true } as const; // schema order

/** The word right before `pos` on its line, lower case ("" at a line start). */
function wordBefore(view: string, pos: number): string {
  const before = view.slice(Math.max(0, pos - 24), pos);
  const line = before.slice(before.lastIndexOf('\n') + 1).trimEnd();
  return line.slice(line.lastIndexOf(' ') + 1).toLowerCase();
}

const isNumberWord = (w: string): boolean => w !== '' && ([...w].every((c) => c >= '0' && c <= '9') || COUNT_WORD.has(w));

/**
 * "tháng này qua tháng khác", "năm sau cao hơn năm trước": a relative period
 * linked to another of its unit is an idiom, not a calendar period.
 */
function inIdiom(view: string, start: number, end: number, unit: string): boolean {
  const after = squash(view.slice(end, end + 32));
  const before = squash(view.slice(Math.max(0, start - 32), start));
  const words = [...(RELATIVE_WORDS_OF_UNIT[unit] ?? []), 'khác'];
  return RELATIVE_IDIOM_LINKS.some((link) => words.some((w) => after.startsWith(`${link} ${unit} ${w}`) || before.endsWith(`${unit} ${w} ${link}`)));
}

const relativeDay: DateRule = {
  name: 'dates/relative-day',
  trigger: { words: [...Object.keys(RELATIVE_DAYS), ...Object.keys(TIME_OF_DAY_RELATIVE)] },
  pattern: RELATIVE_DAY,
  resolve(m, ctx) {
    const g = m.groups;
    const offset = g.rd !== undefined ? DAY_OFFSET.get(squash(g.rd)) : TIME_OF_DAY_OFFSET.get(squash(g.rt ?? ''));
    if (!ctx.refDate || offset === undefined) return null;
    return { ...relativePeriod(ctx.refDate, 'day', offset), ...RELATIVE };
  },
};

const relativePeriodRule: DateRule = {
  name: 'dates/relative-period',
  trigger: { words: Object.keys(RELATIVE_WORDS_OF_UNIT) },
  pattern: RELATIVE_PERIOD,
  resolve(m, ctx) {
    const unit = squash(m.groups.ru ?? '');
    const word = squash(m.groups.rw ?? '');
    const kind = RELATIVE_UNITS[unit];
    const offset = RELATIVE_OFFSETS[word];
    if (!ctx.refDate || kind === undefined || offset === undefined || !(RELATIVE_WORDS_OF_UNIT[unit] ?? []).includes(word)) return null;
    const prev = wordBefore(ctx.view, m.start);
    if (STOP_BEFORE.has(prev) || isNumberWord(prev) || stopAfter(ctx.view, m.end) || inIdiom(ctx.view, m.start, m.end, unit)) return null;
    return { ...relativePeriod(ctx.refDate, kind, offset), ...RELATIVE };
  },
};

const aheadRun: DateRule = {
  name: 'dates/ahead-run',
  // `3 ngày tới`: its ahead word stands in reach after the start
  trigger: { words: Object.keys(MONTH_COUNT_WORDS), digit: true, near: { words: AHEAD_WORDS, within: AHEAD_WORD_WITHIN } },
  pattern: AHEAD_RUN,
  resolve(m, ctx) {
    const g = m.groups;
    const n = g.nd !== undefined ? Number(g.nd) : COUNT_WORD.get(squash(g.nw ?? ''));
    const unit = AHEAD_RUN_UNITS[squash(g.au ?? '')];
    if (!ctx.refDate || n === undefined || n < 1 || unit === undefined || STOP_BEFORE.has(wordBefore(ctx.view, m.start))) return null;
    return { ...nextPeriods(ctx.refDate, unit, n), ...RELATIVE };
  },
};

const samePeriod: DateRule = {
  name: 'dates/same-period',
  trigger: { words: SAME_PERIOD_WORDS },
  pattern: SAME_PERIOD,
  resolve(m, ctx) {
    // The value is the reported period's, found by the same-period refiner; until then a placeholder.
    ctx.state.get(SAME_PERIOD_PENDING).set(spanKey(m.start, m.end), { year: m.groups.y !== undefined ? Number(m.groups.y) : null });
    return { ...yearValue(2000), ...RELATIVE };
  },
};

/** Where each element of a list stands in the match: day, its own month when written, span. */
interface ListItem {
  day: number;
  month: number | null;
  start: number;
  end: number;
}

/** Read the elements of "22, 23, 24, 27" or "10/8, 12/8, 13/8 và 17" (items group) at `offset`. */
function listItems(items: string, offset: number): ListItem[] {
  const out: ListItem[] = [];
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  let i = 0;
  while (i < items.length) {
    if (!isDigit(items[i])) {
      i++;
      continue;
    }
    const start = i;
    while (isDigit(items[i])) i++;
    const day = Number(items.slice(start, i));
    let month: number | null = null;
    if ('/.-'.includes(items[i] ?? 'x') && isDigit(items[i + 1])) {
      const ms = i + 1;
      i = ms;
      while (isDigit(items[i])) i++;
      month = Number(items.slice(ms, i));
    }
    out.push({ day, month, start: offset + start, end: offset + i });
  }
  return out;
}

const dayList: DateRule = {
  name: 'dates/day-list',
  trigger: { words: ['ngày', 'mùng', 'mồng', ...TIME_OF_DAY_WORDS] },
  pattern: DAY_LIST,
  resolve(m, ctx) {
    const g = m.groups;
    const items = g.items ?? '';
    const offset = m.start + ctx.view.slice(m.start, m.end).indexOf(items, (g.lw ?? '').length);
    const list = listItems(items, offset);
    const month = Number(g.m ?? g.ml);
    const year = g.y ?? g.yl;
    const last = list.at(-1);
    if (!last || list.length < 2) return null;
    // "sáng 1, 2-3 người": an ascending pair before a counted noun is a quantity
    if (year === undefined && g.m !== undefined && last.day <= month && countFollows(ctx.view, m.end)) return null;
    last.end = m.end;
    return list.flatMap((item) => settle(resolveDay(item.day, item.month ?? month, year === undefined ? null : Number(year)), item, ctx, year !== undefined) ?? []);
  },
};

const dayOfPeriod: DateRule = {
  name: 'dates/day-of-period',
  trigger: { words: ['ngày'] },
  pattern: DAY_OF_PERIOD,
  resolve(m, ctx) {
    const g = m.groups;
    const which = DAY_OF_PERIOD_WORDS[squash(g.which ?? '')];
    if (which === undefined) return null;
    if (g.yn !== undefined) {
      const y = Number(g.yn);
      return which === 'first' ? dayValue(y, 1, 1) : dayValue(y, 12, 31);
    }
    const mo = Number(g.m);
    if (!(mo >= 1 && mo <= 12)) return null;
    const build = (y: number) => {
      const { from, to } = monthSpan(y, mo);
      const day = which === 'first' ? from : to;
      return isRealDate(y, mo, 1) ? { grain: 'day' as const, from: day, to: day } : null;
    };
    const y = g.y === undefined ? null : Number(g.y);
    return settle(y === null ? { kind: 'needsYear', build } : { kind: 'value', value: build(y)! }, m, ctx, false);
  },
};

export const NEWS_RULES: readonly DateRule[] = [relativeDay, relativePeriodRule, aheadRun, samePeriod, dayList, dayOfPeriod];

