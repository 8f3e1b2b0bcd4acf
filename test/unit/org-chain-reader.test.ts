/**
 * The chain readers (organizations/chain.ts) read exactly what the patterns they replaced matched: `organAt` the
 * sticky organ piece, `baseAt` the sticky base piece (and which of its named groups matched: field, agency, base,
 * steering, adhoc), `chainEnd` the chain pattern of organs and a base or an organ, and the rule's gate with the chain
 * reader (`chainMatches`) the scan of that pattern continued by the level phrase.
 *
 * The references are the old constructions (test/helpers/org-reference.ts). Both sides are compared at every position
 * of every fixture text (and of its capitals folded as the capitals rule folds them), of every organizations corpus
 * phrase, and of random strings made of the lexicons' words, spaces, hyphens, commas, capitals and digits.
 */
import { describe, expect, test } from 'vitest';
import { CAP_LEVELS, LEVEL_WORDS } from '../../src/lexicon/org-levels.js';
import { AGENCY_NAMES, AGENCY_OFFICES, FIELD_OFFICES, MINISTRY_ONLY_FIELDS, NOT_ADHOC_BAN, PURPOSE_STOP_WORDS } from '../../src/lexicon/org-names.js';
import { baseAt, chainEnd, chainMatches, organAt } from '../../src/extractors/organizations/chain.js';
import { extendByLevel, isWordPoint } from '../../src/extractors/organizations/level.js';
import { BASE_FORMS, FIELD_FORMS, ORGAN_FORMS } from '../../src/extractors/organizations/patterns.js';
import { matchAll, matchAt, test as matches, vx } from '../../src/patterns/regex.js';
import { BASE_REF, CHAIN_REF, ORGAN_REF } from '../helpers/org-reference.js';
import { FIXTURE_TEXTS, corpusPhrases, pick, random, varied, views } from '../helpers/org-texts.js';

/** Readings by alternative: `organ`, `field`, `field-ministry` (`Bộ` + a field only a ministry had), `agency`, `agency-caps`, `base`, `steering`, `adhoc`, and chains with organs before their last unit. */
type Counts = Record<string, number>;
const ALTERNATIVES = ['organ', 'field', 'field-ministry', 'agency', 'agency-caps', 'base', 'steering', 'adhoc', 'chain', 'chain+organs'];

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const AGENCY_NAME_KEYS = new Set(AGENCY_NAMES.map((n) => n.toLowerCase()));
const MINISTRY_KEYS = new Set(MINISTRY_ONLY_FIELDS.map((f) => f.name.toLowerCase()));
const bump = (counts: Counts, kind: string): void => void (counts[kind] = (counts[kind] ?? 0) + 1);

/** The kind the old base piece's named groups told parse.ts (and, for the count, which branch of it). */
function refKind(g: Record<string, string | undefined>): string {
  return g.field ? 'field' : g.agency ? 'agency' : g.steering ? 'steering' : g.adhoc ? 'adhoc' : 'base';
}
function branchOf(kind: string, text: string): string {
  const words = text.split(' ').filter(Boolean);
  // `Cục`, `Chi cục`, `Tổng cục`: the agency's name after its office word
  const rest = words.slice(kind === 'agency' && words[0]!.toLowerCase() !== 'cục' ? 2 : 1).join(' ').toLowerCase();
  if (kind === 'field' && MINISTRY_KEYS.has(rest) && text.startsWith('Bộ')) return 'field-ministry';
  if (kind === 'agency' && !AGENCY_NAME_KEYS.has(rest)) return 'agency-caps';
  return kind;
}

function differences(text: string, counts: Counts): string[] {
  const out: string[] = [];
  for (let p = 0; p <= text.length && out.length < 5; p++) {
    if (p > 0 && isLowSurrogate(text.charCodeAt(p))) continue; // inside a surrogate pair: no match starts there
    const at = JSON.stringify(text.slice(p, p + 40));
    const organRef = matchAt(ORGAN_REF, text, p);
    const organ = organAt(text, p);
    if (organRef) bump(counts, 'organ');
    if (organ !== (organRef ? p + organRef.text.length : -1)) out.push(`organ at ${p} ${at}: ${organ} ≠ ${organRef?.text}`);
    const baseRef = matchAt(BASE_REF, text, p);
    const expected = baseRef ? { kind: refKind(baseRef.groups), end: p + baseRef.text.length } : null;
    if (baseRef) bump(counts, branchOf(expected!.kind, baseRef.text));
    const base = baseAt(text, p);
    if (JSON.stringify(base) !== JSON.stringify(expected)) out.push(`base at ${p} ${at}: ${JSON.stringify(base)} ≠ ${JSON.stringify(expected)}`);
    const chainRef = matchAt(CHAIN_REF, text, p);
    const chain = chainEnd(text, p);
    if (chainRef) {
      bump(counts, 'chain');
      const end = p + chainRef.text.length;
      if (end !== expected?.end && end !== (organRef ? p + organRef.text.length : -1)) bump(counts, 'chain+organs');
    }
    if (chain !== (chainRef ? p + chainRef.text.length : -1)) out.push(`chain at ${p} ${at}: ${chain} ≠ ${chainRef?.text}`);
  }
  // the rule's scan: the gate and the chain reader, from the end of each match on, as the old pattern and the level reader
  const scanned = [...chainMatches(text)].map((m) => `${m.index}:${m.text}`);
  const expected = [...matchAll(CHAIN_REF, text, 0, extendByLevel)].map((m) => `${m.index}:${m.text}`);
  if (scanned.join('\n') !== expected.join('\n')) out.push(`chain scan: ${scanned.filter((l) => !expected.includes(l)).join(' | ')} ≠ ${expected.filter((l) => !scanned.includes(l)).join(' | ')}`);
  return out;
}

/** The texts reach every alternative (a test that matches nothing proves nothing). */
function expectReached(counts: Counts, least: number, kinds = ALTERNATIVES): void {
  for (const kind of kinds) expect(counts[kind] ?? 0, kind).toBeGreaterThanOrEqual(least);
}
// the real texts name no ministry of before 2008 (`Bộ Thương mại`): the random strings reach that branch
const IN_TEXTS = ALTERNATIVES.filter((k) => k !== 'field-ministry');

const WORDS: readonly string[] = [
  ...new Set([
    ...ORGAN_FORMS,
    ...BASE_FORMS,
    ...FIELD_FORMS,
    ...FIELD_OFFICES.map((o) => o.word),
    ...MINISTRY_ONLY_FIELDS.map((f) => f.name),
    ...AGENCY_OFFICES.map((o) => o.word),
    ...AGENCY_NAMES,
    ...NOT_ADHOC_BAN,
    ...PURPOSE_STOP_WORDS,
    ...Object.keys(LEVEL_WORDS),
    ...Object.keys(CAP_LEVELS),
    ...['Ban', 'ban', 'Ban Chỉ đạo', 'Ban chỉ huy', 'BCĐ', 'phòng, chống', 'Phòng, chống', 'dịch', 'Covid-19', 'công tác', 'tôn giáo', '389'],
    ...['Tiếp nhận', 'Đường thủy', 'Abcdefgh', 'Abcdefghi', 'Ab Cd', 'Lào Cai', 'tỉnh Lào Cai', 'Việt Nam', 'Bộ', 'Sở', 'Cục', 'Chi cục', 'Tổng cục'],
  ]),
];

/** A random string of the chain lexicons' words, separators, cases and digits. */
function randomString(next: () => number): string {
  const SEPARATORS = ['', ' ', ' ', ' ', ' ', '  ', '   ', '    ', '-', ' - ', ', ', '.', '\n', '(', ')', '1', 'x'];
  let out = '';
  const n = 2 + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) {
    const r = next();
    const sep = (): string => pick(next, ['', ' ', ' ', '  ', '   ', '    ']);
    const w =
      r < 0.15 // an office and a field: `Sở Y tế`, `Bộ Thương mại`
        ? `${pick(next, [...FIELD_OFFICES.map((o) => o.word), 'Bộ'])}${sep()}${pick(next, [...FIELD_FORMS, ...MINISTRY_ONLY_FIELDS.map((f) => f.name), ...WORDS])}`
        : r < 0.25 // an agency and its name: `Cục Thuế`, `Chi cục Đường thủy`
          ? `${pick(next, AGENCY_OFFICES.map((o) => o.word))}${sep()}${pick(next, [...AGENCY_NAMES, ...WORDS])}`
          : pick(next, WORDS);
    out += varied(next, w) + pick(next, SEPARATORS);
  }
  return out;
}

describe('chain readers = the patterns they replaced', () => {
  test('every position of every fixture text, as written and with its capitals folded', () => {
    expect(FIXTURE_TEXTS.length).toBeGreaterThan(100);
    const counts: Counts = {};
    const problems: string[] = [];
    for (const [file, raw] of FIXTURE_TEXTS) {
      for (const v of views(raw)) problems.push(...differences(v, counts).map((d) => `${file}: ${d}`));
    }
    expect(problems.slice(0, 10).join('\n')).toBe('');
    expectReached(counts, 2, IN_TEXTS);
  });

  test('every organizations corpus phrase: alone, in capitals, after a word', () => {
    const phrases = corpusPhrases();
    expect(phrases.length).toBeGreaterThan(300);
    const counts: Counts = {};
    const problems: string[] = [];
    for (const p of phrases) {
      for (const t of [p, p.toUpperCase(), `Theo ${p}.`]) for (const v of views(t)) problems.push(...differences(v, counts).map((d) => `${JSON.stringify(t)}: ${d}`));
    }
    expect(problems.slice(0, 10).join('\n')).toBe('');
    expectReached(counts, 3, IN_TEXTS);
  });

  test('8,000 random strings of the lexicons words, spaces, hyphens, commas, capitals and digits', () => {
    const next = random(20261202);
    const counts: Counts = {};
    const problems: string[] = [];
    for (let i = 0; i < 8000 && problems.length < 10; i++) {
      const t = randomString(next);
      problems.push(...differences(t, counts).map((d) => `${JSON.stringify(t)}: ${d}`));
    }
    expect(problems.slice(0, 10).join('\n')).toBe('');
    expectReached(counts, 20);
  });
});

describe('the word boundary of the readers', () => {
  // the class of the patterns' `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`
  const WORD_CHAR_REF = vx('test/org-word-char-reference', String.raw`^[\p{L}\p{N}]$`);

  test('the table of the code points below U+2000, and the pattern above, are the class', () => {
    const wrong: string[] = [];
    let words = 0;
    // every code point of the table, and a sample above it (CJK, Hangul, surrogate pairs, private use, unassigned)
    const points = [...Array.from({ length: 0x3000 }, (_, i) => i), 0x4e00, 0xac00, 0xe000, 0xfffd, 0x10400, 0x1d400, 0x1f600, 0xe0001];
    for (const cp of points) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const expected = matches(WORD_CHAR_REF, String.fromCodePoint(cp));
      if (expected) words++;
      if (isWordPoint(cp) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(words).toBeGreaterThan(1000);
  });
});
