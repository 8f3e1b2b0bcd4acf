/**
 * The cross-category step remembers its answers from call to call within a document (issue 14): checked here against
 * the step as it was (filter and sort on every call), on random mentions, called the way the pipeline calls it (one
 * more category each time, then with `explain`), and with a winners' list that changes under the same losers.
 * The bounded memory of pure string functions (`memoByText`) is checked beside it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PRECEDENCE, refineAcross, type Found } from '../../src/core/refine.js';
import { bySpan, spanIndex } from '../../src/core/spans.js';
import { memoByText } from '../../src/patterns/text.js';
import type { Category, ExplainEntry, MentionOf } from '../../src/types.js';

/** The step as it was before it remembered anything. */
function refineAcrossEveryTime(found: Found, explain?: (entry: ExplainEntry) => void): Found {
  const out = { ...found } as Partial<Record<Category, MentionOf[Category][]>>;
  for (const row of PRECEDENCE) {
    const winners = (out[row.winner] ?? []).filter((m) => row.applies(m));
    const losers = out[row.loser];
    if (winners.length === 0 || !losers) continue;
    const index = spanIndex(winners);
    out[row.loser] = losers.filter((l) => {
      const beaten = index.overlapsAny(l);
      if (beaten && explain) explain({ step: `precedence/${row.winner}-over-${row.loser}`, action: 'removed', category: row.loser, text: l.text, start: l.start, end: l.end });
      return !beaten;
    });
  }
  for (const key of Object.keys(out) as Category[]) out[key] = [...out[key]!].sort(bySpan);
  return out as Found;
}

/** The pipeline's order: every category the table names, and one it does not. */
const ORDER: Category[] = ['dates', 'organizations', 'documents', 'people', 'places', 'statistics'];

const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(([start, length]) => ({ start, end: start + length }));
/** Mentions of one category: spans, and for documents whether each is coded (a number) or named. */
const mentions = (category: Category) =>
  fc.array(fc.tuple(span, fc.boolean()), { maxLength: 25 }).map((items) =>
    items.map(([s, flag], k) => ({
      text: `${category}${k}`,
      ...s,
      ...(category === 'documents' ? { number: flag ? `${k}/QĐ` : null, named: !flag } : {}),
    })) as unknown as MentionOf[Category][],
  );
const lists = fc.record(Object.fromEntries(ORDER.map((c) => [c, mentions(c)])) as Record<Category, fc.Arbitrary<MentionOf[Category][]>>);

describe('refineAcross remembers its answers', () => {
  test('called as the pipeline calls it, it answers what filtering and sorting every time answers', () => {
    fc.assert(
      fc.property(lists, (all) => {
        const found: Found = {};
        for (const category of ORDER) {
          expect(refineAcross(found)).toEqual(refineAcrossEveryTime(found));
          (found as Record<string, unknown>)[category] = all[category];
        }
        expect(refineAcross(found)).toEqual(refineAcrossEveryTime(found));
        // with explain, after the calls that remembered: every removal is told, as by a first call
        const told: ExplainEntry[] = [];
        const expected: ExplainEntry[] = [];
        expect(refineAcross(found, (e) => told.push(e))).toEqual(refineAcrossEveryTime(found, (e) => expected.push(e)));
        expect(told.map(({ rule: _rule, ...e }) => e)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('the same losers beside other winners are filtered again', () => {
    const dates = [{ text: '2020', start: 10, end: 14 }, { text: '5/3', start: 30, end: 33 }] as MentionOf['dates'][];
    const coded = (start: number, end: number) => ({ text: 'doc', start, end, number: '1/QĐ', named: false }) as unknown as MentionOf['documents'];
    const first = refineAcross({ dates, documents: [coded(8, 20)] });
    expect(first.dates!.map((d) => d.text)).toEqual(['5/3']);
    const second = refineAcross({ dates, documents: [coded(29, 40)] });
    expect(second.dates!.map((d) => d.text)).toEqual(['2020']);
    expect(refineAcross({ dates }).dates!.map((d) => d.text)).toEqual(['2020', '5/3']);
  });

  test('a list already sorted once comes back as the same array, never one its readers changed', () => {
    const dates = [{ text: 'b', start: 5, end: 6 }, { text: 'a', start: 1, end: 2 }] as MentionOf['dates'][];
    const once = refineAcross({ dates }).dates!;
    expect(once.map((d) => d.text)).toEqual(['a', 'b']);
    expect(refineAcross({ dates }).dates).toBe(once);
    expect(dates.map((d) => d.text)).toEqual(['b', 'a']); // the input list is not sorted in place
  });
});

describe('memoByText', () => {
  test('answers what the function answers, computing each text once while there is room', () => {
    const calls: string[] = [];
    const upper = memoByText((s: string): string | null => (calls.push(s), s === 'none' ? null : s.toUpperCase()), 3);
    expect([upper('a'), upper('b'), upper('a'), upper('none'), upper('none')]).toEqual(['A', 'B', 'A', null, null]);
    expect(calls).toEqual(['a', 'b', 'none']);
    // full: the memory is emptied, and the answers stay the same
    expect([upper('c'), upper('a'), upper('c')]).toEqual(['C', 'A', 'C']);
    expect(calls).toEqual(['a', 'b', 'none', 'c', 'a']);
  });

  test('an undefined answer is computed again each time', () => {
    let calls = 0;
    const nothing = memoByText((): undefined => void calls++, 10);
    nothing('x');
    nothing('x');
    expect(calls).toBe(2);
  });
});
