/** Span arithmetic shared by the engine and the refiners. */
import type { Span } from './define-extractor.js';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Sort by start, longer first on ties; stable for equal spans. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether `span` overlaps any of `sorted` (sorted by start, non-overlapping or not). Binary search on start. */
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

/** Keep the longest of overlapping spans (earlier wins ties); result sorted by start. */
export function longestWins<T extends Span>(items: readonly T[]): T[] {
  const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const item of ranked) {
    if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  }
  return kept.sort(bySpan);
}
