/**
 * Vietnamese numbers in words: a table of written forms and their values.
 *
 * 1. Hand rows: every rule of the numeral grammar (DOMAIN.md §5) with its variants (`lăm`/`nhăm`, `mốt`/`một`,
 *    `tư`/`bốn`, `linh`/`lẻ`, `nghìn`/`ngàn`, `tỷ`/`tỉ`, `rưỡi`, `chục`, `K`), mixed digits and words.
 * 2. Generated rows: `spell` below writes a number in words digit group by digit group (the reading rules of
 *    Vietnamese numerals, written independently of the parser), and the parser must read back exactly what the
 *    digit parser reads from the digits: digits → words → value.
 * 3. Non-numbers: idioms and forms the grammar does not derive.
 */
import XRegExp from 'xregexp';
import { describe, expect, test } from 'vitest';
import { readAmount, readNumberWords } from '../../src/patterns/vi-number-words.js';
import { parseViNumber } from '../../src/patterns/vi-number.js';

const HAND: readonly [string, number][] = [
  // digits 1–9 and ten
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8],
  ['chín', 9], ['mười', 10], ['Mười', 10],
  // 11–19: `lăm` for 5, `tư` regional for 4
  ['mười một', 11], ['mười hai', 12], ['mười ba', 13], ['mười bốn', 14], ['mười tư', 14], ['mười lăm', 15],
  ['mười sáu', 16], ['mười bảy', 17], ['mười tám', 18], ['mười chín', 19],
  // tens and their units: mốt/một, tư/bốn, lăm/nhăm
  ['hai mươi', 20], ['hai mươi mốt', 21], ['hai mươi một', 21], ['hai mươi hai', 22], ['hai mươi tư', 24],
  ['hai mươi bốn', 24], ['hai mươi lăm', 25], ['hai mươi nhăm', 25], ['ba mươi', 30], ['ba mươi mốt', 31],
  ['ba mươi tư', 34], ['ba mươi lăm', 35], ['bốn mươi', 40], ['bốn mươi tư', 44], ['bốn mươi lăm', 45],
  ['năm mươi', 50], ['năm mươi lăm', 55], ['năm mươi mốt', 51], ['sáu mươi', 60], ['sáu mươi chín', 69],
  ['bảy mươi', 70], ['bảy mươi bảy', 77], ['tám mươi', 80], ['tám mươi tám', 88], ['chín mươi', 90],
  ['chín mươi chín', 99], ['chín mươi mốt', 91], ['chín mươi nhăm', 95],
  // chục
  ['hai chục', 20], ['ba chục', 30], ['một chục', 10], ['chín chục', 90],
  // hundreds: linh/lẻ for an empty tens place, rưỡi for fifty
  ['một trăm', 100], ['một trăm linh một', 101], ['một trăm lẻ một', 101], ['một trăm linh năm', 105],
  ['một trăm lẻ năm', 105], ['một trăm linh tư', 104], ['một trăm linh bốn', 104], ['một trăm mười', 110],
  ['một trăm mười một', 111], ['một trăm mười lăm', 115], ['một trăm hai mươi', 120], ['một trăm hai mươi mốt', 121],
  ['một trăm năm mươi', 150], ['một trăm rưỡi', 150], ['hai trăm rưởi', 250], ['hai trăm', 200],
  ['ba trăm linh chín', 309], ['bốn trăm bốn mươi tư', 444], ['năm trăm năm mươi lăm', 555],
  ['sáu trăm', 600], ['bảy trăm lẻ bảy', 707], ['tám trăm tám mươi', 880], ['chín trăm chín mươi chín', 999],
  ['chín trăm chín mươi nhăm', 995],
  // thousands: nghìn/ngàn, zero hundreds, lẻ straight after the thousands
  ['một nghìn', 1000], ['một ngàn', 1000], ['ba nghìn', 3000], ['mười nghìn', 10_000], ['mười lăm nghìn', 15_000],
  ['mười lăm ngàn', 15_000], ['hai mươi lăm nghìn', 25_000], ['một trăm nghìn', 100_000],
  ['một trăm linh năm nghìn', 105_000], ['chín trăm chín mươi chín nghìn', 999_000],
  ['một nghìn không trăm linh năm', 1005], ['một nghìn lẻ một', 1001], ['một nghìn linh năm', 1005],
  ['một nghìn không trăm mười', 1010], ['một nghìn không trăm hai mươi tư', 1024], ['một nghìn một trăm', 1100],
  ['hai nghìn không trăm hai mươi tư', 2024], ['hai nghìn năm trăm', 2500], ['hai ngàn năm trăm', 2500],
  ['một nghìn rưỡi', 1500], ['ba nghìn tám trăm năm mươi', 3850], ['mười hai nghìn ba trăm bốn mươi lăm', 12_345],
  ['bốn mươi nghìn', 40_000], ['năm mươi nghìn', 50_000],
  // vạn (archaic)
  ['bảy mươi ba vạn', 730_000], ['một vạn', 10_000],
  // millions and billions
  ['một triệu', 1_000_000], ['ba triệu', 3_000_000], ['ba triệu rưỡi', 3_500_000], ['mười triệu', 10_000_000],
  ['một triệu hai trăm nghìn', 1_200_000], ['hai triệu năm trăm nghìn', 2_500_000],
  ['một triệu không trăm linh năm', 1_000_005], ['một triệu không nghìn hai trăm', 1_000_200],
  ['một trăm triệu', 100_000_000], ['chín trăm chín mươi chín triệu', 999_000_000],
  ['một tỷ', 1e9], ['một tỉ', 1e9], ['Mười hai tỷ', 12e9], ['hai mươi lăm tỷ', 25e9], ['hai mươi lăm tỉ', 25e9],
  ['một tỷ rưỡi', 1.5e9], ['ba tỷ hai trăm triệu', 3.2e9], ['ba tỷ không trăm linh năm triệu', 3_005_000_000],
  ['một nghìn tỷ', 1e12], ['một ngàn tỷ', 1e12], ['hai nghìn tỷ', 2e12], ['mười lăm nghìn tỷ', 15e12],
  ['một nghìn hai trăm tỷ', 1.2e12], ['hai trăm tỷ', 200e9],
  // digits with scale words, K thousands
  ['3 triệu rưỡi', 3_500_000], ['3 tỷ 200 triệu', 3.2e9], ['35 tỷ 200 triệu', 35.2e9], ['1,2 triệu', 1_200_000],
  ['2,155 triệu', 2_155_000], ['1,5 nghìn tỷ', 1.5e12], ['1,5tỷ', 1.5e9], ['30k', 30_000], ['10K', 10_000], ['50k', 50_000], ['1.370', 1370],
  ['82,6', 82.6], ['9.283.600.000', 9_283_600_000], ['5,6 triệu', 5_600_000], ['35 tỷ', 35e9], ['73 vạn', 730_000],
  ['2 nghìn tỷ', 2e12], ['1 tỷ 500 triệu', 1.5e9], ['7 triệu 500 nghìn', 7_500_000], ['100 nghìn', 100_000],
  ['15 ngàn', 15_000], ['2 triệu rưỡi', 2_500_000], ['4,5 tỉ', 4.5e9], ['12 triệu 300 nghìn', 12_300_000],
];

/** Hand rows read only after a qualifier (`hơn chục người`, `gần trăm hộ`). */
const BARE: readonly [string, number][] = [
  ['chục', 10], ['trăm', 100], ['nghìn', 1000], ['ngàn', 1000], ['triệu', 1e6], ['tỷ', 1e9], ['trăm rưỡi', 150],
  ['nghìn rưỡi', 1500], ['nghìn tỷ', 1e12],
];

/** Not numbers: idioms, a noun after a numeral, forms the grammar does not derive. */
const NOT_NUMBERS: readonly string[] = [
  'không', 'mười năm', 'hai mươi năm', 'một mươi', 'một nghìn năm', 'trăm', 'chục', 'nghìn', 'hàng trăm',
  'một trăm năm', 'ba triệu hai', 'một triệu hai trăm', 'mốt', 'tư', 'lăm', 'linh năm', 'mươi', 'rưỡi',
  'hai mươi mươi', 'mười mười', 'một nghìn nghìn', 'một số', 'hai bên', 'ba trăm hai', 'nhăm', 'mười nhăm',
  'hai chục năm', 'một trăm linh', 'tỷ lệ', '3 tỷ 200',
];

// ---- the writer: a number in words, group by group -------------------------------------------------------
const DIGIT = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

interface Variant {
  thousand: 'nghìn' | 'ngàn';
  zero: 'linh' | 'lẻ';
  billion: 'tỷ' | 'tỉ';
  one: 'mốt' | 'một';
  four: 'tư' | 'bốn';
  five: 'lăm' | 'nhăm';
}
const VARIANTS: readonly Variant[] = [
  { thousand: 'nghìn', zero: 'linh', billion: 'tỷ', one: 'mốt', four: 'tư', five: 'lăm' },
  { thousand: 'ngàn', zero: 'lẻ', billion: 'tỉ', one: 'một', four: 'bốn', five: 'nhăm' },
];

/** 0–999; `full`: write the hundreds even when zero (a group after a larger one). */
function spellGroup(n: number, full: boolean, v: Variant): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  const withHundreds = full || h > 0;
  if (withHundreds) out.push(DIGIT[h]!, 'trăm');
  if (t === 0) {
    if (u > 0) out.push(...(withHundreds ? [v.zero, DIGIT[u]!] : [DIGIT[u]!]));
  } else if (t === 1) {
    out.push('mười');
    if (u > 0) out.push(u === 5 ? 'lăm' : DIGIT[u]!);
  } else {
    out.push(DIGIT[t]!, 'mươi');
    if (u > 0) out.push(u === 1 ? v.one : u === 4 ? v.four : u === 5 ? v.five : DIGIT[u]!);
  }
  return out;
}

/** A positive integer below 10^15 in words. */
function spell(n: number, v: Variant): string {
  const out: string[] = [];
  const billions = Math.floor(n / 1e9);
  const rest = n % 1e9;
  if (billions > 0) out.push(spell(billions, v), v.billion);
  const groups: [number, string][] = [
    [Math.floor(rest / 1e6), 'triệu'],
    [Math.floor(rest / 1e3) % 1000, v.thousand],
    [rest % 1000, ''],
  ];
  let written = billions > 0;
  groups.forEach(([g, scale], i) => {
    if (g === 0) return;
    // `một triệu hai trăm` is 1,200,000 in speech: a hundreds group right after millions says `không nghìn`
    if (scale === '' && written && groups[1]![0] === 0 && i === 2 && g >= 100) out.push('không', v.thousand);
    out.push(...spellGroup(g, written, v));
    if (scale) out.push(scale);
    written = true;
  });
  return out.join(' ');
}

/** Numbers to spell: all of 1–130, then every order of magnitude with empty and full groups. */
function numbersToSpell(): number[] {
  const out = new Set<number>();
  for (let i = 1; i <= 130; i++) out.add(i);
  const seeds = [
    200, 205, 210, 215, 221, 234, 245, 999, 1000, 1001, 1005, 1010, 1015, 1024, 1100, 1500, 2021, 2500, 9999,
    10_000, 10_005, 15_000, 21_000, 25_000, 99_999, 100_000, 105_000, 110_000, 250_001, 999_999, 1_000_000,
    1_000_005, 1_000_200, 1_005_000, 1_200_000, 2_500_000, 3_500_000, 12_345_678, 100_000_001, 999_999_999,
    1e9, 1_000_000_005, 1_500_000_000, 3_200_000_000, 12e9, 25e9, 1e12, 2e12, 1_200_000_000_000, 15e12,
  ];
  seeds.forEach((s) => out.add(s));
  // a deterministic spread over six orders of magnitude
  let x = 7;
  for (let i = 0; i < 70; i++) {
    x = (x * 7919 + 104_729) % 1_000_003;
    out.add(x * (10 ** (i % 6)) + (i % 13));
  }
  return [...out];
}

describe('number words: hand table', () => {
  test.each(HAND)('%s = %d', (text, value) => {
    expect(readAmount(text)?.value).toBe(value);
  });
  test.each(BARE)('after a qualifier: %s = %d', (text, value) => {
    expect(readAmount(text, { bare: true })?.value).toBe(value);
  });
  test.each(BARE.filter(([t]) => t !== 'tỷ' && t !== 'triệu'))('alone: %s is no number', (text) => {
    expect(readAmount(text)).toBeNull();
  });
  test.each(NOT_NUMBERS)('not a number: %s', (text) => {
    expect(readAmount(text)).toBeNull();
  });
});

describe('number words: digits → words → value', () => {
  const numbers = numbersToSpell();
  const rows = VARIANTS.flatMap((v) => numbers.map((n) => [spell(n, v), String(n), n] as const));
  test('the table has at least 300 written forms', () => {
    expect(HAND.length + BARE.length + new Set(rows.map((r) => r[0])).size).toBeGreaterThanOrEqual(300);
  });
  test.each(rows)('%s = %s', (words, digits, n) => {
    expect(readNumberWords(words)).toBe(parseViNumber(digits).value);
    expect(readNumberWords(words)).toBe(n);
  });
});

describe('number words: the digit parser agrees on thousands groups', () => {
  // the same value written as Vietnamese digits (`1.234.567`) and as words
  const values = [1370, 11_186, 438_116, 1_234_567, 9_283_600_000];
  test.each(values)('%d', (n) => {
    const grouped = n.toLocaleString('de-DE'); // `.` thousands, the Vietnamese grouping
    expect(parseViNumber(grouped).value).toBe(n);
    expect(readNumberWords(spell(n, VARIANTS[0]!))).toBe(n);
  });
});

describe('AMOUNT_MAX_LENGTH', () => {
  test('the longest amounts the pattern allows match whole and fit in it', async () => {
    const { AMOUNT, AMOUNT_MAX_LENGTH } = await import('../../src/patterns/vi-number-words.js');
    const { NUMERAL_WORDS } = await import('../../src/lexicon/number-words.js');
    const amount = XRegExp(`(?: ${AMOUNT} )`, 'xuiy');
    const digits = Array.from({ length: 7 }, () => '123456789012345').join('.');
    const scales = 'triệu  triệu';
    const longest = [...NUMERAL_WORDS].sort((a, b) => b.length - a.length)[0]!;
    for (const text of [`${digits}k  ${scales}  123  ${scales}  123  ${scales}`, Array.from({ length: 16 }, () => longest).join('  ')]) {
      amount.lastIndex = 0;
      const m = amount.exec(text + ' người');
      expect(m?.[0].length).toBe(text.length);
      expect(text.length).toBeLessThanOrEqual(AMOUNT_MAX_LENGTH);
    }
  });
});
