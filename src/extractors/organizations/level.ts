/**
 * The level phrase after a body's name, read word by word: `Trung ương`, `TW` · `cấp huyện` · `Việt Nam` ·
 * `tỉnh Vĩnh Long`, `TP. Hồ Chí Minh`, `xã Tân Phú` · a bare `Lào Cai` (`Sở Y tế Lào Cai`).
 *
 * It reads what one regex alternation used to spell (the provinces' and districts' names three times, 55,000
 * characters, and again inside the chain pattern): the same alternatives in the same order, each lexicon read by a
 * word trie (loose.ts) that tries its phrases in the alternation's order, so the first reading that the boundary
 * after it accepts is the one the regex took. In pattern terms:
 *
 *     (?<![\p{L}\p{N}])
 *     (?: (?<cap> cấp huyện | ... )                        exact, longest first
 *       | (?<central> Trung ương | TW | ... )              exact, longest first
 *       | (?<vn> Việt[ ]{1,3}Nam | VN )
 *       | (?<word> tỉnh | thành phố | ... )                loose words
 *         (?! [ ]{1,3} (?: [ủỦ]y | [đĐ]oàn ) (?![\p{L}\p{N}]) )       not `tỉnh ủy`, `xã đoàn`
 *         (?: [ ]{1,3} (?<place> province | district | genericPlace ) )?
 *       | (?<abbr> TP. | Q. | ... | (?:TP|Tp|TX)(?=[ ]) | TP(?=HCM) ) [ ]{0,2}
 *         (?<place2> province | district | HCM | genericPlace )
 *       | (?<bare> province | district )
 *     ) (?![\p{L}\p{N}])
 *
 * The tries are built from the lexicons on first use.
 */
import { LEVEL_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { CAP_LEVELS, CENTRAL_WORDS, LEVEL_WORDS, NOT_PLACE_WORDS } from '../../lexicon/org-levels.js';
import { DISTRICTS, PROVINCES_34, PROVINCES_63 } from '../../lexicon/provinces.js';
import { NOT_BEFORE_WORD, alternation, anchored, codeClass, test, vx, type Match } from '../../patterns/regex.js';
import { LooseTrie } from './loose.js';

export type LevelKind = 'cap' | 'central' | 'vn' | 'word' | 'abbr' | 'bare';
export interface LevelPart {
  kind: LevelKind;
  start: number;
  end: number;
  /** The level word (`tỉnh`, `TP.`, `cấp huyện`) as written. */
  word: string | null;
  place: { start: number; end: number; raw: string } | null;
}

export const PROVINCE_FORMS: readonly string[] = [
  ...PROVINCES_63.flatMap((p) => [p.name, ...p.variants]),
  ...PROVINCES_34.map((p) => p.name),
];
export const DISTRICT_FORMS: readonly string[] = DISTRICTS.map((d) => d.name);

// a capitalized word: `Bảo`, `Thắng`
export const CAP_WORD = String.raw`\p{Lu}\p{Ll}{0,7}`;
// "Sông Lô", "Bảo Thắng" — a place written after a level word, not a title or a body's word (up to the boundary)
const GENERIC_PLACE = anchored(
  vx('organizations/generic-place', String.raw`(?! ${alternation(NOT_PLACE_WORDS)} ${NOT_BEFORE_WORD} ) ${CAP_WORD} (?: [ ] ${CAP_WORD} ){0,2} ${NOT_BEFORE_WORD}`),
);

// one letter or digit, the class of the patterns' word boundaries (a table below U+2000, the pattern above)
const WORD_CHAR = vx('organizations/level-word-char', String.raw`[\p{L}\p{N}]`);
let isLowWordCode: ((code: number) => boolean) | null = null; // the table, built on first use
const HIGH_WORD_POINTS = new Map<number, boolean>();
export function isWordPoint(cp: number): boolean {
  if (cp < 0x2000) return (isLowWordCode ??= codeClass(WORD_CHAR))(cp);
  let yes = HIGH_WORD_POINTS.get(cp);
  if (yes === undefined) HIGH_WORD_POINTS.set(cp, (yes = test(WORD_CHAR, String.fromCodePoint(cp))));
  return yes;
}
/** `(?![\p{L}\p{N}])` at `i` fails: a letter or digit stands there. */
export const wordAt = (text: string, i: number): boolean => i < text.length && isWordPoint(text.codePointAt(i)!);
/** `(?<![\p{L}\p{N}])` at `i` fails: a letter or digit ends there. */
export function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const last = text.charCodeAt(i - 1);
  // a surrogate pair ending at `i` is read whole, as the lookbehind of a Unicode pattern reads it
  const high = last >= 0xdc00 && last <= 0xdfff && i >= 2 ? text.charCodeAt(i - 2) : 0;
  return isWordPoint(high >= 0xd800 && high <= 0xdbff ? text.codePointAt(i - 2)! : last);
}

const SPACE = 0x20;
/** How many spaces stand at `i` (counted up to 4: every separator allows at most 3). */
export function spacesAt(text: string, i: number): number {
  let n = 0;
  while (n < 4 && text.charCodeAt(i + n) === SPACE) n++;
  return n;
}

/** An exact phrase (`alternation` of patterns/regex.ts): its words, separated by runs of 1–3 spaces. */
type Exact = readonly string[];
const exactForms = (phrases: readonly string[]): Exact[] =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map((p) => p.split(' '));

/** The end of an exact phrase at `pos`, or -1. */
function exactEnd(text: string, pos: number, words: Exact): number {
  let p = pos;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      const n = spacesAt(text, p);
      if (n < 1 || n > 3) return -1;
      p += n;
    }
    if (!text.startsWith(words[k]!, p)) return -1;
    p += words[k]!.length;
  }
  return p;
}

/** The first of `forms` at `pos` that ends at a word boundary: its end, or -1. */
function firstExact(text: string, pos: number, forms: readonly Exact[]): number {
  const c = text.charCodeAt(pos);
  for (const words of forms) {
    if (words[0]!.charCodeAt(0) !== c) continue; // (what `exactEnd` would find first)
    const end = exactEnd(text, pos, words);
    if (end >= 0 && !wordAt(text, end)) return end;
  }
  return -1;
}

/** An abbreviated level word (`TP.`, `Q.`), or one that needs what follows it (`TP` before a space or `HCM`). */
interface AbbrForm {
  text: string;
  ahead: string | null;
}

interface Tables {
  cap: Exact[];
  central: Exact[];
  vn: Exact[];
  words: LooseTrie;
  abbr: AbbrForm[];
  province: LooseTrie;
  district: LooseTrie;
}

let tables: Tables | null = null;
const TABLES = (): Tables =>
  (tables ??= {
    cap: exactForms(Object.keys(CAP_LEVELS)),
    central: exactForms(CENTRAL_WORDS),
    vn: [['Việt', 'Nam'], ['VN']],
    words: new LooseTrie(Object.keys(LEVEL_WORDS)),
    abbr: [
      ...exactForms(Object.keys(LEVEL_ABBREVIATIONS).filter((k) => k.endsWith('.'))).map((w) => ({ text: w.join(' '), ahead: null })),
      ...['TP', 'Tp', 'TX'].map((text) => ({ text, ahead: ' ' })),
      { text: 'TP', ahead: 'HCM' },
    ],
    province: new LooseTrie(PROVINCE_FORMS),
    district: new LooseTrie(DISTRICT_FORMS),
  });

const boundary = (text: string) => (end: number): boolean => !wordAt(text, end);

/** A place at `pos` up to a word boundary: a province's name, a district's, `HCM` (after an abbreviation), capitalized words. */
function placeEnd(text: string, pos: number, t: Tables, hcm: boolean): number {
  const at = boundary(text);
  let end = t.province.first(text, pos, at);
  if (end < 0) end = t.district.first(text, pos, at);
  if (end < 0 && hcm && text.startsWith('HCM', pos) && at(pos + 3)) end = pos + 3;
  if (end < 0) {
    const m = GENERIC_PLACE(text, pos);
    if (m) end = pos + m.text.length;
  }
  return end;
}

/** `[ ]{1,3} (?: [ủỦ]y | [đĐ]oàn ) (?![\p{L}\p{N}])` at `i`: the level word is part of `Tỉnh ủy`, `Xã đoàn`. */
function organWordAfter(text: string, i: number): boolean {
  const n = spacesAt(text, i);
  if (n < 1 || n > 3) return false;
  const p = i + n;
  const c = text[p];
  const end = (c === 'ủ' || c === 'Ủ') && text[p + 1] === 'y' ? p + 2 : (c === 'đ' || c === 'Đ') && text.startsWith('oàn', p + 1) ? p + 4 : -1;
  return end >= 0 && !wordAt(text, end);
}

const part = (kind: LevelKind, text: string, start: number, end: number, word: string | null, placeStart: number | null): LevelPart => ({
  kind,
  start,
  end,
  word,
  place: placeStart === null ? null : { start: placeStart, end, raw: text.slice(placeStart, end) },
});

/** The level phrase at exactly `pos` in `text` (the whole string: what follows its end is the boundary), or null. */
export function levelAt(text: string, pos: number): LevelPart | null {
  if (wordBefore(text, pos)) return null;
  const t = TABLES();
  let end = firstExact(text, pos, t.cap);
  if (end >= 0) return part('cap', text, pos, end, text.slice(pos, end), null);
  end = firstExact(text, pos, t.central);
  if (end >= 0) return part('central', text, pos, end, text.slice(pos, end), null);
  end = firstExact(text, pos, t.vn);
  if (end >= 0) return part('vn', text, pos, end, text.slice(pos, end), null);

  // a level word, then maybe its place: the first level word (longest first) whose reading reaches a boundary
  let found = null as LevelPart | null;
  t.words.first(text, pos, (wordEnd) => {
    if (organWordAfter(text, wordEnd)) return false;
    const word = text.slice(pos, wordEnd);
    const n = spacesAt(text, wordEnd);
    const placeStart = wordEnd + n;
    const placeStop = n >= 1 && n <= 3 ? placeEnd(text, placeStart, t, false) : -1;
    if (placeStop >= 0) found = part('word', text, pos, placeStop, word, placeStart);
    else if (!wordAt(text, wordEnd)) found = part('word', text, pos, wordEnd, word, null);
    return found !== null;
  });
  if (found) return found;

  for (const form of t.abbr) {
    if (!text.startsWith(form.text, pos)) continue;
    const abbrEnd = pos + form.text.length;
    if (form.ahead !== null && !text.startsWith(form.ahead, abbrEnd)) continue;
    const n = spacesAt(text, abbrEnd);
    if (n > 2) continue;
    const placeStop = placeEnd(text, abbrEnd + n, t, true);
    if (placeStop >= 0) return part('abbr', text, pos, placeStop, form.text, abbrEnd + n);
  }

  const at = boundary(text);
  end = t.province.first(text, pos, at);
  if (end < 0) end = t.district.first(text, pos, at);
  return end >= 0 ? part('bare', text, pos, end, null, pos) : null;
}

/** `[A-ZĐ&]`: a letter of an abbreviation in parentheses. */
const isAbbrCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || c === 0x110 || c === 0x26;

/**
 * The chain pattern's match (organs and a base body: patterns.ts) continued by its level phrase, as the chain rule's
 * `extend` (core/define-extractor.ts): `[ ]{1,3} (?: \( [A-ZĐ&]{2,8} \) [ ]{1,3} )? level`, when a level phrase
 * stands there (`Ủy ban nhân dân (UBND) tỉnh Vĩnh Long`); otherwise the match as it is.
 */
export function extendByLevel(text: string, m: Match): Match {
  const end = m.index + m.text.length;
  let n = spacesAt(text, end);
  if (n < 1 || n > 3) return m;
  let p = end + n;
  // `(UBND)`: the abbreviation inside the name, before its level
  if (text.charCodeAt(p) === 0x28) {
    let k = 0;
    while (k < 9 && isAbbrCode(text.charCodeAt(p + 1 + k))) k++;
    if (k < 2 || k > 8 || text.charCodeAt(p + 1 + k) !== 0x29) return m;
    const close = p + 2 + k;
    n = spacesAt(text, close);
    if (n < 1 || n > 3) return m;
    p = close + n;
  }
  const level = levelAt(text, p);
  return level ? { index: m.index, text: text.slice(m.index, level.end), groups: m.groups } : m;
}
