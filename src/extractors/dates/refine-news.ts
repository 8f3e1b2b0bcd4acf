/**
 * Two refiners of the news forms (news-rules.ts):
 *
 * - `cùng kỳ`: the period the sentence reports on, in the previous year (or
 *   the year written: `cùng kỳ năm 2020`). The reported period is the
 *   nearest period before it in the same sentence, else (when it opens the
 *   sentence: `So với cùng kỳ năm trước, CPI tháng 8/2021 …`) the nearest
 *   after it, else the last of the sentence before; a day, a year range or a
 *   period in a comparison clause (`so với kế hoạch đề ra đầu năm 2022`) is
 *   not a reported period.
 *   Without one, `cùng kỳ` is no mention (ANNOTATION.md). A year list after
 *   it (`cùng kỳ năm 2018 và 2019`) gives the same period of each year.
 * - a relative day written with the date it names (`hôm nay (29-3)`, `tối
 *   qua ngày 13/2`, `ngày mai, 27-3`) is one mention, the date's.
 */
import type { Context } from '../../core/define-extractor.js';
import { firstAtLeast, longestWins, spanIndex } from '../../core/spans.js';
import { shiftYears } from '../../patterns/dates/relative.js';
import type { DateMention } from '../../types.js';
import { SAME_PERIOD_PENDING } from './news-rules.js';
import { replacePending } from './pending.js';
import { spanKey } from './rules.js';
import { clauseComparisons, sentenceBefore, sentenceBounds } from './sentences.js';

/** "So với cùng kỳ năm trước, CPI tháng 8/2021 tăng": `cùng kỳ` opens its sentence, so the period after it is the one reported. */
const OPENING = 16;

/** "2019" in "cùng kỳ năm 2018 và 2019": the four-digit years listed after `end`, with their spans. */
function listedYears(view: string, end: number): { year: number; start: number; end: number }[] {
  const out: { year: number; start: number; end: number }[] = [];
  let i = end;
  for (;;) {
    const rest = view.slice(i, i + 12);
    const lead = rest.startsWith(', ') ? 2 : rest.startsWith(',') ? 1 : rest.startsWith(' và ') ? 4 : 0;
    const digits = rest.slice(lead, lead + 4);
    if (lead === 0 || digits.length < 4 || ![...digits].every((c) => c >= '0' && c <= '9') || /* a fifth digit */ (rest[lead + 4] ?? ' ') >= '0' && (rest[lead + 4] ?? ' ') <= '9') break;
    out.push({ year: Number(digits), start: i + lead, end: i + lead + 4 });
    i += lead + 4;
  }
  return out;
}

export function resolveSamePeriod(mentions: DateMention[], ctx: Context): DateMention[] {
  const pending = ctx.state.get(SAME_PERIOD_PENDING);
  if (pending.size === 0) return mentions;
  const isSame = (m: DateMention): boolean => pending.has(spanKey(m.start, m.end));
  const sentenceAt = sentenceBounds(ctx.view);
  const compared = clauseComparisons(ctx.view);
  /** A period a sentence can report on: not a day, not a year range, not in a comparison clause. */
  const isReportedPeriod = (m: DateMention): boolean => m.grain !== 'day' && !(m.range && m.grain === 'year') && !compared(m.start, sentenceAt(m.start).start);
  // the longest of overlapping candidates: "6 tháng đầu năm 2023", not the "năm 2023" inside it
  // (and not the "năm 2020" inside another "cùng kỳ năm 2020"). Without overlaps and sorted by start, their ends
  // are sorted too: the periods inside a sentence are one run, found by two binary searches.
  const periods = longestWins(mentions).filter((m) => !isSame(m) && isReportedPeriod(m));
  const within = (b: { start: number; end: number }): { lo: number; hi: number } => ({
    lo: firstAtLeast(periods, b.start, (p) => p.start),
    hi: firstAtLeast(periods, b.end + 1, (p) => p.end),
  });
  /**
   * Per sentence (once, however many `cùng kỳ` it holds): the sentence before it, and whether a position is
   * within its opening words (`OPENING` characters, blanks aside).
   */
  const sentenceFacts = (start: number): { prev: { start: number; end: number } | null; opening: (pos: number) => boolean } => {
    let first = start;
    while (first < ctx.view.length && ctx.view[first]!.trim() === '') first++;
    return {
      prev: sentenceBefore(ctx.view, start, sentenceAt),
      opening: (pos) => {
        if (pos <= first) return true;
        if (pos - first <= OPENING) return true;
        // blanks before pos do not count: look back at most OPENING + 1 characters past them
        let end = pos;
        while (end > first && ctx.view[end - 1]!.trim() === '') end--;
        return end - first <= OPENING;
      },
    };
  };
  const sentences = new Map<number, ReturnType<typeof sentenceFacts>>();
  const added = new Set<DateMention>();
  const listed: { start: number; end: number }[] = [];
  const settled = replacePending(mentions, pending, (m, spec) => {
    const sentence = sentenceAt(m.start);
    const inside = within(sentence);
    const { prev, opening } = sentences.get(sentence.start) ?? sentences.set(sentence.start, sentenceFacts(sentence.start)).get(sentence.start)!;
    // the last period of the sentence ending before it; else, when it opens the sentence, the first starting after it
    const before = firstAtLeast(periods, m.start + 1, (p) => p.end) - 1;
    const after = firstAtLeast(periods, m.end, (p) => p.start);
    const last = prev ? within(prev) : null;
    const reported =
      (before >= inside.lo && before < inside.hi ? periods[before] : undefined) ??
      (opening(m.start) && after >= inside.lo && after < inside.hi ? periods[after] : undefined) ??
      (last && last.hi > last.lo ? periods[last.hi - 1] : undefined);
    if (!reported) return [];
    const base = Number(reported.from.slice(0, 4));
    const at = (year: number, span: { start: number; end: number }): DateMention => {
      const v = shiftYears({ grain: reported.grain, from: reported.from, to: reported.to }, year - base);
      const made: DateMention = { text: ctx.text.slice(span.start, span.end), start: span.start, end: span.end, grain: v.grain, from: v.from, to: v.to, ...(reported.range ? { range: true as const } : {}), inferred: true, relative: true };
      added.add(made);
      return made;
    };
    const own = at(spec.year ?? base - 1, m);
    if (spec.year === null) return [own];
    // "cùng kỳ năm 2018 và 2019": the listed years replace their year mentions
    const years = listedYears(ctx.view, m.end);
    listed.push(...years);
    return [own, ...years.map((y) => at(y.year, y))];
  });
  const replaced = spanIndex(listed);
  return settled.filter((k) => added.has(k) || !replaced.overlapsAny(k)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "Hôm nay (29-3)", "ngày mai, 27-3", "tối qua ngày 13/2": a relative day and the date it names are one mention, the date's. */
export function mergeRelativeWithDate(mentions: DateMention[], ctx: Context): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const r = mentions[i]!;
    if (!r.relative || r.grain !== 'day' || r.range) {
      out.push(r);
      continue;
    }
    // the next mention after it (the list is sorted and, after longest-wins, without overlaps: one step)
    let j = i + 1;
    while (j < mentions.length && mentions[j]!.start < r.end) j++;
    const d = mentions[j];
    const gap = d ? ctx.view.slice(r.end, d.start).trim() : null;
    if (!d || d.relative || d.grain !== 'day' || d.range || (gap !== '' && gap !== ',' && gap !== '(')) {
      out.push(r);
      continue;
    }
    const end = gap === '(' && ctx.view[d.end] === ')' ? d.end + 1 : d.end;
    out.push({ ...d, text: ctx.text.slice(r.start, end), start: r.start, end });
    i = j;
  }
  return out;
}
