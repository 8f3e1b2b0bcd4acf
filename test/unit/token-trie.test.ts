import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { random } from '../helpers/random.js';
import { firstWord, phraseKeys, phraseWords, tokenize, TokenTrie } from '../../src/patterns/token-trie.js';

const words = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, k) => text.slice(t.starts[k], t.ends[k]));
};
const keyAt = (text: string) => {
  const keys = words(text).map((w) => w.toLowerCase());
  return (j: number): string | null => keys[j] ?? null;
};

describe('tokenize', () => {
  test('cuts a text as phraseWords cuts it (its own loop against wordStart and wordEnd): fixtures and random strings', () => {
    const fixtures = readdirSync('fixtures', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join('fixtures', f), 'utf8'));
    expect(fixtures.length).toBeGreaterThan(30);
    const next = random(20261202);
    const units = [..."aZđĐ'’ -.,\n\t09ệỆ\u0301\u0300", '\u{1F600}', '\u4E00', '\u2019', "''"];
    const randoms = Array.from({ length: 3000 }, () => Array.from({ length: Math.floor(next() * 40) }, () => units[Math.floor(next() * units.length)]!).join(''));
    for (const text of [...fixtures, ...randoms]) expect(words(text)).toEqual(phraseWords(text));
  });

  test('texts denser in words than the first room (a word every 2 to 4 units, long enough to fill it): the same cut', () => {
    const next = random(4);
    for (let i = 0; i < 200; i++) {
      const length = 600 + Math.floor(next() * 4000);
      // one-letter words one separator apart: up to one word every other unit, the most a text can hold
      const dense = Array.from({ length }, (_, k) => (k % 2 === 0 ? 'aĐ9ệ'[Math.floor(next() * 4)] : ' .,-'[Math.floor(next() * 4)])).join('');
      const mixed = Array.from({ length: length >> 1 }, () => ['a', 'bc', 'x y', ' ', "H'L"][Math.floor(next() * 5)]).join(' ');
      for (const text of [dense, dense.slice(1), mixed]) {
        const t = tokenize(text);
        expect(t.count).toBe(phraseWords(text).length);
        expect(words(text)).toEqual(phraseWords(text));
      }
      expect(tokenize(dense).count).toBeGreaterThan(dense.length / 4 + 64);
    }
  });

  test('words with their marks and inner apostrophes, punctuation left out', () => {
    expect(words("Huyện Ea H'Leo, TP.HCM (phường 12) 'x'")).toEqual(['Huyện', 'Ea', "H'Leo", 'TP', 'HCM', 'phường', '12', 'x']);
    const t = tokenize('xã  Tân Lập');
    expect([...t.starts.slice(0, t.count)]).toEqual([0, 4, 8]);
    expect([...t.ends.slice(0, t.count)]).toEqual([2, 7, 11]);
  });

  test('NFD marks stay inside their word', () => {
    expect(words('Tân Lập'.normalize('NFD'))).toHaveLength(2);
  });

  test("a phrase's first word is the first that phraseWords cuts", () => {
    for (const phrase of ["  H'Leo x", 'Bà Rịa - Vũng Tàu', '(12) a', '...', '']) expect(firstWord(phrase)).toBe(phraseWords(phrase)[0] ?? null);
  });

  test('a lexicon phrase is cut as a text is', () => {
    for (const phrase of ["Huyện Ea H'Leo, TP.HCM (phường 12) 'x'", "  Ia H' Drai ", 'Bà Rịa - Vũng Tàu', '', '...']) {
      expect(phraseWords(phrase)).toEqual(words(phrase));
    }
  });
});

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add(phraseKeys('Lào Cai'), 'province');
  trie.add(phraseKeys('Lào'), 'short');
  trie.add(phraseKeys('Bà Rịa - Vũng Tàu'), 'brvt');
  trie.add(phraseKeys('Lào Cai'), 'city');

  test('every phrase starting at a token, longest first, values kept in order', () => {
    const at = keyAt('tỉnh Lào Cai mới');
    expect(trie.matchesAt(1, at)).toEqual([
      { length: 2, values: ['province', 'city'] },
      { length: 1, values: ['short'] },
    ]);
    expect(trie.matchesAt(0, at)).toEqual([]);
    expect(trie.starts('lào')).toBe(true);
    expect(trie.starts('cai')).toBe(false);
    expect(trie.maxLength).toBe(4);
  });

  test('a phrase spans only the separators the caller allows', () => {
    const text = 'Lào. Cai; Bà Rịa-Vũng Tàu';
    const t = tokenize(text);
    const spaceOrHyphen = (j: number): boolean => [' ', '-', ' - '].includes(text.slice(t.ends[j], t.starts[j + 1]));
    expect(trie.matchesAt(0, keyAt(text), spaceOrHyphen)).toEqual([{ length: 1, values: ['short'] }]);
    expect(trie.matchesAt(2, keyAt(text), spaceOrHyphen)).toEqual([{ length: 4, values: ['brvt'] }]);
  });

  test('an empty phrase is refused', () => {
    expect(() => trie.add([], 'x')).toThrow();
  });

  test('phrases added later are made, a group at a time, when their first word is first asked for, in their place among the others', () => {
    const lazy = new TokenTrie<string>();
    const made: string[] = [];
    const later =
      (...phrases: (readonly [string, string])[]) =>
      () =>
        phrases.map(([phrase, value]) => {
          made.push(value);
          return { keys: phraseKeys(phrase), value };
        });
    lazy.add(phraseKeys('Lào Cai'), 'province');
    lazy.addLater('lào', later(['Lào', 'short']));
    lazy.addLater('bà', later(['Bà Rịa - Vũng Tàu', 'brvt']));
    lazy.addLater('lào', later(['Lào Cai', 'city']));
    expect(made).toEqual([]);
    expect(lazy.starts('bà')).toBe(true);
    expect(lazy.matchesAt(1, keyAt('tỉnh Lào Cai mới'))).toEqual(trie.matchesAt(1, keyAt('tỉnh Lào Cai mới')));
    expect(made).toEqual(['short', 'city']);
    lazy.addLater('lào', later(['Lào Cai', 'late'], ['Lào', 'late short'])); // its first word is in the trie already: made at once
    expect(made).toEqual(['short', 'city', 'late', 'late short']);
    expect(lazy.matchesAt(0, keyAt('Lào Cai'))).toEqual([
      { length: 2, values: ['province', 'city', 'late'] },
      { length: 1, values: ['short', 'late short'] },
    ]);
    expect(lazy.maxLength).toBe(4);
    expect(made).toEqual(['short', 'city', 'late', 'late short', 'brvt']);
    expect(() => lazy.addLater('x', later(['x', 'right'], ['Lào', 'wrong']))).not.toThrow();
    expect(() => lazy.matchesAt(0, keyAt('x'))).toThrow('starts with lào');
  });
});
