/**
 * The level reader (organizations/level.ts) reads exactly what the level pattern it replaced matched, and the chain
 * pattern continued by it (`extendByLevel`) matches exactly what the chain pattern with the level inside matched.
 *
 * The references are the old constructions, kept here: the loose alternation as it spelled a lexicon (longest phrase
 * first, factored by words), the level pattern of the provinces', districts' and capitalized names, and the chain
 * with its optional level tail. Both sides are compared at every position of every fixture text (and of its capitals
 * folded as the capitals rule folds them), of every organizations corpus phrase, and of random strings made of the
 * lexicons' words, spaces, hyphens, dots, capitals and digits.
 */
import { describe, expect, test } from 'vitest';
import { LEVEL_ABBREVIATIONS } from '../../src/lexicon/abbreviations.js';
import { CAP_LEVELS, CENTRAL_WORDS, LEVEL_WORDS, NOT_PLACE_WORDS } from '../../src/lexicon/org-levels.js';
import { DISTRICT_FORMS, PROVINCE_FORMS, levelAt, type LevelPart } from '../../src/extractors/organizations/level.js';
import { chainAt, chainMatches } from '../../src/extractors/organizations/chain.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, matchAll, matchAllNear, matchAt, vx, type Match } from '../../src/patterns/regex.js';
import { CHAIN_REF as CHAIN_PATTERN_REF, looseAlternation } from '../helpers/org-reference.js';
import { FIXTURE_TEXTS, corpusPhrases, pick, random, varied, views } from '../helpers/org-texts.js';

// --- the reference: the level pattern as it was built (lexicons as loose alternations: test/helpers) ------------

const CAP_WORD = String.raw`\p{Lu}\p{Ll}{0,7}`;
const PARTS: Record<string, string> = {
  genericPlace: `(?!${alternation(NOT_PLACE_WORDS)}${NOT_BEFORE_WORD})${CAP_WORD}(?:[ ]${CAP_WORD}){0,2}`,
  province: looseAlternation(PROVINCE_FORMS),
  district: looseAlternation(DISTRICT_FORMS),
};
const fill = (source: string): string => Object.entries(PARTS).reduce((out, [name, part]) => out.replaceAll(`{{${name}}}`, `(?:${part})`), source);
const g = (named: boolean, name: string): string => (named ? `(?<${name}>` : '(?:');

const levelSource = (n: boolean): string => String.raw`
  ${NOT_AFTER_WORD}
  (?: ${g(n, 'cap')} ${alternation(Object.keys(CAP_LEVELS))} )
    | ${g(n, 'central')} ${alternation(CENTRAL_WORDS)} )
    | ${g(n, 'vn')} Việt[ ]{1,3}Nam | VN )
    | ${g(n, 'word')} ${looseAlternation(Object.keys(LEVEL_WORDS))} ) (?! [ ]{1,3} (?: [ủỦ]y | [đĐ]oàn ) ${NOT_BEFORE_WORD} )
      (?: [ ]{1,3} ${g(n, 'place')} {{province}} | {{district}} | {{genericPlace}} ) )?
    | ${g(n, 'abbr')} ${alternation(Object.keys(LEVEL_ABBREVIATIONS).filter((k) => k.endsWith('.')))} | (?:TP|Tp|TX)(?=[ ]) | TP(?=HCM) ) [ ]{0,2}
      ${g(n, 'place2')} {{province}} | {{district}} | HCM | {{genericPlace}} )
    | ${g(n, 'bare')} {{province}} | {{district}} )
  ) ${NOT_BEFORE_WORD}`;

const LEVEL_REF = vx('test/org-level-reference', fill(levelSource(true)));
const ABBR_IN_NAME = String.raw`\( [A-ZĐ&]{2,8} \)`;
// the chain's old tail: the optional level after the organs and base, then the boundary
const TAIL_REF = vx('test/org-chain-tail-reference', fill(String.raw`(?: [ ]{1,3} (?: ${ABBR_IN_NAME} [ ]{1,3} )? ${levelSource(false)} )? ${NOT_BEFORE_WORD}`));
// the old chain: organs and base (test/helpers/org-reference.ts), then the tail; a test pattern, outside the registry
const CHAIN_SOURCE = `(?:${CHAIN_PATTERN_REF.source})(?:${TAIL_REF.source})`;
const CHAIN_REF = new RegExp(CHAIN_SOURCE, CHAIN_PATTERN_REF.regex.flags);
const CHAIN_REF_AT = new RegExp(CHAIN_SOURCE, CHAIN_PATTERN_REF.sticky.flags);

/** The level part the parser built from the reference's groups (parse.ts before the reader). */
function toLevel(g: Record<string, string | undefined>, text: string, at: number): LevelPart {
  const end = at + text.length;
  const placeRaw = g.place ?? g.place2;
  const place = placeRaw ? { start: end - placeRaw.length, end, raw: placeRaw } : null;
  if (g.cap) return { kind: 'cap', start: at, end, word: g.cap, place: null };
  if (g.central) return { kind: 'central', start: at, end, word: g.central, place: null };
  if (g.vn) return { kind: 'vn', start: at, end, word: g.vn, place: null };
  if (g.word) return { kind: 'word', start: at, end, word: g.word, place };
  if (g.abbr) return { kind: 'abbr', start: at, end, word: g.abbr, place };
  return { kind: 'bare', start: at, end, word: null, place: { start: at, end, raw: text } };
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Where reader and reference differ in `text`, as lines (empty when they agree everywhere). */
interface Counts {
  levels: number;
  chains: number;
  /** Reference readings by alternative (`word+place`, `abbr+place`, `bare`, ...). */
  kinds: Record<string, number>;
}
const newCounts = (): Counts => ({ levels: 0, chains: 0, kinds: {} });
const KINDS = ['cap', 'central', 'vn', 'word', 'word+place', 'abbr+place', 'bare'];

/** The texts reach every alternative of the pattern, and chains with and without a level (a test that matches nothing proves nothing). */
function expectReached(counts: Counts, chains: number): void {
  for (const kind of KINDS) expect(counts.kinds[kind] ?? 0, kind).toBeGreaterThanOrEqual(10);
  expect(counts.chains).toBeGreaterThanOrEqual(chains);
}

function differences(text: string, counts: Counts): string[] {
  const out: string[] = [];
  for (let p = 0; p <= text.length && out.length < 5; p++) {
    if (p > 0 && isLowSurrogate(text.charCodeAt(p))) continue; // inside a surrogate pair: no match starts there
    const ref = matchAt(LEVEL_REF, text, p);
    const expected = ref ? JSON.stringify(toLevel(ref.groups, ref.text, p)) : 'null';
    const actual = JSON.stringify(levelAt(text, p));
    if (ref) {
      counts.levels++;
      const level = toLevel(ref.groups, ref.text, p);
      const kind = `${level.kind}${level.kind !== 'bare' && level.place ? '+place' : ''}`;
      counts.kinds[kind] = (counts.kinds[kind] ?? 0) + 1;
    }
    if (actual !== expected) out.push(`level at ${p} ${JSON.stringify(text.slice(p, p + 40))}: ${actual} ≠ ${expected}`);
    CHAIN_REF_AT.lastIndex = p;
    const chainRef = CHAIN_REF_AT.exec(text);
    const chain = chainAt(text, p);
    if (chainRef) counts.chains++;
    if ((chain?.text ?? null) !== (chainRef?.[0] ?? null)) out.push(`chain at ${p}: ${JSON.stringify(chain?.text)} ≠ ${JSON.stringify(chainRef?.[0])}`);
  }
  // the scan from the end of each match on, as the rule's passes run it
  const scanned = [...chainMatches(text)].map((m: Match) => `${m.index}:${m.text}`);
  const expected = [...text.matchAll(CHAIN_REF)].map((m) => `${m.index}:${m[0]}`);
  if (scanned.join('\n') !== expected.join('\n')) out.push(`chain scan: ${scanned.filter((l) => !expected.includes(l)).join(' | ')} ≠ ${expected.filter((l) => !scanned.includes(l)).join(' | ')}`);
  return out;
}

// --- the random strings ---------------------------------------------------------------------------------------------

const WORDS: readonly string[] = [
  ...new Set([
    ...Object.keys(LEVEL_WORDS),
    ...Object.keys(CAP_LEVELS),
    ...CENTRAL_WORDS,
    ...Object.keys(LEVEL_ABBREVIATIONS),
    ...NOT_PLACE_WORDS,
    ...['Việt Nam', 'Việt', 'Nam', 'VN', 'HCM', 'TPHCM', 'TP.HCM', 'ủy', 'Ủy', 'đoàn', 'Đoàn', 'ủy ban', 'Tỉnh ủy', 'Huyện đoàn'],
    ...['Ủy ban nhân dân', 'UBND', 'HĐND', 'Sở Y tế', 'Ban Dân vận', 'Ban Thường vụ', 'Hội Nông dân', 'Công an', '(UBND)', '(VKSND)', '(AB)', '(ABCDEFGHI)'],
    ...['Sông', 'Lô', 'Bảo Thắng', 'Tân Phú', 'Abcdefghij', 'Ab', 'Hà', 'Hồ', 'Chí', 'Minh', 'Bà Rịa', 'Rịa-Vũng', 'Vũng Tàu', 'Đắk', "H'Leo", 'Ea'],
  ]),
];

/** A random string of lexicon words (provinces and districts among them), separators, cases and digits. */
function randomString(next: () => number): string {
  const SEPARATORS = ['', ' ', ' ', ' ', '  ', '   ', '    ', '-', ' - ', ' -', '- ', '.', '. ', ', ', '\n', '(', ')', '1', '2024 '];
  let out = '';
  const n = 2 + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) {
    const r = next();
    const place = (): string => (next() < 0.4 ? pick(next, PROVINCE_FORMS) : next() < 0.7 ? pick(next, DISTRICT_FORMS) : pick(next, WORDS));
    const w =
      r < 0.2
        ? pick(next, PROVINCE_FORMS)
        : r < 0.35
          ? pick(next, DISTRICT_FORMS)
          : r < 0.55 // a level word or abbreviation and a place: `tỉnh Lào Cai`, `TP.Hồ Chí Minh`, `Q. 1`
            ? `${pick(next, [...Object.keys(LEVEL_WORDS), ...Object.keys(LEVEL_ABBREVIATIONS)])}${pick(next, ['', ' ', ' ', '  ', '    '])}${place()}`
            : pick(next, WORDS);
    out += varied(next, w) + pick(next, SEPARATORS);
  }
  return out;
}

describe('level reader = the level pattern it replaced', () => {
  test('every position of every fixture text, as written and with its capitals folded', () => {
    expect(FIXTURE_TEXTS.length).toBeGreaterThan(100);
    const counts = newCounts();
    const problems: string[] = [];
    for (const [file, raw] of FIXTURE_TEXTS) {
      for (const v of views(raw)) problems.push(...differences(v, counts).map((d) => `${file}: ${d}`));
    }
    expect(problems.slice(0, 10).join('\n')).toBe('');
    expectReached(counts, 500);
  });

  test('every organizations corpus phrase: alone, in capitals, after a word', () => {
    const phrases = corpusPhrases();
    expect(phrases.length).toBeGreaterThan(300);
    const counts = newCounts();
    const problems: string[] = [];
    for (const p of phrases) {
      for (const t of [p, p.toUpperCase(), `Theo ${p}.`]) for (const v of views(t)) problems.push(...differences(v, counts).map((d) => `${JSON.stringify(t)}: ${d}`));
    }
    expect(problems.slice(0, 10).join('\n')).toBe('');
    expectReached(counts, 1000);
  });

  test('6,000 random strings of the lexicons words, spaces, hyphens, dots, capitals and digits', () => {
    const next = random(20261202);
    const counts = newCounts();
    const problems: string[] = [];
    for (let i = 0; i < 6000 && problems.length < 10; i++) {
      const t = randomString(next);
      problems.push(...differences(t, counts).map((d) => `${JSON.stringify(t)}: ${d}`));
    }
    expect(problems.slice(0, 10).join('\n')).toBe('');
    expectReached(counts, 500);
  });
});

describe('a match extension (patterns/regex.ts MatchExtension)', () => {
  // a run of digits, continued in code by the letters right after it
  const DIGITS = vx('test/extension-digits', String.raw`\d{1,9}`);
  const letters = (text: string, m: Match): Match => {
    let end = m.index + m.text.length;
    while (end < text.length && text[end]! >= 'a' && text[end]! <= 'z') end++;
    return { ...m, text: text.slice(m.index, end) };
  };
  const spans = (ms: Iterable<Match>): string[] => [...ms].map((m) => `${m.index}:${m.text}`);

  test('the whole-text scan and the anchored scan both go on from the continued end', () => {
    const text = '12ab34 5x6 78';
    expect(spans(matchAll(DIGITS, text, 0, letters))).toEqual(['0:12ab', '4:34', '7:5x', '9:6', '11:78']);
    // anchors at every digit run, and at `b` and `x`, inside continued matches (skipped)
    const anchors = [0, 3, 4, 7, 8, 9, 11];
    expect(spans(matchAllNear(DIGITS, text, anchors, 0, letters))).toEqual(spans(matchAll(DIGITS, text, 0, letters)));
    // an anchor inside a continued match is skipped, as the whole-text scan skips it
    expect(spans(matchAllNear(DIGITS, '1ab2', [0, 2, 3], 2, (t, m) => (m.index === 0 ? { ...m, text: t.slice(0, 4) } : m)))).toEqual(['0:1ab2']);
  });

  test('an extension that returns null rejects the match there, and both scans go on as if the pattern had not matched', () => {
    // runs of digits that end in 5 are rejected: the scan tries the next position (`45` → `5` → rejected, `6` found)
    const notFive = (_: string, m: Match): Match | null => (m.text.endsWith('5') ? null : m);
    const text = '12 345 6 75';
    expect(spans(matchAll(DIGITS, text, 0, notFive))).toEqual(['0:12', '7:6']);
    // the anchored scan tries every start of the window in turn, past a rejected one
    expect(spans(matchAllNear(DIGITS, text, [0, 3, 7, 9], 2, notFive))).toEqual(['0:12', '7:6']);
    expect(spans(matchAllNear(DIGITS, '125', [2], 2, (t, m) => (m.index === 0 ? null : m)))).toEqual(['1:25']);
  });
});
