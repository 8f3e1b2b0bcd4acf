/**
 * Span arithmetic shared by the engine and the refiners. Every query over a
 * list of spans is a sorted sweep or a binary search, never all pairs: one
 * document can hold hundreds of thousands of mentions.
 */
import type { Span } from './define-extractor.js';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Sort by start, longer first on ties; stable for equal spans. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** The number of items of `sorted` (ascending) below `value`. */
function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of items of `sorted` (ascending) at or below `value`. */
function countAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `sorted` (ascending by `key`) whose key is at least `value`. */
export function firstAtLeast<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `span` overlaps any of `sorted`: spans sorted by start whose ends ascend too (spans that do not overlap one
 * another, as page furniture merged and mentions after longest-wins). A binary search on the ends, so a list with a
 * span nested in another can be misread: use `spanIndex` for a fixed list of any spans, `OverlapSet` for a growing one.
 */
export function overlapsAny(span: Span, sorted: readonly Span[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // Spans are sorted by start; ends are monotone for the non-overlapping lists we keep.
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) {
    if (overlaps(sorted[i]!, span)) return true;
  }
  return false;
}

/**
 * The spans sorted by start, with the greatest end of each prefix: a span
 * [s, e) overlaps one of them exactly when the prefix of those starting
 * before e reaches past s; it lies inside one exactly when the prefix of those
 * starting at or before s reaches e. Both are one binary search, whatever the
 * spans (overlapping, nested, empty).
 */
export interface SpanIndex {
  /** Whether `span` overlaps one of the spans (`overlaps`). */
  overlapsAny(span: Span): boolean;
  /** Whether `span` lies inside one of the spans (`contains`). */
  insideAny(span: Span): boolean;
}

export function spanIndex(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = Float64Array.from(sorted, (s) => s.start);
  const reach = new Float64Array(sorted.length);
  let max = -Infinity;
  sorted.forEach((s, i) => (reach[i] = max = Math.max(max, s.end)));
  const reachOf = (count: number): number => (count === 0 ? -Infinity : reach[count - 1]!);
  return {
    overlapsAny: (span) => {
      // `overlaps`: one with start < span.end and end > span.start
      return reachOf(countBelow(starts, span.end)) > span.start;
    },
    insideAny: (span) => reachOf(countAtMost(starts, span.start)) >= span.end,
  };
}

/**
 * A set of spans that grows as spans are added, answering whether a span overlaps one of them (`overlaps`) in time
 * proportional to the span's length and the spans near it, never to the set's size. Each span is filed under every
 * block of `2 ** shift` positions it covers (a span of no length, or reversed, under the block of its start): a
 * span overlapping the probe shares a position with it (or lies strictly inside it), and that position's block is
 * one the probe's positions cover, so only those blocks are looked in.
 */
export class OverlapSet {
  private readonly blocks = new Map<number, Span[]>();
  constructor(private readonly shift = 8) {}

  add(span: Span): void {
    const last = Math.max(span.start, span.end - 1) >> this.shift;
    for (let b = span.start >> this.shift; b <= last; b++) {
      const filed = this.blocks.get(b);
      if (filed) filed.push(span);
      else this.blocks.set(b, [span]);
    }
  }

  /** Whether [start, end) overlaps a span of the set: one with `span.start < end && start < span.end`. */
  overlapsAny(start: number, end: number): boolean {
    const last = Math.max(start, end - 1) >> this.shift;
    for (let b = start >> this.shift; b <= last; b++) {
      const filed = this.blocks.get(b);
      if (filed) for (const t of filed) if (t.start < end && start < t.end) return true;
    }
    return false;
  }
}

/** The spans' distinct starts, ascending (sorted as numbers, then the repeats dropped in place). */
function distinctStarts(items: readonly Span[]): Float64Array {
  const all = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) all[i] = items[i]!.start;
  all.sort();
  let count = 0;
  for (let i = 0; i < all.length; i++) if (count === 0 || all[i] !== all[count - 1]) all[count++] = all[i]!;
  return all.subarray(0, count);
}

/**
 * Keep the longest of overlapping spans (earlier wins ties); result sorted by start.
 *
 * Greedy, longest first: a span is kept when it overlaps none kept so far.
 * That test is a prefix maximum over the kept spans ordered by start (a
 * Fenwick tree over the distinct starts, raised as spans are kept), so the
 * whole step is O(n log n) instead of comparing every pair.
 */
export function longestWins<T extends Span>(items: readonly T[]): T[] {
  const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const starts = distinctStarts(items);
  const tree = new Float64Array(starts.length + 1).fill(-Infinity);
  const raise = (index: number, end: number): void => {
    for (let i = index + 1; i <= starts.length; i += i & -i) if (tree[i]! < end) tree[i] = end;
  };
  /** The greatest end of the kept spans among the first `count` starts. */
  const reach = (count: number): number => {
    let max = -Infinity;
    for (let i = count; i > 0; i -= i & -i) if (tree[i]! > max) max = tree[i]!;
    return max;
  };
  const kept: T[] = [];
  for (const item of ranked) {
    // `overlaps`: a kept span k with k.start < item.end and item.start < k.end
    if (reach(countBelow(starts, item.end)) > item.start) continue;
    kept.push(item);
    raise(countBelow(starts, item.start), item.end);
  }
  return kept.sort(bySpan);
}

const START_INDEXES = new WeakMap<readonly Span[], Map<number, number[]>>();

/**
 * The items of `items` that start at `start`, in list order, as indexes into
 * `items`: a per-list index built once (lists of found mentions are never
 * changed once made), so a look-up per mention is not a linear search.
 */
export function startingAt(items: readonly Span[], start: number): readonly number[] {
  let index = START_INDEXES.get(items);
  if (!index) {
    index = new Map();
    for (let i = 0; i < items.length; i++) {
      const at = index.get(items[i]!.start);
      if (at) at.push(i);
      else index.set(items[i]!.start, [i]);
    }
    START_INDEXES.set(items, index);
  }
  return index.get(start) ?? NONE;
}
const NONE: readonly number[] = [];
