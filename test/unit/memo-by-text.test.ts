/**
 * The bounded memory of pure functions of a string (`memoByText`, patterns/text.ts): the same answers as the function,
 * each text computed once while there is room, the memory emptied when full.
 */
import { describe, expect, test } from 'vitest';
import { memoByText } from '../../src/patterns/text.js';

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
