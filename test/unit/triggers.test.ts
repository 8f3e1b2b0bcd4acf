/** The trigger pass (core/triggers.ts): the one index pass, and anchored matching at its positions. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileTrigger, foldWord, indexTriggers, matchAtTriggers, triggerPositions } from '../../src/core/triggers.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, matchAll, vx } from '../../src/patterns/regex.js';

const positionsOf = (view: string, trigger: Parameters<typeof compileTrigger>[0]): number[] => {
  const compiled = compileTrigger(trigger);
  return [...triggerPositions(indexTriggers(view), compiled)];
};

describe('the index pass', () => {
  test('a word triggers where it stands as a whole run of letters, in any case', () => {
    const view = 'Ngày 3, NGÀY 4, hôm ngàyx, xngày, ngày5';
    expect(positionsOf(view, { words: ['ngày'] })).toEqual([0, 8, 34]);
  });

  test('only the first run of letters of a phrase is its key', () => {
    expect(positionsOf('gần xấp xỉ 5, xấp', { words: ['xấp xỉ'] })).toEqual([4, 14]);
  });

  test('digits: where every run of ASCII digits starts, also inside a word', () => {
    expect(positionsOf('a12 345.6 QĐ1401 ٣', { digit: true })).toEqual([1, 4, 8, 12]);
  });

  test('digitsAtMost: only the runs of digits that short, beside the words; other triggers still see every run', () => {
    const view = '5 2021 12 123 ngày 05/3 123456789 7';
    const at = (s: string): number => view.indexOf(s);
    expect(positionsOf(view, { words: ['ngày'], digit: true, digitsAtMost: 2 })).toEqual([0, at('12 '), at('ngày'), at('05'), view.indexOf('3 1'), view.length - 1]);
    expect(positionsOf(view, { digit: true, digitsAtMost: 8 })).not.toContain(at('123456789'));
    expect(positionsOf(view, { digit: true })).toContain(at('123456789'));
    expect(positionsOf(view, { digit: true })).toContain(at('2021'));
    expect(() => compileTrigger({ words: ['ngày'], digitsAtMost: 2 })).toThrow(/digitsAtMost/);
    expect(() => compileTrigger({ digit: true, digitsAtMost: 9 })).toThrow(/digitsAtMost/);
  });

  test('a word that starts with a digit stands for the digit class', () => {
    expect(compileTrigger({ words: ['12 tháng'] })).toMatchObject({ digit: true, keys: [] });
  });

  test('one character: where it stands, wherever', () => {
    expect(positionsOf('(a) “b” ((', { words: ['(', '“'] })).toEqual([0, 4, 8, 9]);
  });

  test('several words and digits merge in order, without repeats', () => {
    expect(positionsOf('tháng 3 quý 2 năm 2022 tháng', { words: ['quý', 'tháng'], digit: true })).toEqual([0, 6, 8, 12, 18, 23]);
  });

  test('capitals: every word that starts with a capital letter, in any script, also beyond the letter table', () => {
    // ǅ (titlecase) is no capital; Ａ (fullwidth, beyond the table) is. 𝐀 (astral) is none for dvx's patterns
    // either: XRegExp expands \p{Lu} over the Basic Multilingual Plane, and the trigger's class is read the same way
    const view = 'ỦY BAN xUB 3Ab ǅa \u0301Bộ ＡＢ 𝐀x ab';
    const at = (s: string): number => view.indexOf(s);
    expect(positionsOf(view, { capital: true })).toEqual([0, 3, at('Ab'), at('Bộ'), at('ＡＢ'), at('ＡＢ') + 1]);
  });

  test('words in capitals: a capital that no other kind of letter follows, beyond the table too', () => {
    const view = 'UBND Nam A, TP.HCM ǅa x-Y ỦY Ủy ＡＢ Ａb';
    const at = (s: string): number => view.indexOf(s);
    expect(positionsOf(view, { upper: true })).toEqual([0, at('A,'), at('TP'), at('HCM'), at('Y '), at('ỦY'), at('ＡＢ'), at('ＡＢ') + 1, at('Ａb')]);
  });

  test('capitals merged with words keep each position once', () => {
    expect(positionsOf('Ngày ngày Tháng', { capital: true, words: ['ngày'] })).toEqual([0, 5, 10]);
  });

  test('case folding matches the pattern engine for the long s', () => {
    expect(foldWord('ſố')).toBe('số');
    expect(positionsOf('Sſố ſố', { words: ['số'] })).toEqual([4]);
  });

  test('a word is found where its run of letters, cut and case-folded as a string, is the key (the trie walk agrees)', () => {
    // letters whose folding is not one code unit on its own (İ, final Σ, Georgian capitals fold beyond the table),
    // the long s, Vietnamese capitals, a letter beyond the table (a separator) and marks
    const letters = ['a', 'A', 'i', 'İ', 'ı', 'I', 'σ', 'Σ', 'ς', 'ſ', 's', 'S', 'đ', 'Đ', 'ố', 'Ố', 'Ⴀ', 'ⴀ', 'Ａ', '\u0301', ' ', '1'];
    const word = fc.array(fc.constantFrom(...letters.filter((l) => l !== ' ' && l !== '1')), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const isLetterBelowTable = (ch: string): boolean => ch.charCodeAt(0) < 0x2000 && /\p{L}/u.test(ch);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (words, chars) => {
        const view = chars.join('');
        const trigger = words.filter((w) => isLetterBelowTable(w[0]!));
        if (trigger.length === 0) return;
        const keys = new Set(trigger.map((w) => foldWord(w.slice(0, [...w].findIndex((ch) => !isLetterBelowTable(ch)) >>> 0))));
        const expected: number[] = [];
        for (let i = 0; i < view.length; ) {
          if (!isLetterBelowTable(view[i]!)) {
            i++;
            continue;
          }
          const start = i;
          while (i < view.length && isLetterBelowTable(view[i]!)) i++;
          if (keys.has(foldWord(view.slice(start, i)))) expected.push(start);
        }
        expect(positionsOf(view, { words: trigger })).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // a final Σ folds to ς only at the end of a word; İ folds to two code units
    expect(positionsOf('σΣ σσ', { words: ['σς'] })).toEqual([0]);
    expect(positionsOf('σΣ σσ', { words: ['σσ'] })).toEqual([3]);
    expect(positionsOf('İa ia', { words: ['İa'] })).toEqual([0]);
  });

  test('near: a position is kept only when one of the near words starts within the window after it (or `before` characters before it)', () => {
    const view = '5 con 7 tấn, 12 cây rồi 9 người và cả 100 kg';
    const at = (s: string): number => view.indexOf(s);
    expect(positionsOf(view, { digit: true, near: { words: ['tấn', 'kg'], within: 3 } })).toEqual([at('7 tấn')]);
    expect(positionsOf(view, { digit: true, near: { words: ['tấn', 'kg'], within: 8 } })).toEqual([0, at('7 tấn'), at('100')]);
    expect(positionsOf('kg 5', { digit: true, before: 3, near: { words: ['kg'], within: 0 } })).toEqual([3]);
    expect(positionsOf('% 5 %', { digit: true, near: { words: ['%'], within: 2 } })).toEqual([2]);
    expect(() => compileTrigger({ digit: true, near: { words: ['5 kg'], within: 3 } })).toThrow(/near word/);
    expect(() => compileTrigger({ digit: true, near: { words: ['kg'], within: -1 } })).toThrow(/near window/);
  });

  test('a trigger compiled after an index was built makes the index stale, so it is rebuilt', () => {
    const index = indexTriggers('zyxwv');
    const fresh = compileTrigger({ words: ['zyxwv'] });
    expect(triggerPositions(indexTriggers('zyxwv'), fresh)).toEqual([0]);
    expect(index.version).toBeLessThan(indexTriggers('').version);
  });
});

// "(ab 12", "ab3", "7", or a lone "x", each not inside a word: anchored at a trigger, a window before it, or anywhere
const PATTERN = vx('test/triggers-window', String.raw`${NOT_AFTER_WORD} (?: (?: \( [ ]{0,2} )? (?: ab [ ]? )? \d{1,3} (?!\p{N}) | x ${NOT_BEFORE_WORD} )`);

describe('anchored matching at trigger positions', () => {
  const whole = (view: string): [number, string][] => [...matchAll(PATTERN, view)].map((m) => [m.index, m.text]);
  const triggered = (view: string, trigger: Parameters<typeof compileTrigger>[0]): [number, string][] => {
    const compiled = compileTrigger(trigger);
    return [...matchAtTriggers(PATTERN, view, triggerPositions(indexTriggers(view), compiled), compiled.before)].map((m) => [m.index, m.text]);
  };

  test('with every possible first word as trigger, the same matches as the whole-text scan, overlaps resolved the same way', () => {
    for (const view of ['ab 12 x (  ab3 x 123 4567', '(((12', 'xx ab x', 'ab12ab 34', '(x) (ab 1)']) {
      expect(triggered(view, { words: ['(', 'ab', 'x'], digit: true })).toEqual(whole(view));
    }
  });

  test('a window before a required part covers the optional words before it', () => {
    for (const view of ['ab 12 x (  ab3 x 1234 567', '(  ab 12', 'ab1 ( 2']) {
      // every match of the whole-text scan that starts at most 6 characters before a run of digits
      const runs = [...view.matchAll(/* digit runs */ /(?<![0-9])[0-9]/g)].map((m) => m.index);
      const near = whole(view).filter(([at]) => runs.some((r) => at <= r && r - at <= 6));
      expect(near.length).toBeGreaterThan(0);
      expect(triggered(view, { digit: true, before: 6 })).toEqual(near);
    }
  });

  test('a trigger that misses a possible start misses matches (what the equivalence tests catch)', () => {
    expect(triggered('(ab 12', { digit: true })).toEqual([[4, '12']]);
    expect(whole('(ab 12')).toEqual([[0, '(ab 12']]);
  });

  test('declarations are checked', () => {
    expect(() => compileTrigger({ words: [' x'] })).toThrow(/empty or starts with a space/);
    expect(() => compileTrigger({})).toThrow(/needs words, digits or capitals/);
    expect(() => compileTrigger({ digit: true, before: 1000 })).toThrow(/0–256/);
  });
});
