/**
 * The dates extractor (ANNOTATION.md §dates): rules in rules.ts, then one
 * refine step: year-less mentions found without a reference date take their
 * year from the sentence (the nearest explicit year in it) or else from the
 * latest full date before them, and are dropped when neither exists; then
 * the longest of overlapping mentions wins ("ngày 16/5/2016" is one day,
 * not also a month or a year).
 *
 * Other extractors that need the value of a date at a known position (the
 * documents extractor reads "ngày 30/7/2021" after a reference) should use
 * `parseDateAt` (patterns/dates/parse-at.ts, the same grammar): it is pure and does not depend on the run
 * order. `ctx.found.dates` (with `dependsOn: ['dates']`) holds the refined
 * mentions instead, which is the right source when the date must also be
 * a mention, e.g. to link a document to the mention itself.
 */
import type { Context } from '../../core/define-extractor.js';
import { defineExtractor } from '../../core/define-extractor.js';
import { contains, longestWins } from '../../core/spans.js';
import type { DateMention } from '../../types.js';
import { inferYear } from '../../patterns/dates/calendar.js';
import { NEWS_RULES, SAME_PERIOD_PENDING } from './news-rules.js';
import { mergeRelativeWithDate, resolveSamePeriod } from './refine-news.js';
import { INVALID, PENDING, RULES, spanKey } from './rules.js';
import { comparedAt, sentenceAround } from './sentences.js';

export const dates = defineExtractor({
  category: 'dates',
  rules: [...RULES, ...NEWS_RULES],
  refiners: [
    // no part of an impossible date is a mention ("năm 2022" in "31 tháng 4 năm 2022")
    { name: 'dates/inside-invalid-date', refine: (mentions, ctx) => dropInsideInvalid(mentions, ctx) },
    // year-less mentions found without a reference date: the year of the sentence, or of the latest full date
    { name: 'dates/settle-year', refine: (mentions, ctx) => settlePending(mentions, ctx) },
    // "cùng kỳ năm trước": the reported period of the sentence, a year back
    { name: 'dates/same-period', refine: (mentions, ctx) => resolveSamePeriod(mentions, ctx) },
    // "ngày 16/5/2016" is one day, not also a month or a year
    { name: 'dates/longest-wins', refine: (mentions) => longestWins(mentions) },
    // "hôm nay (29-3)": one mention, the date's
    { name: 'dates/relative-with-date', refine: (mentions, ctx) => mergeRelativeWithDate(mentions, ctx) },
  ],
});

function dropInsideInvalid(mentions: DateMention[], ctx: Context): DateMention[] {
  const invalid = ctx.state.get(INVALID);
  return mentions.filter((m) => !invalid.some((span) => contains(span, m)));
}

function settlePending(mentions: DateMention[], ctx: Context): DateMention[] {
  const pending = ctx.state.get(PENDING);
  if (pending.size === 0) return mentions;
  const samePeriod = ctx.state.get(SAME_PERIOD_PENDING);
  const isPending = (m: DateMention): boolean => pending.has(spanKey(m.start, m.end));
  // a `cùng kỳ` placeholder has no year yet; a comparison target ("so với tháng 12/2020") is not the sentence's year
  const explicit = mentions.filter((m) => !isPending(m) && !samePeriod.has(spanKey(m.start, m.end)));
  const out: DateMention[] = [];
  for (const m of mentions) {
    const build = pending.get(spanKey(m.start, m.end));
    if (!build) {
      out.push(m);
      continue;
    }
    const sentence = sentenceAround(ctx.view, m.start);
    const inSentence = explicit
      .filter((e) => !e.range && e.start >= sentence.start && e.end <= sentence.end && (e.end <= m.start || e.start >= m.end) && !comparedAt(ctx.view, e.start))
      .sort((a, b) => distance(a, m) - distance(b, m));
    let value = inSentence[0] ? build(Number(inSentence[0].from.slice(0, 4))) : null;
    if (!value && !inSentence[0]) {
      const before = explicit.filter((e) => !e.range && !e.relative && e.end <= m.start).sort((a, b) => a.end - b.end).at(-1);
      const year = before ? inferYear(before.from, build) : null;
      value = year === null ? null : build(year);
    }
    if (!value) {
      // dropped, but never without a trace: the user can give --ref-date
      ctx.warn({
        code: 'year-unknown',
        text: m.text,
        start: m.start,
        end: m.end,
        message: 'no year: the text has no publication date and no full date to take one from, and no --ref-date was given; not extracted',
      });
      continue;
    }
    const { text, start, end } = m;
    const { time, utcOffset, ...period } = value;
    // keys in schema order: `inferred` before `time` and `utcOffset`
    out.push({ text, start, end, ...period, inferred: true, ...(time ? { time } : {}), ...(utcOffset ? { utcOffset } : {}) } as DateMention);
  }
  return out;
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.end <= b.start ? b.start - a.end : a.start - b.end;
