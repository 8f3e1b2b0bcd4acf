/**
 * Find the places written in a text, before deciding which unit each one is: a name after its type word
 * (`tỉnh Lào Cai`, `TP. Hồ Chí Minh`, `phường 1`, `Tỉnh ủy Lào Cai`), the further names of a list under one
 * type word (`các huyện Bảo Thắng, Bảo Yên và Văn Bàn`), and a province named alone (`Lào Cai`, `Huế`).
 *
 * Matching runs over the word tokens of the match view with the gazetteer's word trie; each found place keeps
 * every unit its name can be (both maps), and resolve.ts narrows them.
 */
import type { AdminUnit, PlaceLevel, UnitType } from '../../lexicon/gazetteer.js';
import { FAMILY_NAMES, HONORIFICS, PLACE_DESCRIPTORS, PLACE_WORDS, type PlaceWord } from '../../lexicon/place-words.js';
import { tokenize, type Tokens } from '../../patterns/token-trie.js';
import { gazetteerIndex, numberKey, type NameEntry } from './gazetteer-index.js';

export interface FoundPlace {
  start: number;
  end: number;
  /** Every unit the name can be, in either map. */
  units: AdminUnit[];
  /** Written after a type word (or in a list under one). */
  typed: boolean;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const PROVINCE_TYPES: readonly UnitType[] = ['Tỉnh', 'Thành phố Trung ương'];
const LEVEL_OF_TYPE: Readonly<Record<UnitType, PlaceLevel>> = {
  Tỉnh: 'province',
  'Thành phố Trung ương': 'province',
  'Thành phố': 'district',
  'Thị xã': 'district',
  Quận: 'district',
  Huyện: 'district',
  Phường: 'commune',
  Xã: 'commune',
  'Thị trấn': 'commune',
  'Đặc khu': 'commune',
};

interface WordEntry extends PlaceWord {
  keys: string[];
}
const WORD_ENTRIES: readonly WordEntry[] = PLACE_WORDS.map((w) => ({ ...w, keys: w.words.split(' ') })).sort(
  (a, b) => b.keys.length - a.keys.length,
);
/** Type words by their first word, longest first. */
const WORDS_BY_FIRST = new Map<string, WordEntry[]>();
for (const w of WORD_ENTRIES) WORDS_BY_FIRST.set(w.keys[0]!, [...(WORDS_BY_FIRST.get(w.keys[0]!) ?? []), w]);
/** A table by code unit (tested at every token: cheaper than a Set): 1 where a unit is in `codes`. */
const codeTable = (codes: readonly number[]): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
};
/** Char codes of the type words' initials, in both cases. */
const WORD_INITIALS = codeTable(WORD_ENTRIES.flatMap((w) => [w.keys[0]!.charCodeAt(0), w.keys[0]![0]!.toUpperCase().charCodeAt(0)]));
const DESCRIPTORS: readonly (readonly string[])[] = PLACE_DESCRIPTORS.map((d) => d.split(' ')).sort((a, b) => b.length - a.length);
const MAX_DESCRIPTORS = 3;
const DESCRIPTOR_INITIALS = codeTable(DESCRIPTORS.map((d) => d[0]!.charCodeAt(0)));
const FAMILY = new Set(FAMILY_NAMES.map((n) => n.toLowerCase()));
const HONORIFIC = new Set(HONORIFICS);

/**
 * Letter case of the first 0x2000 code points (1 lower, 2 upper, 0 neither: digits, marks, punctuation), and the
 * lower case of each as one code unit (0 where it is not one, as `İ`, or depends on the next letter, as `Σ`).
 */
const { CASE, LOWER } = ((): { CASE: Uint8Array; LOWER: Uint16Array } => {
  const cases = new Uint8Array(0x2000);
  const lower = new Uint16Array(0x2000);
  for (let c = 0; c < cases.length; c++) {
    const ch = String.fromCharCode(c);
    const down = ch.toLowerCase();
    cases[c] = ch !== ch.toUpperCase() && ch === down ? 1 : ch !== down && ch === ch.toUpperCase() ? 2 : 0;
    lower[c] = down.length === 1 && c !== 0x3a3 ? down.charCodeAt(0) : 0;
  }
  return { CASE: cases, LOWER: lower };
})();

/**
 * Word keys as numbers, to turn most words away before their key is made as a string (a slice and its lower case,
 * for every capitalized word and every short word with a type word's initial: a fifth of the places step).
 * `hashRange` folds the lower case of a word's code units; a table keyed by the hash's low 16 bits marks the keys of
 * a set. A word whose hash is unmarked has no key in the set; a marked one is checked by its key.
 */
const HASH_BITS = 0xffff;
const UNHASHED = -1;
function hashRange(text: string, start: number, end: number): number {
  let h = end - start;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    const low = c < 0x2000 ? LOWER[c]! : 0;
    if (low === 0) return UNHASHED; // a code unit without a one-unit lower case: the key decides
    h = (Math.imul(h, 31) + low) | 0;
  }
  return h & HASH_BITS;
}
/** The table of a set of keys (lower case, as `keyAt` makes them; none starts with a digit). */
function hashTable(keys: Iterable<string>): Uint8Array {
  const table = new Uint8Array(HASH_BITS + 1);
  for (const key of keys) {
    const h = hashRange(key, 0, key.length);
    const c = key.charCodeAt(0);
    if (h === UNHASHED || (c >= DIGIT_0 && c <= DIGIT_9)) throw new Error(`places: the key ${JSON.stringify(key)} cannot be hashed`);
    table[h] = 1;
  }
  return table;
}
const TYPE_WORD_FIRSTS = hashTable(WORDS_BY_FIRST.keys());
/** The hash table of the first words of the names that stand alone, by gazetteer index (made once). */
const aloneTables = new WeakMap<ReturnType<typeof gazetteerIndex>, Uint8Array>();
const aloneTableOf = (index: ReturnType<typeof gazetteerIndex>): Uint8Array => {
  let table = aloneTables.get(index);
  if (!table) aloneTables.set(index, (table = hashTable(index.aloneFirsts)));
  return table;
};
const caseOf = (ch: string | undefined): number => {
  if (ch === undefined) return 0;
  const c = ch.charCodeAt(0);
  return c < 0x2000 ? CASE[c]! : 0;
};
const isUpper = (ch: string | undefined): boolean => caseOf(ch) === 2;

/**
 * One document's tokens and the readers over them. The readers are methods of one class, not closures made per
 * document inside `findPlaces`: V8 keeps a closure's optimized code with the closure, so fresh closures for every
 * document were compiled again and again (seven times each over 20 MB); methods are compiled once.
 */
export class PlaceScan {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  private readonly keys: (string | undefined)[];
  private readonly aloneFirstHashes: Uint8Array;
  /** `keyAt` and `joinedInName` as functions for the gazetteer trie (made once per document). */
  readonly keyOf: (j: number) => string | null;
  readonly joinedOf: (j: number) => boolean;

  constructor(
    readonly view: string,
    tokens: Tokens,
    private readonly index: ReturnType<typeof gazetteerIndex>,
  ) {
    this.count = tokens.count;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.keys = new Array<string | undefined>(tokens.count);
    this.aloneFirstHashes = aloneTableOf(index);
    this.keyOf = (j) => this.keyAt(j);
    this.joinedOf = (j) => this.joinedInName(j);
  }

  keyAt(j: number): string | null {
    if (j >= this.count) return null;
    let key = this.keys[j];
    if (key === undefined) {
      key = numberKey(this.view.slice(this.starts[j]!, this.ends[j]!).toLowerCase());
      this.keys[j] = key;
    }
    return key;
  }

  /**
   * Whether token j's key may be in the set whose hash table is `table`: false only when it is not. A word that
   * starts with a digit is keyed without its leading zeros, so it is left to the key.
   */
  mayBeIn(table: Uint8Array, j: number): boolean {
    const start = this.starts[j]!;
    const c = this.view.charCodeAt(start);
    if (c >= DIGIT_0 && c <= DIGIT_9) return true;
    const h = hashRange(this.view, start, this.ends[j]!);
    return h === UNHASHED || table[h] === 1;
  }

  /**
   * Whether token j's key may be the first word of a name that stands alone (a province's): false only when it is
   * not. No such word starts with a digit (`hashTable` refuses a key that does), so a number, which `nameStart` lets
   * through with the capitals (`phường 1`), is turned away here before its key is made.
   */
  mayStandAlone(j: number): boolean {
    const c = this.view.charCodeAt(this.starts[j]!);
    return !(c >= DIGIT_0 && c <= DIGIT_9) && this.mayBeIn(this.aloneFirstHashes, j);
  }

  /**
   * Whether token j passes the first test of `placeWordAt` (a short word with a type word's initial) or of `nameAt`
   * for a name standing alone (a capital: a number stands alone as no name, `mayStandAlone`). Four in five tokens of
   * a report fail both, and the scan moves on without calling either.
   */
  mayStartPlace(j: number): boolean {
    const start = this.starts[j]!;
    const c = this.view.charCodeAt(start);
    return (this.ends[j]! - start <= 6 && WORD_INITIALS[c] === 1) || (c < 0x2000 && CASE[c] === 2);
  }

  /** Whether token j can start a name: a capital or a digit. */
  nameStart(j: number): boolean {
    if (j >= this.count) return false;
    const c = this.view.charCodeAt(this.starts[j]!);
    return (c >= DIGIT_0 && c <= DIGIT_9) || (c < 0x2000 && CASE[c] === 2);
  }

  /** What stands between token j and the next ('' after the last token: no next one). */
  gap(j: number): string {
    if (j + 1 >= this.count) return '';
    return this.view.slice(this.ends[j]!, this.starts[j + 1]!);
  }

  wordAt(j: number): string {
    return this.view.slice(this.starts[j]!, this.ends[j]!);
  }

  /** Whether one to three spaces, and nothing else, stand between token j and the next (never after the last token). */
  spacesAfter(j: number): boolean {
    if (j + 1 >= this.count) return false;
    const n = this.starts[j + 1]! - this.ends[j]!;
    if (n < 1 || n > 3) return false;
    for (let p = this.ends[j]!; p < this.starts[j + 1]!; p++) if (this.view.charCodeAt(p) !== 0x20) return false;
    return true;
  }

  /** Words of one name: spaces, a hyphen with spaces (`Bà Rịa - Vũng Tàu`), a dot after one letter (`N.T`). */
  joinedInName(j: number): boolean {
    if (j + 1 >= this.count) return false;
    if (this.spacesAfter(j)) return true;
    const g = this.gap(j);
    if (g.length <= 3 && g.trim() === '-') return true;
    if (g === "' ") return true; // `Ia H' Drai`
    return g === '.' && this.ends[j]! - this.starts[j]! === 1;
  }

  /** Capitals as the gazetteer writes them: a word it capitalizes is capitalized in the text (or all in capitals). */
  capitalsFit(entry: NameEntry, at: number): boolean {
    const words = entry.words;
    for (let k = 0; k < words.length; k++) {
      const c = this.view.charCodeAt(this.starts[at + k]!);
      if (c < 0x2000 && CASE[c] === 1 && isUpper(words[k]![0])) return false;
    }
    return true;
  }

  /**
   * The longest name at token `at` that one of `types` (or, untyped, a province standing alone) can have. A unit
   * whose type changed (`huyện Mộc Châu`, a thị xã since 2025) is found by its level when no unit has the type.
   */
  nameAt(at: number, types: readonly UnitType[] | null, byLevel = true): { length: number; units: AdminUnit[] } | null {
    if (!this.nameStart(at)) return null;
    const { trie, aloneFirsts } = this.index;
    if (types === null && !this.mayStandAlone(at)) return null;
    const first = this.keyAt(at);
    // untyped, only a province's bare name can be found: most capitalized words start none
    if (first === null || (types === null ? !aloneFirsts.has(first) : !trie.starts(first))) return null;
    let levels: Set<PlaceLevel> | null = null;
    for (const m of trie.matchesAt(at, this.keyOf, this.joinedOf)) {
      const exact: AdminUnit[] = [];
      const sameLevel: AdminUnit[] = [];
      for (const e of m.values) {
        if (!this.capitalsFit(e, at)) continue;
        if (types === null) {
          if (e.bare && e.unit.level === 'province' && !exact.includes(e.unit)) exact.push(e.unit);
        } else if (!e.selfTyped) {
          if (types.includes(e.unit.type) || (e.alias && types.some((t) => PROVINCE_TYPES.includes(t)))) {
            if (!exact.includes(e.unit)) exact.push(e.unit);
          } else if ((levels ??= new Set(types.map((t) => LEVEL_OF_TYPE[t]))).has(e.unit.level) && !sameLevel.includes(e.unit)) sameLevel.push(e.unit);
        }
      }
      if (exact.length > 0) return { length: m.length, units: exact };
      if (byLevel && sameLevel.length > 0) return { length: m.length, units: sameLevel };
    }
    return null;
  }

  /** Whether the words from token `at` on are `words`, one space apart. */
  wordsAt(at: number, words: readonly string[]): boolean {
    if (at + words.length > this.count) return false;
    for (let k = 0; k < words.length; k++) {
      if (k > 0 && !this.spacesAfter(at + k - 1)) return false;
      if (this.keyAt(at + k) !== words[k]) return false;
    }
    return true;
  }

  /** Descriptors after a type word (`biên giới`, `vùng cao`): the token where the name starts. */
  skipDescriptors(at: number): number {
    let next = at;
    for (let n = 0; n < MAX_DESCRIPTORS && next < this.count && !this.nameStart(next); n++) {
      const words = DESCRIPTORS.find((d) => this.wordsAt(next, d));
      if (!words || !this.spacesAfter(next + words.length - 1)) break;
      next += words.length;
    }
    return next;
  }

  /** The type word at token `at`: where its name starts, and whether the place's text starts at the type word. */
  placeWordAt(at: number): { word: WordEntry; nameAt: number; inSpan: boolean } | null {
    const { view, starts, ends, count } = this;
    // cheap tests first: a short word with the initial of a type word, and a capital or digit soon after
    if (ends[at]! - starts[at]! > 6 || WORD_INITIALS[view.charCodeAt(starts[at]!)] !== 1) return null;
    const soon = this.nameStart(at + 1) || this.nameStart(at + 2) || (at + 1 < count && DESCRIPTOR_INITIALS[view.charCodeAt(starts[at + 1]!)] === 1);
    if (!soon || !this.mayBeIn(TYPE_WORD_FIRSTS, at)) return null;
    const candidates = WORDS_BY_FIRST.get(this.keyAt(at)!);
    if (!candidates) return null;
    for (const word of candidates) {
      const n = word.keys.length;
      if (at + n >= count || !this.wordsAt(at, word.keys)) continue;
      const last = at + n - 1;
      const g = this.gap(last);
      // `tỉnh Lào Cai`, `các xã: Kim Liên, …`, `TP.HCM`, `TP. HCM`
      const fits = this.spacesAfter(last) || g === ': ' || (word.abbreviation === true && (g === '' || g === '.' || g === '. '));
      if (!fits) continue;
      const name = this.spacesAfter(last) ? this.skipDescriptors(at + n) : at + n;
      if (this.nameStart(name)) return { word, nameAt: name, inSpan: word.inSpan && g !== ': ' };
    }
    return null;
  }

  /** A province name alone is not a person's (`Nguyễn Thái Bình`) nor part of a longer proper name (`Điện Biên Phủ`). */
  standsAlone(at: number, length: number): boolean {
    const last = at + length - 1;
    if (last + 1 < this.count && this.spacesAfter(last)) {
      const next = this.wordAt(last + 1);
      if (isUpper(next[0]) && next !== next.toUpperCase()) return false;
    }
    // the capitalized run before the name: a person's name when it starts with a family name (after an honorific)
    let runStart = at;
    while (runStart > 0 && this.spacesAfter(runStart - 1)) {
      const word = this.wordAt(runStart - 1);
      if (!isUpper(word[0]) || word === word.toUpperCase()) break;
      runStart--;
    }
    if (runStart < at) {
      const first = FAMILY.has(this.keyAt(runStart)!) ? runStart : HONORIFIC.has(this.keyAt(runStart)!) ? runStart + 1 : -1;
      if (first >= 0 && first < at && FAMILY.has(this.keyAt(first)!)) return false;
      if (runStart > 0 && this.spacesAfter(runStart - 1) && HONORIFIC.has(this.keyAt(runStart - 1)!) && FAMILY.has(this.keyAt(runStart)!)) return false;
    }
    return true;
  }

  spanOf(from: number, length: number): { start: number; end: number } {
    return { start: this.starts[from]!, end: this.ends[from + length - 1]! };
  }
}

export function findPlaces(view: string): FoundPlace[] {
  const scan = new PlaceScan(view, tokenize(view), gazetteerIndex());
  const { count, starts, ends } = scan;
  const found: FoundPlace[] = [];
  let i = 0;
  while (i < count) {
    if (!scan.mayStartPlace(i)) {
      i += 1;
      continue;
    }
    const word = scan.placeWordAt(i);
    const typed = word ? scan.nameAt(word.nameAt, word.word.types) : null;
    if (word && typed) {
      const name = scan.spanOf(word.nameAt, typed.length);
      found.push({ start: word.inSpan ? starts[i]! : name.start, end: name.end, units: typed.units, typed: true });
      i = word.nameAt + typed.length;
      // a list under the same type word: `, Bảo Yên và Văn Bàn`
      while (i < count) {
        const g = scan.gap(i - 1).trim();
        let next = i;
        if (scan.keyAt(i) === 'và' && (g === '' || g === ',') && scan.spacesAfter(i)) next = i + 1;
        else if (g !== ',') break;
        if (scan.placeWordAt(next)) break;
        // a list item has the type itself (`huyện Mường Tè, Lai Châu`: the city Lai Châu is no huyện, the province follows)
        const item = scan.nameAt(next, word.word.types, false);
        if (!item) break;
        found.push({ start: starts[next]!, end: ends[next + item.length - 1]!, units: item.units, typed: true });
        i = next + item.length;
      }
      continue;
    }
    const alone = scan.nameAt(i, null);
    if (alone && scan.standsAlone(i, alone.length)) {
      found.push({ start: starts[i]!, end: ends[i + alone.length - 1]!, units: alone.units, typed: false });
      i += alone.length;
      continue;
    }
    i += 1;
  }
  return found;
}
