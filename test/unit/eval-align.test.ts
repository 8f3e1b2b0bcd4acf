import { describe, expect, test } from 'vitest';
import { align, canonicalJson } from '../../src/eval/align.js';
import type { DateMention } from '../../src/types.js';

const day = (text: string, start: number, extra: Partial<DateMention> = {}): DateMention => ({
  text, start, end: start + text.length, grain: 'day', from: '2021-07-30', to: '2021-07-30', ...extra,
});

describe('align', () => {
  const gold = [day('ngày 30/7/2021', 10)];

  test('lenient: agreeing values on overlapping spans match', () => {
    const a = align('dates', gold, [day('30/7/2021', 15, { inferred: true })]);
    expect(a.matched).toHaveLength(1);
  });

  test('strict: another span or another field is a miss and an extra', () => {
    for (const predicted of [day('30/7/2021', 15), day('ngày 30/7/2021', 10, { time: '08:00' })]) {
      const a = align('dates', gold, [predicted], { strict: true });
      expect(a.matched).toEqual([]);
      expect(a.misses).toEqual(gold);
      expect(a.extras).toEqual([predicted]);
    }
  });

  test('strict: the same mention with its keys in another order matches', () => {
    const { text, start, end, ...fields } = gold[0]!;
    expect(align('dates', gold, [{ ...fields, end, start, text }], { strict: true }).matched).toHaveLength(1);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});
