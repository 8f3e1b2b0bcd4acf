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
/** Char codes of the type words' initials, in both cases. */
const WORD_INITIALS = new Set(WORD_ENTRIES.flatMap((w) => [w.keys[0]!.charCodeAt(0), w.keys[0]![0]!.toUpperCase().charCodeAt(0)]));
const DESCRIPTORS: readonly (readonly string[])[] = PLACE_DESCRIPTORS.map((d) => d.split(' ')).sort((a, b) => b.length - a.length);
const MAX_DESCRIPTORS = 3;
const DESCRIPTOR_INITIALS = new Set(DESCRIPTORS.map((d) => d[0]!.charCodeAt(0)));
const FAMILY = new Set(FAMILY_NAMES.map((n) => n.toLowerCase()));
const HONORIFIC = new Set(HONORIFICS);

/** Letter case of the first 0x2000 code points: 1 lower, 2 upper, 0 neither (digits, marks, punctuation). */
const CASE = ((): Uint8Array => {
  const table = new Uint8Array(0x2000);
  for (let c = 0; c < table.length; c++) {
    const ch = String.fromCharCode(c);
    table[c] = ch !== ch.toUpperCase() && ch === ch.toLowerCase() ? 1 : ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 2 : 0;
  }
  return table;
})();
const caseOf = (ch: string | undefined): number => {
  if (ch === undefined) return 0;
  const c = ch.charCodeAt(0);
  return c < 0x2000 ? CASE[c]! : 0;
};
const isUpper = (ch: string | undefined): boolean => caseOf(ch) === 2;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

export function findPlaces(view: string): FoundPlace[] {
  const { trie, aloneFirsts } = gazetteerIndex();
  const tokens: Tokens = tokenize(view);
  const count = tokens.count;
  const starts = tokens.starts;
  const ends = tokens.ends;
  const keys: (string | undefined)[] = new Array<string | undefined>(count);
  const keyAt = (j: number): string | null => {
    if (j >= count) return null;
    let key = keys[j];
    if (key === undefined) {
      key = numberKey(view.slice(starts[j]!, ends[j]!).toLowerCase());
      keys[j] = key;
    }
    return key;
  };
  /** Whether token j can start a name: a capital or a digit. */
  const nameStart = (j: number): boolean => {
    if (j >= count) return false;
    const c = view.charCodeAt(starts[j]!);
    return (c >= DIGIT_0 && c <= DIGIT_9) || (c < 0x2000 && CASE[c] === 2);
  };
  const gap = (j: number): string => view.slice(ends[j]!, starts[j + 1]!);
  const wordAt = (j: number): string => view.slice(starts[j]!, ends[j]!);
  const spacesAfter = (j: number): boolean => {
    const n = starts[j + 1]! - ends[j]!;
    if (n < 1 || n > 3) return false;
    for (let p = ends[j]!; p < starts[j + 1]!; p++) if (view.charCodeAt(p) !== 0x20) return false;
    return true;
  };

  /** Words of one name: spaces, a hyphen with spaces (`Bà Rịa - Vũng Tàu`), a dot after one letter (`N.T`). */
  const joinedInName = (j: number): boolean => {
    if (j + 1 >= count) return false;
    if (spacesAfter(j)) return true;
    const g = gap(j);
    if (g.length <= 3 && g.trim() === '-') return true;
    if (g === "' ") return true; // `Ia H' Drai`
    return g === '.' && ends[j]! - starts[j]! === 1;
  };

  /** Capitals as the gazetteer writes them: a word it capitalizes is capitalized in the text (or all in capitals). */
  const capitalsFit = (entry: NameEntry, at: number): boolean => {
    const words = entry.words;
    for (let k = 0; k < words.length; k++) {
      const c = view.charCodeAt(starts[at + k]!);
      if (c < 0x2000 && CASE[c] === 1 && isUpper(words[k]![0])) return false;
    }
    return true;
  };

  /**
   * The longest name at token `at` that one of `types` (or, untyped, a province standing alone) can have. A unit
   * whose type changed (`huyện Mộc Châu`, a thị xã since 2025) is found by its level when no unit has the type.
   */
  const nameAt = (at: number, types: readonly UnitType[] | null, byLevel = true): { length: number; units: AdminUnit[] } | null => {
    if (!nameStart(at)) return null;
    const first = keyAt(at);
    // untyped, only a province's bare name can be found: most capitalized words start none
    if (first === null || (types === null ? !aloneFirsts.has(first) : !trie.starts(first))) return null;
    let levels: Set<PlaceLevel> | null = null;
    for (const m of trie.matchesAt(at, keyAt, joinedInName)) {
      const exact: AdminUnit[] = [];
      const sameLevel: AdminUnit[] = [];
      for (const e of m.values) {
        if (!capitalsFit(e, at)) continue;
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
  };

  /** Whether the words from token `at` on are `words`, one space apart. */
  const wordsAt = (at: number, words: readonly string[]): boolean => {
    if (at + words.length > count) return false;
    for (let k = 0; k < words.length; k++) {
      if (k > 0 && !spacesAfter(at + k - 1)) return false;
      if (keyAt(at + k) !== words[k]) return false;
    }
    return true;
  };

  /** Descriptors after a type word (`biên giới`, `vùng cao`): the token where the name starts. */
  const skipDescriptors = (at: number): number => {
    let next = at;
    for (let n = 0; n < MAX_DESCRIPTORS && next < count && !nameStart(next); n++) {
      const words = DESCRIPTORS.find((d) => wordsAt(next, d));
      if (!words || !spacesAfter(next + words.length - 1)) break;
      next += words.length;
    }
    return next;
  };

  /** The type word at token `at`: where its name starts, and whether the place's text starts at the type word. */
  const placeWordAt = (at: number): { word: WordEntry; nameAt: number; inSpan: boolean } | null => {
    // cheap tests first: a short word with the initial of a type word, and a capital or digit soon after
    if (ends[at]! - starts[at]! > 6 || !WORD_INITIALS.has(view.charCodeAt(starts[at]!))) return null;
    const soon = nameStart(at + 1) || nameStart(at + 2) || (at + 1 < count && DESCRIPTOR_INITIALS.has(view.charCodeAt(starts[at + 1]!)));
    if (!soon) return null;
    const candidates = WORDS_BY_FIRST.get(keyAt(at)!);
    if (!candidates) return null;
    for (const word of candidates) {
      const n = word.keys.length;
      if (at + n >= count || !wordsAt(at, word.keys)) continue;
      const last = at + n - 1;
      const g = gap(last);
      // `tỉnh Lào Cai`, `các xã: Kim Liên, …`, `TP.HCM`, `TP. HCM`
      const fits = spacesAfter(last) || g === ': ' || (word.abbreviation === true && (g === '' || g === '.' || g === '. '));
      if (!fits) continue;
      const name = spacesAfter(last) ? skipDescriptors(at + n) : at + n;
      if (nameStart(name)) return { word, nameAt: name, inSpan: word.inSpan && g !== ': ' };
    }
    return null;
  };

  /** A province name alone is not a person's (`Nguyễn Thái Bình`) nor part of a longer proper name (`Điện Biên Phủ`). */
  const standsAlone = (at: number, length: number): boolean => {
    const last = at + length - 1;
    if (last + 1 < count && spacesAfter(last)) {
      const next = wordAt(last + 1);
      if (isUpper(next[0]) && next !== next.toUpperCase()) return false;
    }
    // the capitalized run before the name: a person's name when it starts with a family name (after an honorific)
    let runStart = at;
    while (runStart > 0 && spacesAfter(runStart - 1)) {
      const word = wordAt(runStart - 1);
      if (!isUpper(word[0]) || word === word.toUpperCase()) break;
      runStart--;
    }
    if (runStart < at) {
      const first = FAMILY.has(keyAt(runStart)!) ? runStart : HONORIFIC.has(keyAt(runStart)!) ? runStart + 1 : -1;
      if (first >= 0 && first < at && FAMILY.has(keyAt(first)!)) return false;
      if (runStart > 0 && spacesAfter(runStart - 1) && HONORIFIC.has(keyAt(runStart - 1)!) && FAMILY.has(keyAt(runStart)!)) return false;
    }
    return true;
  };

  const found: FoundPlace[] = [];
  const spanOf = (from: number, length: number): { start: number; end: number } => ({
    start: starts[from]!,
    end: ends[from + length - 1]!,
  });

  let i = 0;
  while (i < count) {
    const word = placeWordAt(i);
    const typed = word ? nameAt(word.nameAt, word.word.types) : null;
    if (word && typed) {
      const name = spanOf(word.nameAt, typed.length);
      found.push({ start: word.inSpan ? starts[i]! : name.start, end: name.end, units: typed.units, typed: true });
      i = word.nameAt + typed.length;
      // a list under the same type word: `, Bảo Yên và Văn Bàn`
      while (i < count) {
        const g = gap(i - 1).trim();
        let next = i;
        if (keyAt(i) === 'và' && (g === '' || g === ',') && spacesAfter(i)) next = i + 1;
        else if (g !== ',') break;
        if (placeWordAt(next)) break;
        // a list item has the type itself (`huyện Mường Tè, Lai Châu`: the city Lai Châu is no huyện, the province follows)
        const item = nameAt(next, word.word.types, false);
        if (!item) break;
        found.push({ ...spanOf(next, item.length), units: item.units, typed: true });
        i = next + item.length;
      }
      continue;
    }
    const alone = nameAt(i, null);
    if (alone && standsAlone(i, alone.length)) {
      found.push({ ...spanOf(i, alone.length), units: alone.units, typed: false });
      i += alone.length;
      continue;
    }
    i += 1;
  }
  return found;
}
