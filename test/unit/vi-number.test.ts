import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseViNumber, scaleExponent } from '../../src/patterns/vi-number.js';

describe('parseViNumber', () => {
  test.each([
    ['1.370', 1370],
    ['9.283.600.000', 9283600000],
    ['82,6', 82.6],
    ['60,57', 60.57],
    ['07', 7],
    ['0', 0],
    ['1.234,5', 1234.5],
    ['100', 100],
  ])('%s → %d, regular', (token, value) => {
    const n = parseViNumber(token);
    expect(n.value).toBe(value);
    expect(n.irregular).toBe(false);
    expect(n.ambiguous).toBe(false);
  });

  test('irregular grouping: a short last group is decimals', () => {
    expect(parseViNumber('12.306.207.00')).toMatchObject({ value: 12306207, irregular: true });
    expect(parseViNumber('1.5')).toMatchObject({ value: 1.5, irregular: true });
    expect(parseViNumber('12.3456')).toMatchObject({ value: 123456, irregular: true });
  });

  test('ambiguous readings are flagged', () => {
    expect(parseViNumber('465,361')).toMatchObject({ value: 465.361, ambiguous: true });
    expect(parseViNumber('1,234,567')).toMatchObject({ value: 1234567, ambiguous: true });
    expect(parseViNumber('1,234.5')).toMatchObject({ value: 1234.5, ambiguous: true });
  });

  test('scale words multiply exactly', () => {
    expect(parseViNumber('35', scaleExponent('tỷ'))).toMatchObject({ value: 35e9 });
    expect(parseViNumber('2,155', scaleExponent('triệu')).value).toBe(2155000);
    expect(parseViNumber('1,5', scaleExponent('triệu')).value).toBe(1500000);
    expect(parseViNumber('9,2836', scaleExponent('tỷ')).value).toBe(9283600000);
    expect(parseViNumber('73', scaleExponent('vạn')).value).toBe(730000);
    expect(parseViNumber('2', scaleExponent('nghìn tỷ')).value).toBe(2e12);
    expect(parseViNumber('0,5', scaleExponent('nghìn')).value).toBe(500);
  });

  test('any integer written with Vietnamese thousands separators reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const written = n.toLocaleString('vi-VN');
        expect(parseViNumber(written).value).toBe(n);
      }),
    );
  });

  test('any decimal written with a Vietnamese comma reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 99 }), (i, f) => {
        const written = `${i.toLocaleString('vi-VN')},${String(f).padStart(2, '0')}`;
        expect(parseViNumber(written).value).toBeCloseTo(i + f / 100, 6);
      }),
    );
  });
});

describe('NUMBER_TOKEN takes whole runs of digits', () => {
  // the token before its guards: the same matches, since nothing after a number in the patterns starts with a digit
  const UNGUARDED = String.raw`\d{1,15}(?:[.,]\d{1,15}){0,6}`;
  // a number (runs of digits and separators), then what may follow one
  const NUMBER = ['1', '20', '123', '2020', '.', ','];
  const AFTER = [' ', '  ', 'tỷ', 'triệu', 'nghìn', 'đồng', 'USD', '%', 'kg', 'm2', 'người', 'hai', 'mươi', '/', 'k', 'tăng', 'hơn', '5'];
  const text = fc
    .tuple(fc.array(fc.constantFrom(...NUMBER), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...AFTER, ...NUMBER), { maxLength: 6 }))
    .map(([number, after]) => number.join('') + after.join(''));

  test('every pattern that reads a number matches as with the unguarded token, at every position', async () => {
    await import('../../src/pipeline/extractors.js');
    const { NUMBER_TOKEN } = await import('../../src/patterns/vi-number.js');
    const { registeredPatterns } = await import('../../src/patterns/regex.js');
    const readers = registeredPatterns().filter((p) => p.regex.source.includes(NUMBER_TOKEN));
    expect(readers.map((p) => p.name)).toContain('statistics/money');
    const pairs = readers.map((p) => [new RegExp(p.regex.source, `y${p.flags}`), new RegExp(p.regex.source.replaceAll(NUMBER_TOKEN, UNGUARDED), `y${p.flags}`)] as const);
    const at = (regex: RegExp, s: string, i: number): string | null => {
      regex.lastIndex = i;
      const m = regex.exec(s);
      return m ? m.slice(0).join('|') : null;
    };
    fc.assert(
      fc.property(text, (s) => {
        for (const [guarded, unguarded] of pairs) for (let i = 0; i <= s.length; i++) expect(at(guarded, s, i)).toBe(at(unguarded, s, i));
      }),
      { numRuns: 1500 },
    );
  });
});
