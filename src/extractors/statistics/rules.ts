/**
 * Statistics rules: money, percentages, ratios, multiples, measures and counts.
 *
 * Every pattern starts with the optional change verb and qualifier, so that `tăng 3,53%` and `gần 35 tỷ đồng`
 * are whole mentions, then an amount (digits, numbers in words, or both: `1,2 triệu`, `hai mươi lăm tỷ`,
 * `3 triệu rưỡi`, `10K`; patterns/vi-number-words.ts), then what it measures:
 * - a currency, `%`, or a unit of measure: closed lists (lexicon/units.ts);
 * - anything else is a count, and what it counts is the noun phrase after the amount, read by grammar
 *   (noun-phrase.ts): any noun, a classifier or type noun with its kind, ending where the clause goes on.
 * A number with nothing after it is not a statistic, which keeps out years, ordinals and phone numbers; nouns of
 * time make durations, and a number right after a label noun (`Điều 8`, `lớp 12`) is a label.
 */
import type { Context, Resolved, Rule, RuleMatch } from '../../core/define-extractor.js';
import type { Trigger } from '../../core/triggers.js';
import { NUMERAL_IDIOMS, NUMERAL_WORDS } from '../../lexicon/number-words.js';
import { CHANGE_WORDS, QUALIFIER_WORDS } from '../../lexicon/qualifiers.js';
import {
  ADMIN_UNITS,
  COUNT_NOUNS,
  CURRENCIES,
  CURRENCY_OF,
  LABEL_NOUNS,
  MEASURE_UNITS,
  NOT_CURRENCY_AFTER_DONG,
  NP_STOP_WORDS,
  PERCENT_WORDS,
  TIME_NOUNS,
} from '../../lexicon/units.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, longestAlternative, vxBuild, type Pattern } from '../../patterns/regex.js';
import { NUMBER_TOKEN, NUMBER_TOKEN_MAX_LENGTH, parseViNumber, type ViNumber } from '../../patterns/vi-number.js';
import { AMOUNT, AMOUNT_MAX_LENGTH, DIGIT_AMOUNT, DIGIT_AMOUNT_MAX_LENGTH, DIGIT_AMOUNT_TAIL_MAX_LENGTH, AFTER_NUMBER_IN_AMOUNT, readAmount, tokenizeAmount, type AmountReading } from '../../patterns/vi-number-words.js';
import type { StatisticMention } from '../../types.js';
import { collapseSpaces, wordKey } from '../../patterns/text.js';
import { countedUnit, type Counted } from './noun-phrase.js';

type Stat = Resolved<StatisticMention>;

const MEASURE_SET = new Set(MEASURE_UNITS.map((u) => u.toLowerCase()));
const LABELS = new Set(LABEL_NOUNS);
const NOT_CURRENCY = Object.values(CURRENCIES)
  .flat()
  .filter((w) => w !== 'đồng');

/** A word of a noun phrase after the head: a syllable (hyphenated loans too) that does not end the phrase. */
const NP_WORD = String.raw`(?! ${alternation([...NP_STOP_WORDS, ...NUMERAL_WORDS, ...TIME_NOUNS, ...PERCENT_WORDS])} ${NOT_BEFORE_WORD} )
  \p{L} [\p{L}\p{M}]{0,11} (?: - \p{L} [\p{L}\p{M}]{0,11} ){0,3}`;
const NP_HEAD = String.raw`\p{L} [\p{L}\p{M}]{0,11} (?: - \p{L} [\p{L}\p{M}]{0,11} ){0,3}`;
/** `5 huyện, thị xã`, `cán bộ, công chức`: a coordination written as one unit. */
const COORDINATED = `(?:${alternation(ADMIN_UNITS)}(?:,[ ]{1,2}${alternation(ADMIN_UNITS)}){1,3}|${alternation(COUNT_NOUNS.filter((n) => n.includes(',')))})${NOT_BEFORE_WORD}`;
const NOUN_PHRASE = String.raw`(?: ${COORDINATED} | ${NP_HEAD} (?: [ ]{1,2} ${NP_WORD} ){0,4} ) ${NOT_BEFORE_WORD}`;

const PARTS = {
  // "tăng " / "giảm " — the change verb, part of the text
  change: `(?:(?<change>${alternation(Object.keys(CHANGE_WORDS))})[ ]{1,3})?`,
  // "gần " / "hơn " / "khoảng " — the qualifier, part of the text
  qualifier: `(?:(?<qualifier>${alternation(Object.keys(QUALIFIER_WORDS))})[ ]{1,3})?`,
  // an amount that does not continue another number, a code or a date: not after a letter or digit, nor after
  // `3/`, `3.`, `3-`, `Covid-`
  start: String.raw`${NOT_AFTER_WORD}(?<!\p{N}[.,/-])(?<!\p{L}-)`,
  amount: AMOUNT,
  digits: DIGIT_AMOUNT,
  np: NOUN_PHRASE,
};

/** A statistics pattern, built with PARTS, case-insensitive. */
const statPattern = (name: string, body: string): Pattern => vxBuild(`statistics/${name}`, body, PARTS, 'i');

/** How an amount starts (all but a multiple's and a ratio's): no letter or digit before, then the change verb and qualifier. */
const LEAD = String.raw`(?<![\p{L}\p{N}]) {{change}} {{qualifier}} {{start}}`;

/** An amount and its unit, a word of a closed list: `82,6%`, `150.220 kg`. */
const amountWithUnit = (name: string, units: readonly string[]): Pattern =>
  statPattern(name, String.raw`${LEAD} (?<amount> {{amount}} ) [ ]{0,2} (?<unit> ${alternation(units)} ) ${NOT_BEFORE_WORD}`);

// "gần 35 tỷ đồng", "12.306.207.00đ", "1,2 triệu USD", "hai mươi lăm tỷ đồng", "trên 50 tỷ" (a bare tỷ is money)
const MONEY = statPattern(
  'money',
  String.raw`
    ${LEAD}
    (?<amount> {{amount}} )
    (?:
        [ ]{0,2} (?<currency> ${alternation(NOT_CURRENCY)} ) ${NOT_BEFORE_WORD}
      | [ ]{0,2} (?<dong> đồng ) (?! [ ]{1,3} ${alternation(NOT_CURRENCY_AFTER_DONG)} ${NOT_BEFORE_WORD} ) ${NOT_BEFORE_WORD}
      | (?<= tỷ | tỉ ) (?! [ ]{1,3} (?: lệ | trọng | số | phú | giá ) ${NOT_BEFORE_WORD} ) ${NOT_BEFORE_WORD}
    )
  `,
);

// "82,6%", "tăng 3,53%", "99 phần trăm", "năm phần trăm"
const PERCENT = amountWithUnit('percent', PERCENT_WORDS);

// "150.220 kg", "3 triệu tấn", "ba nghìn ha"
const MEASURE = amountWithUnit('measure', MEASURE_UNITS);

// "gấp 3 lần", "tăng gần 2 lần", "tăng gấp ba lần", "giảm 1,5 lần": a multiple
const MULTIPLE = statPattern(
  'multiple',
  String.raw`
    (?<![\p{L}\p{N}]) (?: (?<verb> tăng | giảm ) (?: [ ]{1,3} gấp )? | gấp ) [ ]{1,3}
    (?: (?<also> gần | hơn | khoảng | xấp[ ]xỉ | trên ) [ ]{1,3} )?
    (?<amount> {{amount}} ) [ ]{1,2} lần ${NOT_BEFORE_WORD}
  `,
);

// "2.172 ý kiến/2.631 ý kiến" — one ratio when both sides count the same thing
const RATIO = statPattern(
  'ratio',
  String.raw`
    (?<![\p{L}\p{N}]) {{qualifier}} {{start}}
    (?<amount> {{digits}} ) [ ]{1,2} (?<np> {{np}} ) [ ]{0,2} / [ ]{0,2}
    (?<amount2> {{digits}} ) [ ]{1,2} (?<np2> {{np}} )
  `,
);

// "giải quyết 2.172/2.631 ý kiến", "3/5 xã", "45.799/36.875 tỷ đồng", "83,2%/50%": the unit written once, after
// the second number, applies to both (multiplier included)
const RATIO_SHARED_UNIT = statPattern(
  'ratio-shared-unit',
  String.raw`
    (?<![\p{L}\p{N}]) {{qualifier}} {{start}}
    (?<num> ${NUMBER_TOKEN} ) (?<pct1> [ ]{0,2} % )? [ ]{0,2} / [ ]{0,2}
    (?<amount> {{digits}} )
    (?:
        [ ]{0,2} (?<pct> % )
      | [ ]{0,2} (?<currency> ${alternation(NOT_CURRENCY)} | đồng ) ${NOT_BEFORE_WORD}
      | [ ]{0,2} (?<measure> ${alternation(MEASURE_UNITS)} ) ${NOT_BEFORE_WORD}
      | [ ]{1,2} (?<np> {{np}} )
    )
  `,
);

// "tỷ lệ 1:2", "tỷ lệ 3/5": a ratio written with a colon, only after `tỷ lệ`
const RATIO_COLON = statPattern(
  'ratio-colon',
  String.raw`
    (?<= (?: tỷ | tỉ ) [ ]lệ [ ]{1,2} ) (?<num> \d{1,6} ) [ ]{0,1} : [ ]{0,1} (?<num2> \d{1,6} ) (?![\p{N}:])
  `,
);

// "1.370 Tổ Covid cộng đồng", "hơn 480 mô hình", "ba nghìn người", "hơn chục hộ", "25 trạm bơm"
const COUNT = statPattern('count', String.raw`${LEAD} (?<amount> {{amount}} ) [ ]{1,2} (?<np> {{np}} )`);

const norm = (s: string | undefined): string => wordKey(s ?? '');

function lead(groups: RuleMatch['groups']): Pick<StatisticMention, 'qualifier'> & { change?: 'up' | 'down' } {
  const q = norm(groups.qualifier);
  const c = norm(groups.change);
  return {
    qualifier: (q && QUALIFIER_WORDS[q]) || 'exact',
    ...(c && CHANGE_WORDS[c] ? { change: CHANGE_WORDS[c] } : {}),
  };
}

/** Warn about a number whose separators fit no grouping, or allow two readings. */
function flagNumber(n: ViNumber, token: string, match: RuleMatch, ctx: Context): void {
  if (!n.irregular && !n.ambiguous) return;
  const at = match.text.indexOf(token);
  const start = match.start + (at < 0 ? 0 : at);
  const end = at < 0 ? match.end : start + token.length;
  const text = ctx.text.slice(match.start, match.end);
  if (n.irregular) {
    const groups = token.split('.').flatMap((g) => g.split(','));
    const last = groups[groups.length - 1]!;
    const how =
      last.length < 3
        ? `the last group '${last}' (fewer than three digits) is read as decimals: ${n.value}`
        : `the groups are read as one integer: ${n.value}`;
    ctx.warn({ code: 'irregular-number', text, start: match.start, end: match.end, message: `separators do not fit a standard grouping; ${how}` });
  } else {
    ctx.warn({
      code: 'ambiguous-number',
      text: ctx.text.slice(start, end),
      start,
      end,
      message: `'${token}' has two readings; read as ${n.value} (${n.reading})`,
    });
  }
}

/** The amount of a match, or null; digit tokens are flagged like the digit parser flags them. */
function amountOf(g: RuleMatch['groups'], m: RuleMatch, ctx: Context, key = 'amount'): AmountReading | null {
  const reading = readAmount(g[key] ?? '', { bare: Boolean(g.qualifier ?? g.also) });
  if (!reading) return null;
  for (const token of reading.digitTokens) flagNumber(parseViNumber(token), token, m, ctx);
  return reading;
}

/**
 * The resolve of a rule whose mention is its amount: a match whose amount has no reading is no statistic, else
 * `build` makes the mention from the reading (or rejects the match).
 */
const withAmount =
  (build: (a: AmountReading, g: RuleMatch['groups'], m: RuleMatch, ctx: Context) => Stat | null) =>
  (m: RuleMatch, ctx: Context): Stat | null => {
    const a = amountOf(m.groups, m, ctx);
    return a ? build(a, m.groups, m, ctx) : null;
  };

/**
 * A numeral of one digit word (`một`, `hai`, `ba`): prose (`hai bên`, `một số`, `ba mẹ`), not a counted
 * figure. (`mười`, `chục`, `trăm` after a qualifier are figures.)
 */
function smallWord(amount: string, value: number): boolean {
  const tokens = tokenizeAmount(amount);
  return tokens.length === 1 && 'word' in tokens[0]! && value < 10;
}

/** Whether `at` is inside a numeral idiom (`mười phân vẹn mười`, `chín người mười ý`). */
function idiomAt(view: string, at: number): boolean {
  const from = Math.max(0, at - 30);
  const window = view.slice(from, at + 40).toLowerCase();
  const offset = at - from;
  return NUMERAL_IDIOMS.some((idiom) => {
    for (let i = window.indexOf(idiom); i >= 0; i = window.indexOf(idiom, i + 1)) {
      if (i <= offset && offset < i + idiom.length) return true;
    }
    return false;
  });
}

/** Whether the amount is a year (`2022 Ban Dân vận`): four digits, no separators, 1000–2100. */
const yearLike = (amount: string): boolean => amount.length === 4 && Number(amount) >= 1000 && Number(amount) <= 2100;

const isCapital = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

const SPACE = 0x20;
/** White space as `trim` removes it. */
const isBlank = (c: number): boolean => c === SPACE || (c < 0x80 ? c >= 0x09 && c <= 0x0d : String.fromCharCode(c).trim() === '');
/** Where the run of non-spaces that ends at `end` starts, not before `from`. */
function wordStartBefore(view: string, from: number, end: number): number {
  let i = end;
  while (i > from && view.charCodeAt(i - 1) !== SPACE) i--;
  return i;
}

/**
 * Whether the number is a label: a label noun stands right before it (`Điều 8`, `lớp 12`, `lần thứ 3`), or a
 * capitalized word inside a sentence (a name and its number: `SEA Games 31`, `Galaxy Note 10`).
 */
function labelBefore(view: string, start: number): boolean {
  // the 40 characters before, cut at spaces once their white space at the end is trimmed: the last two words
  // (read back from the end, not by splitting the window: this runs for every number)
  const from = Math.max(0, start - 40);
  if (start === from || view.charCodeAt(start - 1) !== SPACE) return false;
  let trimmed = start;
  while (trimmed > from && isBlank(view.charCodeAt(trimmed - 1))) trimmed--;
  const lastStart = wordStartBefore(view, from, trimmed);
  const last = view.slice(lastStart, trimmed);
  let previousEnd = lastStart;
  while (previousEnd > from && view.charCodeAt(previousEnd - 1) === SPACE) previousEnd--;
  const previous = previousEnd > from ? view.slice(wordStartBefore(view, from, previousEnd), previousEnd) : undefined;
  const one = last.toLowerCase();
  const two = previous === undefined ? one : `${previous.toLowerCase()} ${one}`;
  if (LABELS.has(one) || LABELS.has(two)) return true;
  const sentenceStart = previous === undefined || '.!?:;“"('.includes(previous[previous.length - 1]!) || trimmed - from - last.length <= 0;
  // the word opens its line: a line break among the last `last.length + 1` characters before it (white space
  // aside), looked for there only (the text before could be megabytes without a line break); the white space was
  // trimmed back to the window's start above, and goes on from there only when the window was all white space
  let end = trimmed;
  while (end > 0 && isBlank(view.charCodeAt(end - 1))) end--;
  let lineStart = end - last.length - 1 < 0;
  for (let i = Math.max(0, end - last.length - 1); i < end && !lineStart; i++) lineStart = view[i] === '\n';
  return isCapital(last) && [...last].every((c) => c.toLowerCase() !== c.toUpperCase()) && !sentenceStart && !lineStart;
}

/** The counted unit as written in the text (rules match a tone-folded view of the same length). */
function unitAt(m: RuleMatch, ctx: Context, np: string, counted: Counted, fromEnd: boolean): { unit: string; end: number } {
  const start = fromEnd ? m.end - np.length : m.start + ctx.view.slice(m.start, m.end).indexOf(np);
  const end = start + counted.length;
  return { unit: collapseSpaces(ctx.text.slice(start, end)), end };
}

/** Money's currency from the word written (`đ` and `đồng` are VND). */
function currencyOf(word: string | undefined): { unit: string; currency: string } {
  const code = CURRENCY_OF.get((word ?? 'đồng').toLowerCase()) ?? 'VND';
  return { unit: code === 'VND' ? 'đồng' : code, currency: code };
}

/**
 * Where statistics start (core/triggers.ts): a change verb, a qualifier, a numeral word or a digit, each the first
 * word its pattern can match; a ratio starts with its digits or a qualifier; a multiple with its verb or `gấp`.
 */
const AMOUNT_START: Trigger = { words: [...Object.keys(CHANGE_WORDS), ...Object.keys(QUALIFIER_WORDS), ...NUMERAL_WORDS], digit: true };

/**
 * How far after the start of a money, percent or measure match its currency or unit starts, at most: the lead
 * (`LEAD`: a change verb and a qualifier, each with up to three spaces after it), the amount, two spaces. (A bare
 * `tỷ` that makes money starts inside the amount.) A match that starts at a run of digits starts with its number
 * (the lead's words start with letters), so there the unit starts at most the amount's tail and two spaces after
 * the number's end: ~55 characters instead of ~190, which turns away most numbers of a report before the pattern runs.
 */
const QUALIFIER_LENGTH = longestAlternative(Object.keys(QUALIFIER_WORDS)) + 3;
const UNIT_WITHIN = longestAlternative(Object.keys(CHANGE_WORDS)) + 3 + QUALIFIER_LENGTH + AMOUNT_MAX_LENGTH + 2;
const UNIT_AFTER_NUMBER = DIGIT_AMOUNT_TAIL_MAX_LENGTH + 2;
/** An amount that ends in one of `units`: it starts where an amount does, and one of them stands in reach after it. */
const amountBefore = (units: readonly string[]): Trigger => ({ ...AMOUNT_START, near: { words: units, within: UNIT_WITHIN, afterNumber: UNIT_AFTER_NUMBER } });
const DIGITS_START: Trigger = { words: Object.keys(QUALIFIER_WORDS), digit: true };

/**
 * The most characters `NOUN_PHRASE` can match: a head and four more words of up to four hyphenated syllables of
 * twelve letters, or a coordination of four administrative units (or a listed coordinated noun).
 */
const NP_WORD_LENGTH = 12 + 3 * 13;
const NOUN_PHRASE_MAX_LENGTH = Math.max(
  NP_WORD_LENGTH + 4 * (2 + NP_WORD_LENGTH),
  4 * longestAlternative(ADMIN_UNITS) + 3 * 3,
  longestAlternative(COUNT_NOUNS.filter((n) => n.includes(','))),
);
/** A ratio's slash, in reach after its start: a qualifier, the first amount and its noun phrase (`2.172 ý kiến/2.631 ý kiến`). */
const RATIO_START: Trigger = {
  ...DIGITS_START,
  numberThen: AFTER_NUMBER_IN_AMOUNT,
  near: { words: ['/'], within: QUALIFIER_LENGTH + DIGIT_AMOUNT_MAX_LENGTH + 2 + NOUN_PHRASE_MAX_LENGTH + 2 },
};
/**
 * A count starts where an amount does; at a run of digits, its number goes on as an amount does (`K`, a scale
 * word) or with the spaces before what it counts: `5/3/2021`, `16/CT-TTg`, `(2021)` start none.
 */
const COUNT_START: Trigger = { ...AMOUNT_START, numberThen: AFTER_NUMBER_IN_AMOUNT };
/**
 * A shared-unit ratio's slash: after a qualifier, the first number (`NUMBER_TOKEN`) and its `%` (`83,2%/50%`, `3/5
 * xã`); at a run of digits, right after the number, its `%` and their spaces (`[ ]{0,2} %` and `[ ]{0,2}`).
 */
const SHARED_UNIT_START: Trigger = { ...DIGITS_START, near: { words: ['/'], within: QUALIFIER_LENGTH + NUMBER_TOKEN_MAX_LENGTH + 3 + 2, afterNumber: 3 + 2 } };

export const STATISTICS_RULES: readonly Rule<StatisticMention>[] = [
  {
    name: 'statistics/money',
    trigger: amountBefore([...NOT_CURRENCY, 'đồng', 'tỷ', 'tỉ']),
    pattern: MONEY,
    resolve: withAmount((a, g) => {
      if (!g.currency && !g.dong && smallWord(g.amount!, a.value)) return null; // a bare `tỷ` needs a number before it
      const { unit, currency } = currencyOf(g.currency ?? g.dong);
      return { value: a.value, kind: 'money', unit, ...lead(g), currency };
    }),
  },
  {
    name: 'statistics/percent',
    trigger: amountBefore(PERCENT_WORDS),
    pattern: PERCENT,
    resolve: withAmount((a, g) => ({ value: a.value, kind: 'percent', unit: '%', ...lead(g) })),
  },
  {
    name: 'statistics/measure',
    trigger: amountBefore(MEASURE_UNITS),
    pattern: MEASURE,
    resolve: withAmount((a, g, m, ctx) => {
      if (!g.qualifier && !g.change && labelBefore(ctx.view, m.start)) return null;
      return { value: a.value, kind: 'measure', unit: g.unit!, ...lead(g) };
    }),
  },
  {
    name: 'statistics/multiple',
    trigger: { words: ['tăng', 'giảm', 'gấp'] },
    pattern: MULTIPLE,
    // a multiple's verb and qualifier have their own groups: `tăng gần 2 lần`, `gấp 3 lần`
    resolve: withAmount((a, g) => ({ value: a.value, kind: 'measure', unit: 'lần', ...lead({ qualifier: g.also, change: g.verb }) })),
  },
  {
    name: 'statistics/ratio',
    trigger: RATIO_START,
    pattern: RATIO,
    resolve(m, ctx): Stat | null {
      const g = m.groups;
      const a = amountOf(g, m, ctx);
      const b = readAmount(g.amount2 ?? '');
      if (!a || !b || a.words || b.words) return null;
      const first = countedUnit(g.np!, false);
      const second = countedUnit(g.np2!, false);
      // 01 cuộc/120 người: two counts, found by the count rule
      if (!first || !second || norm(first.unit) !== norm(second.unit)) return null;
      const { unit } = unitAt(m, ctx, g.np!, first, false);
      const { end } = unitAt(m, ctx, g.np2!, second, true);
      return { value: a.value, kind: 'ratio', unit, ...lead(g), total: b.value, end };
    },
  },
  {
    name: 'statistics/ratio-shared-unit',
    trigger: SHARED_UNIT_START,
    pattern: RATIO_SHARED_UNIT,
    resolve(m, ctx): Stat | null {
      const g = m.groups;
      if (Boolean(g.pct1) !== Boolean(g.pct)) return null;
      const total = amountOf(g, m, ctx);
      if (!total || total.words) return null;
      // the multiplier after the total applies to both sides: 45.799/36.875 tỷ đồng
      const scale = total.value / parseViNumber(total.digitTokens[0] ?? '0').value;
      const n = parseViNumber(g.num!, Math.round(Math.log10(Number.isFinite(scale) && scale > 0 ? scale : 1)));
      flagNumber(parseViNumber(g.num!), g.num!, m, ctx);
      if (g.pct) return { value: n.value, kind: 'ratio', unit: '%', ...lead(g), total: total.value };
      if (g.currency) {
        const { unit, currency } = currencyOf(g.currency);
        return { value: n.value, kind: 'ratio', unit, ...lead(g), currency, total: total.value };
      }
      if (g.measure) return { value: n.value, kind: 'ratio', unit: g.measure, ...lead(g), total: total.value };
      // 30/12 người is a date followed by a count, not a share
      if (n.value > total.value) return null;
      const counted = countedUnit(g.np!, false);
      if (!counted) return null;
      const { unit, end } = unitAt(m, ctx, g.np!, counted, true);
      return { value: n.value, kind: 'ratio', unit, ...lead(g), total: total.value, end };
    },
  },
  {
    name: 'statistics/ratio-colon',
    // its colon stands right after the first number (six digits at most, a space)
    trigger: { digit: true, near: { words: [':'], within: 6 + 1 } },
    pattern: RATIO_COLON,
    resolve(m): Stat {
      return { value: Number(m.groups.num), kind: 'ratio', unit: null, qualifier: 'exact', total: Number(m.groups.num2) };
    },
  },
  {
    name: 'statistics/count',
    trigger: COUNT_START,
    pattern: COUNT,
    resolve(m, ctx): Stat | null {
      const g = m.groups;
      const amount = g.amount!;
      if (!g.qualifier && !g.change && labelBefore(ctx.view, m.start)) return null;
      const a = amountOf(g, m, ctx);
      if (!a || (a.words && (smallWord(amount, a.value) || idiomAt(ctx.view, m.start + ctx.view.slice(m.start, m.end).indexOf(amount))))) return null;
      const counted = countedUnit(g.np!, yearLike(amount));
      if (!counted) return null;
      if (MEASURE_SET.has(norm(counted.unit))) return null;
      const { unit, end } = unitAt(m, ctx, g.np!, counted, true);
      return { value: a.value, kind: 'count', unit, ...lead(g), end };
    },
  },
];
