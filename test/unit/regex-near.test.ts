/**
 * matchAllNear: a pattern that needs a mark, tried only in a bounded window before each mark, finds exactly what
 * the whole-text scan finds (same matches, same order, no overlaps), on any text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchAll, matchAllNear, vx } from '../../src/patterns/regex.js';

// a word of up to 5 letters, up to 2 spaces, then `(`: every match starts at most 7 characters before its `(`
const WORD_PAREN = vx('test/near-word-paren', String.raw`(?<![a-z]) (?<w> [a-z]{1,5} ) [ ]{0,2} \(`);
const BEFORE = 7;

const marks = (text: string, mark: string): number[] => [...text].flatMap((c, i) => (c === mark ? [i] : []));
const lines = (it: Iterable<{ index: number; text: string; groups: Record<string, string | undefined> }>): string[] =>
  [...it].map((m) => JSON.stringify([m.index, m.text, m.groups]));

// two named groups in two alternatives, and an unnamed one between them
const EITHER = vx('test/near-either', String.raw`(?<a> x ) (z)? | (?<b> y )`);

describe('match groups', () => {
  test('every name, in the order of the pattern, undefined where its group took no part', () => {
    const found = [...matchAll(EITHER, 'y xz')];
    expect(found.map((m) => Object.entries(m.groups))).toEqual([
      [
        ['a', undefined],
        ['b', 'y'],
      ],
      [
        ['a', 'x'],
        ['b', undefined],
      ],
    ]);
  });
});

describe('matchAllNear', () => {
  test('the matches of the whole-text scan, on examples', () => {
    const text = 'ab (x) abcdef(y) a  (z) (w) ba(';
    expect(lines(matchAllNear(WORD_PAREN, text, marks(text, '('), BEFORE))).toEqual(lines(matchAll(WORD_PAREN, text)));
    expect([...matchAllNear(WORD_PAREN, text, marks(text, '('), BEFORE)].map((m) => m.groups.w)).toEqual(['ab', 'a', 'ba']); // not `bcdef`: a word starts no match inside it
  });

  test('the matches of the whole-text scan, on any text over a small alphabet', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '(', 'x', ')');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        expect(lines(matchAllNear(WORD_PAREN, text, marks(text, '('), BEFORE))).toEqual(lines(matchAll(WORD_PAREN, text)));
      }),
      { numRuns: 3000 },
    );
  });

  test('no anchors, no matches', () => {
    expect([...matchAllNear(WORD_PAREN, 'ab (', [], BEFORE)]).toEqual([]);
  });
});
