/**
 * The trigger pass (core/triggers.ts) finds exactly what the whole-text scan finds: every rule's raw match list,
 * on every fixture text, on variants of them, and on random texts made of the rules' vocabulary; and the whole
 * record is byte-identical on every fixture text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { compileTrigger, numberEnd } from '../src/core/triggers.js';
import { CURRENCY_WORDS, COUNT_NOUNS, MEASURE_UNITS, PERCENT_WORDS, TIME_NOUNS } from '../src/lexicon/units.js';
import {
  AHEAD_WORDS,
  DAY_TRIGGERS,
  MONTH_WORDS,
  PLURAL_YEAR_WORDS,
  RELATIVE_DAYS,
  RELATIVE_OFFSETS,
  SAME_PERIOD_WORDS,
  TIME_OF_DAY_WORDS,
  YEAR_RANGE_LEADS,
} from '../src/lexicon/dates.js';
import { test as matches } from '../src/patterns/regex.js';
import { AFTER_NUMBER_IN_AMOUNT } from '../src/patterns/vi-number-words.js';
import { BIG_SCALES, HALF_WORDS } from '../src/lexicon/number-words.js';
import { BRAND_HEADS } from '../src/lexicon/org-heads.js';
import { differingRules, TRIGGERED_RULES } from './helpers/triggers.js';
import { random } from './helpers/random.js';

const textsIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));

const FILES = [
  ...textsIn('fixtures/seeds'),
  ...textsIn('fixtures/texts'),
  ...readdirSync('fixtures/dev', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = path.join('fixtures/dev', d.name, 'texts');
      return existsSync(dir) ? textsIn(dir) : [];
    }),
];

/** The phrases of the corpus files (fixtures/corpus/*.json), one text each. */
function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'texts' || k === 'not') && Array.isArray(x)) out.push(...x.filter((t): t is string => typeof t === 'string'));
        else if (k === 'text' && typeof x === 'string') out.push(x);
        else walk(x);
      }
    }
  };
  for (const f of readdirSync('fixtures/corpus').filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(path.join('fixtures/corpus', f), 'utf8')));
  return out;
}

const PHRASES = corpusTexts();

/** Variants that move case, digits and line breaks around: upper and lower case, digits shifted, lines joined. */
const variants = (text: string): string[] => [
  text.toUpperCase(),
  text.toLowerCase(),
  text.replace(/* every digit */ /[0-9]/g, (d) => String((Number(d) + 7) % 10)),
  text.replaceAll('\n', ' ').replaceAll('  ', ' '),
  text.replaceAll(' ', '  '),
];

const report = (where: string, diffs: ReturnType<typeof differingRules>): string =>
  diffs.map((d) => `${where} ${d.rule}\n  whole only: ${d.whole.join('\n    ')}\n  triggered only: ${d.triggered.join('\n    ')}`).join('\n');

describe('trigger pass = whole-text scan', () => {
  test('there are triggered rules and fixture texts to compare', () => {
    expect(TRIGGERED_RULES.length).toBeGreaterThan(10);
    expect(FILES.length).toBeGreaterThan(30);
  });

  test('every rule, every fixture text and its variants: the same raw matches', () => {
    const problems: string[] = [];
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      for (const [i, t] of [text, ...variants(text)].entries()) {
        const diffs = differingRules(t);
        if (diffs.length > 0) problems.push(report(`${file} (variant ${i})`, diffs));
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  test('every rule, every corpus phrase (alone, upper case, after a word): the same raw matches', () => {
    const problems: string[] = [];
    expect(PHRASES.length).toBeGreaterThan(100);
    for (const p of PHRASES) {
      for (const t of [p, p.toUpperCase(), `x${p}`, `Theo ${p}.`]) {
        const diffs = differingRules(t);
        if (diffs.length > 0) problems.push(report(JSON.stringify(t), diffs));
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  test('every fixture text: the same record, byte for byte', () => {
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      const input = { text, source: { path: file, format: 'text' as const, encoding: 'utf-8', bytes: Buffer.byteLength(text), sha256: null } };
      const whole = JSON.stringify(extractDocument(input, { wholeText: true, explain: true }));
      expect(JSON.stringify(extractDocument(input, { explain: true })), file).toBe(whole);
    }
  });
});

// --- random texts from the rules' vocabulary --------------------------------------------------------------------


const VOCABULARY = [
  ...new Set([
    ...TRIGGERED_RULES.flatMap((r) => r.trigger?.words ?? []),
    ...CURRENCY_WORDS,
    ...COUNT_NOUNS,
    ...MEASURE_UNITS,
    ...PERCENT_WORDS,
    ...TIME_NOUNS,
    ...AHEAD_WORDS,
    ...DAY_TRIGGERS,
    ...Object.keys(MONTH_WORDS),
    ...PLURAL_YEAR_WORDS,
    ...Object.keys(RELATIVE_DAYS),
    ...Object.keys(RELATIVE_OFFSETS),
    ...SAME_PERIOD_WORDS,
    ...TIME_OF_DAY_WORDS,
    ...YEAR_RANGE_LEADS,
    ...['ngày', 'tháng', 'năm', 'quý', 'tuần', 'âm lịch', 'Tết', 'rằm', 'mùng', 'từ', 'đến', 'lần thứ', 'khóa', 'Trung ương', 'Đảng', 'Hội nghị'],
    ...['Đại hội', 'toàn quốc', 'của', 'về', 'việc', 'số', 'Số:', 'I', 'II', 'IV', 'XIII', 'K', 'k', 'người', 'hộ', 'xã', 'Covid', 'âm', 'lịch'],
    // the capital trigger (names in capitals, brands): capitals in and beyond the letter table, marks before them
    ...['ỦY BAN NHÂN DÂN', 'BỘ Y TẾ', 'TP.HCM', 'GD&ĐT', 'SỞ', 'ＡＢ', 'ǅa', '\u0301', 'DongA', 'Vietjet', 'Techcombank', ...BRAND_HEADS],
  ]),
];
const SEPARATORS = [' ', ' ', ' ', ' ', '', '  ', '\n', ', ', '/', '.', '-', ' - ', ':', '%', '(', ')', '“', '”', '"', ' / '];

function randomDigits(next: () => number): string {
  const r = next();
  if (r < 0.1) return '1'.repeat(16 + Math.floor(next() * 6)); // longer than any bounded digit run
  if (r < 0.4) return String(1990 + Math.floor(next() * 40));
  if (r < 0.7) return String(Math.floor(next() * 32));
  return `${Math.floor(next() * 1000)}.${String(Math.floor(next() * 1000)).padStart(3, '0')}`;
}

/** A piece of a corpus phrase: whole, cut at a random place, or from a random place on (so it starts mid-structure). */
function phrasePiece(next: () => number): string {
  const p = PHRASES[Math.floor(next() * PHRASES.length)]!;
  const r = next();
  const cut = Math.floor(next() * (p.length + 1));
  return r < 0.5 ? p : r < 0.75 ? p.slice(0, cut) : p.slice(cut);
}

function randomText(next: () => number): string {
  let out = '';
  const n = 3 + Math.floor(next() * 30);
  for (let i = 0; i < n; i++) {
    const r = next();
    let token = r < 0.3 ? randomDigits(next) : r < 0.45 ? phrasePiece(next) : VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
    const c = next();
    if (c < 0.1) token = token.toUpperCase();
    else if (c < 0.25 && token.length > 0) token = token[0]!.toUpperCase() + token.slice(1);
    out += token + SEPARATORS[Math.floor(next() * SEPARATORS.length)]!;
  }
  return out;
}

describe('trigger pass = whole-text scan on random texts of the rules vocabulary', () => {
  test('4,000 random texts: the same raw matches for every rule', () => {
    const next = random(20261202);
    const problems: string[] = [];
    for (let i = 0; i < 4000 && problems.length < 5; i++) {
      const t = randomText(next);
      const diffs = differingRules(t);
      if (diffs.length > 0) problems.push(report(JSON.stringify(t), diffs));
    }
    expect(problems.join('\n')).toBe('');
  });

  test('the generator reaches most triggered rules (a test that matches nothing proves nothing)', () => {
    const next = random(7);
    const texts = Array.from({ length: 1500 }, () => randomText(next));
    const matched = TRIGGERED_RULES.filter((r) => texts.some((t) => matches(r.pattern, t)));
    const missed = TRIGGERED_RULES.filter((r) => !matched.includes(r)).map((r) => r.name);
    expect(missed.length, `never matched: ${missed.join(', ')}`).toBeLessThan(TRIGGERED_RULES.length * 0.2);
  });
});

describe('near words at the edge of their window', () => {
  // each text puts the near word as far after the start as its pattern allows (spaces and line breaks at their
  // longest): the trigger path still finds the match, and the whole-text scan finds the same
  const EDGES: Record<string, string[]> = {
    'dates/lunar-day': ['mồng  \n  15  \n  tháng Giêng năm Giáp Thìn', 'RẰM  \n  THÁNG BẢY', 'Ngày 23   tháng Chạp'],
    'dates/lunar-numeric': ['NGÀY  \r\n  06/3  \r\n  năm Quý Mão', 'mùng 10-3 năm Giáp Thìn'],
    'dates/ahead-run': ['trong mười   một  tháng  tới', 'trong 12  năm  tiếp theo', 'Ba ngày sắp tới'],
    'statistics/ratio-colon': ['tỷ lệ 123456 : 7', 'tỉ lệ  1:2'],
    // a unit as far after the number's end as the amount's tail allows (`K`, two scale words, twice a group and two
    // scale words, two spaces); the number itself of seven groups; and a qualifier's window
    'statistics/money': [
      '9.999K  nghìn  triệu  123  nghìn  triệu  456  nghìn  triệu  đồng',
      '1.234.567.890,123.456.789K  nghìn  triệu  123  nghìn  triệu  456  nghìn  triệu  USD',
      'khoảng   1.234.567.890,123.456.789K  nghìn  triệu  123  nghìn  triệu  456  nghìn  triệu  đồng',
    ],
    'statistics/percent': ['9.999K  nghìn  triệu  123  nghìn  triệu  456  nghìn  triệu  %', '12,5  phần trăm'],
    'statistics/measure': ['1.234.567.890,123.456.789K  nghìn  triệu  123  nghìn  triệu  456  nghìn  triệu  tấn'],
    'statistics/ratio-shared-unit': ['83,2  %  /  50  %', '1.234.567.890,123.456.789  %  /  50  %', '3  /  5 xã'],
    // a number followed by each way an amount goes on (numberThen): a space, `K`, a scale word written close
    'statistics/count': ['5 người', '1.234,5 người', '10K người', '10k  cán bộ', '5triệu người', '5Triệu người', '3nghìn hộ', '2vạn cây', '5rưỡi tháng'],
    'statistics/ratio': ['2.172 ý kiến/2.631 ý kiến', '5nghìn người/6 nghìn người', '3K hộ/4K hộ', '1,5tỷ cây / 2 tỷ cây'],
    // a bare number's symbol as far as it may start (SYMBOL_WITHIN): five digits, then two glued characters and two
    // spaces before a hyphen, or two spaces, a spaced group of fourteen and two spaces before a slash; and a type
    // word, whose number needs no slash at all
    'documents/reference': ['12345ab  -CT', '12345  QĐABCDEFGHIJKL  /TW', 'theo 84 QĐ/TWĐTN', 'Nghị quyết 25, năm'],
  };
  for (const [rule, texts] of Object.entries(EDGES)) {
    test(rule, () => {
      const pattern = TRIGGERED_RULES.find((r) => r.name === rule)!.pattern;
      for (const t of texts) {
        expect(matches(pattern, t), `${rule} matches ${JSON.stringify(t)}`).toBe(true);
        expect(differingRules(t)).toEqual([]);
        expect(differingRules(`x ${t} x`)).toEqual([]);
      }
    });
  }
});

describe('trigger declarations', () => {
  test('a word that cannot start a token, or an empty trigger, is an error', () => {
    expect(() => compileTrigger({ words: [' x'] })).toThrow(/empty or starts with a space/);
    expect(() => compileTrigger({ words: [''] })).toThrow(/empty or starts with a space/);
    expect(() => compileTrigger({})).toThrow(/needs words, digits or capitals/);
    expect(() => compileTrigger({ digit: true, before: 1000 })).toThrow(/0–256/);
    // a window after the number needs the match to start at the number, and is no wider than the window it narrows
    expect(() => compileTrigger({ digit: true, before: 2, near: { words: ['/'], within: 10, afterNumber: 5 } })).toThrow(/with before 0/);
    expect(() => compileTrigger({ digit: true, near: { words: ['/'], within: 10, afterNumber: 11 } })).toThrow(/afterNumber must be 0–10/);
    expect(() => compileTrigger({ digit: true, before: 2, near: { words: ['/'], within: 10, digitsOnly: true } })).toThrow(/digitsOnly needs before 0/);
    expect(() => compileTrigger({ words: ['gần'], numberThen: ' ' })).toThrow(/numberThen needs/);
    expect(() => compileTrigger({ digit: true, before: 3, numberThen: ' ' })).toThrow(/numberThen needs/);
    expect(() => compileTrigger({ digit: true, numberThen: '' })).toThrow(/numberThen needs/);
  });

  test('AFTER_NUMBER_IN_AMOUNT: exactly the code units that a space, K or the first letter of a scale word matches under /iu', () => {
    const firsts = [...Object.keys(BIG_SCALES), ...HALF_WORDS].map((w) => w[0]!);
    const closure = new RegExp(`^(?:[ kK]|[${firsts.join('')}])$`, 'iu');
    const expected: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (closure.test(String.fromCharCode(u))) expected.push(String.fromCharCode(u));
    expect([...AFTER_NUMBER_IN_AMOUNT].sort()).toEqual(expected.sort());
  });

  test('numberEnd: up to seven runs of digits, each joined to the next by one dot or comma', () => {
    const end = (s: string): string => s.slice(0, numberEnd(s, 0));
    expect(end('5/3/2021')).toBe('5');
    expect(end('1.234.567,89 tỷ')).toBe('1.234.567,89');
    expect(end('1.2.3.4.5.6.7.8.9')).toBe('1.2.3.4.5.6.7');
    expect(end('12. Ngày')).toBe('12');
    expect(end('3,,5')).toBe('3');
    expect(end('2021.')).toBe('2021');
  });
});
