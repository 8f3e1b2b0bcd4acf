/**
 * Gold vs. predicted mentions of one category in one file. A predicted
 * mention matches a gold one when their values agree and their spans
 * overlap; matching is one-to-one, greedy by largest overlap. Strict
 * matching (`dvx eval --strict`) asks for the same span and every field
 * equal instead.
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
  places: (m) => [m.map, m.code, m.name],
  statistics: (m) => [m.value, m.kind],
};

export interface Alignment<M> {
  matched: { gold: M; predicted: M }[];
  misses: M[];
  extras: M[];
}

const overlapLength = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** JSON with object keys sorted, so that two mentions compare field by field whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface AlignOptions {
  /** Same span and every field, instead of agreeing values and overlapping spans. */
  strict?: boolean;
  /** Same span and agreeing values: the exact-span score of a category's development set. */
  exact?: boolean;
}

export function align<C extends Category>(
  category: C,
  gold: MentionOf[C][],
  predicted: MentionOf[C][],
  options: AlignOptions = {},
): Alignment<MentionOf[C]> {
  const values = VALUE_FIELDS[category];
  const key = options.strict ? canonicalJson : (m: MentionOf[C]): string => JSON.stringify(values(m as unknown as Record<string, unknown>));
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if ((options.exact ? g.start === p.start && g.end === p.end : overlaps(g, p)) && key(g) === key(p)) pairs.push({ g: gi, p: pi, overlap: overlapLength(g, p) });
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
