/**
 * Gold vs. predicted mentions of one category in one file. A predicted
 * mention matches a gold one when their values agree and their spans
 * overlap; matching is one-to-one, greedy by largest overlap.
 */
import type { Span } from '../core/define-extractor.js';
import { overlaps } from '../core/spans.js';
import type { Category, MentionOf } from '../types.js';

type Values = (m: Record<string, unknown>) => unknown[];

/** What "the values agree" means for each category (ANNOTATION.md fields). */
export const VALUE_FIELDS: { [C in Category]: Values } = {
  dates: (m) => [m.from, m.to],
  documents: (m) => (m.id != null ? [m.id] : [m.type, m.number ?? null, m.named === true]),
  organizations: (m) => [m.name],
  people: (m) => [m.name],
  statistics: (m) => [m.value, m.kind],
};

export interface Alignment<M> {
  matched: { gold: M; predicted: M }[];
  misses: M[];
  extras: M[];
}

const overlapLength = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Pair gold and predicted mentions whose values agree and whose spans overlap (`exact`: whose spans are equal). */
export function align<C extends Category>(category: C, gold: MentionOf[C][], predicted: MentionOf[C][], exact = false): Alignment<MentionOf[C]> {
  const values = VALUE_FIELDS[category];
  const key = (m: MentionOf[C]): string => JSON.stringify(values(m as unknown as Record<string, unknown>));
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if ((exact ? g.start === p.start && g.end === p.end : overlaps(g, p)) && key(g) === key(p)) pairs.push({ g: gi, p: pi, overlap: overlapLength(g, p) });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matched: Alignment<MentionOf[C]>['matched'] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    matched.push({ gold: gold[g]!, predicted: predicted[p]! });
  }
  return {
    matched,
    misses: gold.filter((_, i) => !usedG.has(i)),
    extras: predicted.filter((_, i) => !usedP.has(i)),
  };
}
