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
import type { Context, Span } from '../../core/define-extractor.js';
import { defineExtractor } from '../../core/define-extractor.js';
import { firstAtLeast, longestWins, spanIndex } from '../../core/spans.js';
import type { DateMention } from '../../types.js';
import { inferYear } from '../../patterns/dates/calendar.js';
import { NEWS_RULES, SAME_PERIOD_PENDING } from './news-rules.js';
import { replacePending } from './pending.js';
import { mergeRelativeWithDate, resolveSamePeriod } from './refine-news.js';
import { INVALID, PENDING, RULES, spanKey } from './rules.js';
import { comparedAt, sentenceBounds } from './sentences.js';

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
  const invalid = spanIndex(ctx.state.get(INVALID));
  return mentions.filter((m) => !invalid.insideAny(m));
}

interface Ranked {
  m: DateMention;
  /** Position in the list of explicit mentions: the earlier wins ties. */
  order: number;
}

/**
 * The explicit date a year-less mention takes its year from: the nearest one
 * in its sentence (entirely before or after it; the earlier in the list on a
 * tie). Each side is a binary search in the candidates sorted by end
 * (before) or by start (after); only dates that straddle the sentence's
 * start or end are stepped over.
 */
function nearestInSentence(byEnd: readonly Ranked[], byStart: readonly Ranked[], m: Span, sentence: Span): Ranked | null {
  let before: Ranked | null = null;
  for (let i = firstAtLeast(byEnd, m.start + 1, (r) => r.m.end) - 1; i >= 0; i--) {
    const e = byEnd[i]!.m;
    if (e.end < sentence.start || (before && e.end !== before.m.end)) break;
    if (e.start >= sentence.start && (!before || byEnd[i]!.order < before.order)) before = byEnd[i]!;
  }
  let after: Ranked | null = null;
  for (let i = firstAtLeast(byStart, m.end, (r) => r.m.start); i < byStart.length; i++) {
    const e = byStart[i]!.m;
    if (e.start > sentence.end || (after && e.start !== after.m.start)) break;
    if (e.end <= sentence.end && (!after || byStart[i]!.order < after.order)) after = byStart[i]!;
  }
  if (!before || !after) return before ?? after;
  const d = m.start - before.m.end - (after.m.start - m.end);
  return d < 0 ? before : d > 0 ? after : before.order < after.order ? before : after;
}

/** Year-less mentions take their year (exported for the property test that checks it against the all-pairs version). */
export function settlePending(mentions: DateMention[], ctx: Context): DateMention[] {
  const pending = ctx.state.get(PENDING);
  if (pending.size === 0) return mentions;
  const samePeriod = ctx.state.get(SAME_PERIOD_PENDING);
  const isPending = (m: DateMention): boolean => pending.has(spanKey(m.start, m.end));
  // a `cùng kỳ` placeholder has no year yet; a comparison target ("so với tháng 12/2020") is not the sentence's year
  const explicit: Ranked[] = mentions.filter((m) => !isPending(m) && !samePeriod.has(spanKey(m.start, m.end))).map((m, order) => ({ m, order }));
  const inSentence = explicit.filter((r) => !r.m.range && !comparedAt(ctx.view, r.m.start));
  const byEnd = [...inSentence].sort((a, b) => a.m.end - b.m.end || a.order - b.order);
  const byStart = [...inSentence].sort((a, b) => a.m.start - b.m.start || a.order - b.order);
  // "the latest full date before": by end, the later in the list on a tie
  const earlier = explicit.filter((r) => !r.m.range && !r.m.relative).sort((a, b) => a.m.end - b.m.end || a.order - b.order);
  const sentenceAround = sentenceBounds(ctx.view);
  return replacePending(mentions, pending, (m, build) => {
    const nearest = nearestInSentence(byEnd, byStart, m, sentenceAround(m.start));
    let value = nearest ? build(Number(nearest.m.from.slice(0, 4))) : null;
    if (!value && !nearest) {
      const k = firstAtLeast(earlier, m.start + 1, (r) => r.m.end);
      const before = k > 0 ? earlier[k - 1]!.m : undefined;
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
      return [];
    }
    const { text, start, end } = m;
    const { time, utcOffset, ...period } = value;
    // keys in schema order: `inferred` before `time` and `utcOffset`
    return [{ text, start, end, ...period, inferred: true, ...(time ? { time } : {}), ...(utcOffset ? { utcOffset } : {}) } as DateMention];
  });
}
