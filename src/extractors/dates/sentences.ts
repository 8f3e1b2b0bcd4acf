/** Sentence bounds for the dates refiners: where a year or a reported period is looked for. */
import { firstAtLeast } from '../../core/spans.js';
import { COMPARISON_LEADS } from '../../lexicon/dates.js';

export interface Bounds {
  start: number;
  end: number;
}

const isEnd = (view: string, i: number): boolean =>
  view[i] === '\n' || ((view[i] === '.' || view[i] === '!' || view[i] === '?') && (view[i + 1] === ' ' || view[i + 1] === '\n'));

/** Sentence bounds around `pos`: a line, cut at ". ", "! ", "? ". */
export function sentenceAround(view: string, pos: number): Bounds {
  let start = pos;
  while (start > 0 && !isEnd(view, start - 1)) start--;
  let end = pos;
  while (end < view.length && !isEnd(view, end)) end++;
  return { start, end };
}

/**
 * Sentence bounds around any position, as `sentenceAround` gives them (a
 * line, cut at ". ", "! ", "? "): the sentence ends are found in one pass over
 * the text, then each position is one binary search (a text of one endless
 * sentence costs no more).
 */
export function sentenceBounds(view: string): (pos: number) => Bounds {
  const ends: number[] = [];
  for (let i = 0; i < view.length; i++) if (isEnd(view, i)) ends.push(i);
  return (pos) => {
    const k = firstAtLeast(ends, pos, (e) => e);
    // the last end before pos (start after it), and the first end at or after pos
    return { start: k > 0 ? ends[k - 1]! + 1 : 0, end: k < ends.length ? ends[k]! : view.length };
  };
}

/** The sentence before the one starting at `start` (skipping blank lines), or null at the text's start. */
export function sentenceBefore(view: string, start: number, around: (pos: number) => Bounds = (pos) => sentenceAround(view, pos)): Bounds | null {
  let i = start - 1;
  while (i >= 0 && (view[i] === '\n' || view[i] === ' ' || view[i] === '.' || view[i] === '!' || view[i] === '?')) i--;
  return i < 0 ? null : around(i);
}

/** Whether a comparison word stands right before `pos` ("so với tháng 12/2020"): a comparison target, not the period reported. */
export function comparedAt(view: string, pos: number): boolean {
  const before = view.slice(Math.max(0, pos - 12), pos).toLowerCase().trimEnd();
  return COMPARISON_LEADS.some((lead) => before.endsWith(lead));
}

/**
 * Whether a comparison word opens the clause before a position ("so với kế
 * hoạch đề ra đầu năm 2022"): the clause runs back to a comma, semicolon or
 * the sentence's start; case is ignored. The commas and semicolons and each
 * comparison word's occurrences are found in one pass, then a position is a
 * few binary searches (a text of one endless clause costs no more).
 */
export function clauseComparisons(view: string): (pos: number, sentenceStart: number) => boolean {
  const breaks: number[] = [];
  for (let i = 0; i < view.length; i++) if (view[i] === ',' || view[i] === ';') breaks.push(i);
  const found = COMPARISON_LEADS.map((lead) => {
    const first = lead[0]!;
    const upper = first.toUpperCase();
    const starts: number[] = [];
    for (let i = 0; i + lead.length <= view.length; i++) {
      if ((view[i] === first || view[i] === upper) && view.slice(i, i + lead.length).toLowerCase() === lead) starts.push(i);
    }
    return { length: lead.length, starts };
  });
  return (pos, sentenceStart) => {
    // the clause runs back to the last comma or semicolon before pos, or to the sentence's start
    const k = firstAtLeast(breaks, pos, (b) => b);
    const from = Math.max(sentenceStart, k > 0 ? breaks[k - 1]! + 1 : 0);
    return found.some(({ length, starts }) => {
      const j = firstAtLeast(starts, from, (st) => st);
      return j < starts.length && starts[j]! + length <= pos;
    });
  };
}
