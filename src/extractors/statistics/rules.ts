/**
 * Statistics rules: money, percentages, ratios, counts and measures.
 * Every pattern starts with the optional change verb and qualifier, so that
 * `tăng 3,53%` and `gần 35 tỷ đồng` are whole mentions, then a number token,
 * then the unit. A number with no unit after it is not a statistic, which by
 * itself keeps out years, ordinals, durations (`03 năm`) and phone numbers.
 */
import type { Resolved, Rule, RuleMatch, Context } from '../../core/define-extractor.js';
import { CHANGE_WORDS, QUALIFIER_WORDS } from '../../lexicon/qualifiers.js';
import { ADMIN_UNITS, COUNT_NOUNS, CURRENCY_WORDS, MEASURE_UNITS, NOT_CURRENCY_AFTER_DONG, PERCENT_WORDS } from '../../lexicon/units.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, vxBuild } from '../../patterns/regex.js';
import { NUMBER_TOKEN, SCALE_WORD, parseViNumber, scaleExponent, type ViNumber } from '../../patterns/vi-number.js';
import type { StatisticMention } from '../../types.js';
import { collapseSpaces, wordKey } from '../../patterns/text.js';

type Stat = Resolved<StatisticMention>;

const MEASURE_SET = new Set(MEASURE_UNITS.map((u) => u.toLowerCase()));

const PARTS = {
  // "tăng " / "giảm " — the change verb, part of the text
  change: `(?:(?<change>${alternation(Object.keys(CHANGE_WORDS))})[ ]{1,3})?`,
  // "gần " / "hơn " / "khoảng " — the qualifier, part of the text
  qualifier: `(?:(?<qualifier>${alternation(Object.keys(QUALIFIER_WORDS))})[ ]{1,3})?`,
  // a number that does not continue another number, a code or a date: not after a letter or digit, nor after `3/`, `3.`, `3-`
  start: `${NOT_AFTER_WORD}(?<!\\p{N}[.,/-])`,
  number: NUMBER_TOKEN,
  scale: SCALE_WORD,
};

// "gần 35 tỷ đồng", "12.306.207.00đ", "35 tỷ 200 triệu đồng", "trên 50 tỷ" (a bare tỷ is money)
const MONEY = vxBuild(
  'statistics/money',
  String.raw`
    (?<![\p{L}\p{N}]) {{change}} {{qualifier}} {{start}}
    (?<num> {{number}} )
    (?: [ ]{0,2} (?<scale> {{scale}} )
        (?: [ ]{1,2} (?<num2> \d{1,3} ) [ ]{1,2} (?<scale2> {{scale}} ) )? )?
    (?:
        [ ]{0,2} (?<currency> ${alternation(CURRENCY_WORDS.filter((w) => w !== 'đồng'))} ) ${NOT_BEFORE_WORD}
      | [ ]{0,2} (?<currency2> đồng ) (?! [ ]{1,3} ${alternation(NOT_CURRENCY_AFTER_DONG)} ${NOT_BEFORE_WORD} ) ${NOT_BEFORE_WORD}
      | (?<= tỷ | tỉ ) (?! [ ]{1,3} (?: lệ | trọng | số ) ${NOT_BEFORE_WORD} ) ${NOT_BEFORE_WORD}
    )
  `,
  PARTS,
  'i',
);

// "82,6%", "tăng 3,53%", "99 phần trăm"
const PERCENT = vxBuild(
  'statistics/percent',
  String.raw`
    (?<![\p{L}\p{N}]) {{change}} {{qualifier}} {{start}}
    (?<num> {{number}} ) [ ]{0,2} (?<unit> ${alternation(PERCENT_WORDS)} )
  `,
  PARTS,
  'i',
);

// "xã", "huyện, thị xã", "xã, phường, thị trấn": one admin unit, or several in a coordination
const ADMIN = alternation(ADMIN_UNITS);
const ADMIN_LIST = `${ADMIN}(?:,[ ]{1,2}${ADMIN}){0,3}${NOT_BEFORE_WORD}`;
const UNIT = `(?:${ADMIN_LIST}|${alternation([...COUNT_NOUNS, ...MEASURE_UNITS])})`;

// "2.172 ý kiến/2.631 ý kiến" — one ratio when both sides count the same thing
const RATIO = vxBuild(
  'statistics/ratio',
  String.raw`
    (?<![\p{L}\p{N}]) {{qualifier}} {{start}}
    (?<num> {{number}} ) [ ]{0,2} (?<unit> ${UNIT} ) [ ]{0,2} / [ ]{0,2}
    (?<num2> {{number}} ) [ ]{0,2} (?<unit2> ${UNIT} ) ${NOT_BEFORE_WORD}
  `,
  PARTS,
  'i',
);

// "giải quyết 2.172/2.631 ý kiến" — a ratio written with the unit once, after the total
const RATIO_SHARED_UNIT = vxBuild(
  'statistics/ratio-shared-unit',
  String.raw`
    (?<![\p{L}\p{N}]) {{qualifier}} {{start}}
    (?<num> {{number}} ) [ ]{0,2} / [ ]{0,2} (?<num2> {{number}} ) [ ]{1,2} (?<unit> ${UNIT} ) ${NOT_BEFORE_WORD}
  `,
  PARTS,
  'i',
);

// "1.370 Tổ Covid cộng đồng", "hơn 480 mô hình", "150.220 kg", "5,6 triệu đảng viên"
const COUNT = vxBuild(
  'statistics/count-or-measure',
  String.raw`
    (?<![\p{L}\p{N}]) {{change}} {{qualifier}} {{start}}
    (?<num> {{number}} ) (?: [ ]{1,2} (?<scale> {{scale}} ) )? [ ]{0,2}
    (?<unit> ${UNIT} ) ${NOT_BEFORE_WORD}
  `,
  PARTS,
  'i',
);

function lead(groups: RuleMatch['groups']): Pick<StatisticMention, 'qualifier'> & { change?: 'up' | 'down' } {
  const q = groups.qualifier === undefined ? undefined : wordKey(groups.qualifier);
  const c = groups.change?.toLowerCase();
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

/**
 * A capitalized unit followed by another capitalized word starts a proper
 * name, not a counted noun: in `năm 2022 Ban Dân vận`, `Ban` is a body.
 * (`10.212 Tổ hoạt động` is a count: the next word is lower case.)
 */
function startsProperName(unit: string, text: string, end: number): boolean {
  const first = unit[0] ?? '';
  if (first === first.toLowerCase()) return false;
  let i = end;
  while (text[i] === ' ') i++;
  const next = text[i] ?? '';
  return next !== next.toLowerCase();
}

const unitKind = (unit: string): StatisticMention['kind'] => (MEASURE_SET.has(unit.toLowerCase()) ? 'measure' : 'count');
const clean = collapseSpaces;

export const STATISTICS_RULES: readonly Rule<StatisticMention>[] = [
  {
    name: 'statistics/money',
    pattern: MONEY,
    resolve(m, ctx): Stat {
      const g = m.groups;
      const n = parseViNumber(g.num!, scaleExponent(g.scale));
      flagNumber(n, g.num!, m, ctx);
      const extra = g.num2 ? parseViNumber(g.num2, scaleExponent(g.scale2)).value : 0;
      return { value: n.value + extra, kind: 'money', unit: 'đồng', ...lead(g), currency: 'VND' };
    },
  },
  {
    name: 'statistics/percent',
    pattern: PERCENT,
    resolve(m, ctx): Stat {
      const n = parseViNumber(m.groups.num!);
      flagNumber(n, m.groups.num!, m, ctx);
      return { value: n.value, kind: 'percent', unit: '%', ...lead(m.groups) };
    },
  },
  {
    name: 'statistics/ratio',
    pattern: RATIO,
    resolve(m, ctx): Stat | null {
      const g = m.groups;
      if (clean(g.unit!).toLowerCase() !== clean(g.unit2!).toLowerCase()) return null; // 01 cuộc/120 người: two counts
      const n = parseViNumber(g.num!);
      flagNumber(n, g.num!, m, ctx);
      return { value: n.value, kind: 'ratio', unit: clean(g.unit!), ...lead(g), total: parseViNumber(g.num2!).value };
    },
  },
  {
    name: 'statistics/ratio-shared-unit',
    pattern: RATIO_SHARED_UNIT,
    resolve(m, ctx): Stat | null {
      const g = m.groups;
      const n = parseViNumber(g.num!);
      const total = parseViNumber(g.num2!);
      if (n.value > total.value) return null; // 30/12 người is a date followed by a count, not a share
      flagNumber(n, g.num!, m, ctx);
      const unit = clean(m.text.slice(m.text.length - g.unit!.length));
      return { value: n.value, kind: 'ratio', unit, ...lead(g), total: total.value };
    },
  },
  {
    name: 'statistics/count-or-measure',
    pattern: COUNT,
    resolve(m, ctx): Stat | null {
      const g = m.groups;
      const unit = clean(m.text.slice(m.text.length - g.unit!.length));
      if (startsProperName(unit, ctx.text, m.end)) return null;
      const n = parseViNumber(g.num!, scaleExponent(g.scale));
      flagNumber(n, g.num!, m, ctx);
      return { value: n.value, kind: unitKind(unit), unit, ...lead(g) };
    },
  },
];
