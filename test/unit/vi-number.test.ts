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
