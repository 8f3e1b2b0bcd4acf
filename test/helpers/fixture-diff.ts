/**
 * Reviewed expectations of fixtures/texts: the difference between what dvx
 * now outputs and what a human approved, one line per mention, and the
 * `reviewed` list through which a human approves a change.
 */
import { canonicalJson } from '../../src/eval/align.js';

export type Change = 'added' | 'removed' | 'changed';

/** One approved change, written by hand in the fixture's `reviewed` list. */
export interface Review {
  category: string;
  start: number;
  end: number;
  text: string;
  change: Change;
  /** Why the new reading is right (a rule of docs/record.md, a decision). */
  why: string;
}

export interface Difference {
  category: string;
  change: Change;
  start: number;
  end: number;
  text: string;
  before?: unknown;
  after?: unknown;
}

interface Spanned {
  start: number;
  end: number;
  text: string;
}

const key = (m: Spanned): string => `${m.start}:${m.end}`;

/** The mentions of one category that were added, removed or changed, by span. */
export function differences(category: string, expected: readonly Spanned[], actual: readonly Spanned[]): Difference[] {
  const before = new Map(expected.map((m) => [key(m), m]));
  const after = new Map(actual.map((m) => [key(m), m]));
  const out: Difference[] = [];
  for (const [k, m] of before) {
    const now = after.get(k);
    if (!now) out.push({ category, change: 'removed', start: m.start, end: m.end, text: m.text, before: m });
    else if (canonicalJson(now) !== canonicalJson(m)) out.push({ category, change: 'changed', start: m.start, end: m.end, text: m.text, before: m, after: now });
  }
  for (const [k, m] of after) if (!before.has(k)) out.push({ category, change: 'added', start: m.start, end: m.end, text: m.text, after: m });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const isReviewed = (d: Difference, reviewed: readonly Review[]): boolean =>
  reviewed.some((r) => r.category === d.category && r.start === d.start && r.end === d.end && r.text === d.text && r.change === d.change);

/** One line a reviewer reads: `+ dates 74-95 "6 tháng cuối năm 2021" {…}`. */
export function formatDifference(d: Difference): string {
  const sign = d.change === 'added' ? '+' : d.change === 'removed' ? '-' : '~';
  const head = `${sign} ${d.category} ${d.start}-${d.end} ${JSON.stringify(d.text)}`;
  if (d.change === 'changed') return `${head}\n    was ${canonicalJson(d.before)}\n    now ${canonicalJson(d.after)}`;
  return `${head} ${canonicalJson(d.after ?? d.before)}`;
}
