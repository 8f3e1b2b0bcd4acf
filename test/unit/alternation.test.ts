/**
 * `alternation` writes the shared first characters of its words once (`tấn|tạ|ha` → `t(?:ấn|ạ)|ha`). The
 * factored pattern must be the flat list it replaces in every way a pattern can tell: the same match at every
 * position, with and without case folding, also when what follows makes the engine backtrack into the list and
 * try the next word (the order in which words are tried is the flat list's: longest first).
 */
import fc from 'fast-check';
import XRegExp from 'xregexp';
import { describe, expect, test } from 'vitest';
import { alternation, escapeLiteral } from '../../src/patterns/regex.js';

/** The flat list, as `alternation` wrote it before it factored: longest first, each word escaped. */
function flat(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => w.split(' ').map(escapeLiteral).join('[ ]{1,3}')).join('|')})`;
}

// letters that fold to each other, Vietnamese letters, currency signs, a space, characters that need escaping
const ALPHABET = ['a', 'A', 'b', 'đ', 'Đ', 'ư', 'Ư', 'ớ', 's', 'ſ', 'K', '₫', '€', ' ', '.', '-', '#'];
const word = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom(...ALPHABET, 'x'), { maxLength: 24 }).map((cs) => cs.join(''));

/** What each position matches: the whole match, or null. */
function matchesAt(pattern: string, flags: string, subject: string): (string | null)[] {
  const regex = XRegExp(pattern, `xuy${flags}`);
  return [...Array(subject.length + 1).keys()].map((p) => {
    regex.lastIndex = p;
    return regex.exec(subject)?.[0] ?? null;
  });
}

describe('alternation', () => {
  test('factors shared first characters and keeps the flat order', () => {
    expect(alternation(['tấn', 'tạ', 'ha'])).toBe('(?:t(?:ấn|ạ)|ha)');
    expect(alternation(['ước tính', 'ước', 'gần'])).toBe('(?:ước(?:[ ]{1,3}tính|)|gần)');
    // one key, different first letters: kept flat, in order
    expect(alternation(['EUR', 'euro'])).toBe('(?:euro|EUR)');
    // neighbours with the same first letter share it, in place
    expect(alternation(['Bab', 'Bac', 'bad'])).toBe('(?:Ba(?:b|c)|bad)');
  });

  test('currency signs are keys of their own (no case partner under iu)', () => {
    expect(alternation(['₫', 'đồng', 'đ', '€', 'EUR'])).toBe('(?:đ(?:ồng|)|EUR|₫|€)');
  });

  test('letters outside Latin and Vietnamese leave the list flat', () => {
    expect(alternation(['μm', 'µm'])).toBe(flat(['μm', 'µm']));
  });

  test('matches what the flat list matches, at every position, also when the engine backtracks into it', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, fc.constantFrom('', 'i'), (words, subject, flags) => {
        for (const after of ['', '(?= x | $ )', 'b', '[ ]? a']) {
          expect(matchesAt(`${alternation(words)} ${after}`, flags, subject)).toEqual(matchesAt(`${flat(words)} ${after}`, flags, subject));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
