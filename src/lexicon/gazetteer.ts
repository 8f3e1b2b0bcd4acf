/**
 * Every Vietnamese administrative unit of both systems, read once from the
 * generated data module (scripts/gen-gazetteer.mjs, data/gazetteer/SOURCES.md):
 *
 * - `2025-03`: the three-level system in force until 2025-06-30 (63 provinces,
 *   696 districts, 10,047 communes);
 * - `2025-07`: the two-level system from 2025-07-01 (34 provinces, 3,321
 *   communes), each unit with the 2025-03 units it was merged from.
 *
 * Data only: parsing the compact rows, no matching.
 */
import { ADMIN_2025_03, ADMIN_2025_07 } from './gazetteer.generated.js';
import { forEachRow } from './rows.js';

export const MAP_IDS = ['2025-03', '2025-07'] as const;
export type MapId = (typeof MAP_IDS)[number];
export type PlaceLevel = 'province' | 'district' | 'commune';

/** The official type of a unit: the word its name starts with (`Thành phố Trung ương` for a centrally-run city). */
export type UnitType =
  | 'Tỉnh'
  | 'Thành phố Trung ương'
  | 'Thành phố'
  | 'Thị xã'
  | 'Quận'
  | 'Huyện'
  | 'Phường'
  | 'Xã'
  | 'Thị trấn'
  | 'Đặc khu';

export interface MergedFrom {
  /** A 2025-03 code. */
  code: string;
  /** Only part of that unit went into this one. */
  partial: boolean;
}

export interface AdminUnit {
  map: MapId;
  /** The statistics-office code. */
  code: string;
  level: PlaceLevel;
  type: UnitType;
  /** The official name with its type word, as in the gazetteer (`Tỉnh Lào Cai`, `Phường 1`). */
  name: string;
  /** The name without its type word (`Lào Cai`, `1`). */
  bare: string;
  /** The code of the unit above, null for a province. */
  parent: string | null;
  /** 2025-07 units: the 2025-03 units it was formed from. */
  mergedFrom: readonly MergedFrom[];
  /**
   * 2025-03 units: the codes of the 2025-07 units of its own level formed from it (whole or in part), sorted and
   * joined by commas ('' for none, and for every 2025-07 unit). Derived from their `mergedFrom` by
   * scripts/gen-gazetteer.mjs and kept as written: read only for the few units a text names.
   */
  successors: string;
}

export interface AdminMap {
  id: MapId;
  units: readonly AdminUnit[];
  byCode: ReadonlyMap<string, AdminUnit>;
}

const LEVEL_BY_LENGTH: Record<number, PlaceLevel> = { 2: 'province', 3: 'district', 5: 'commune' };

/** The type words a name can start with, by level, longest first. */
const TYPE_WORDS: Record<PlaceLevel, readonly (readonly [string, UnitType])[]> = {
  province: [
    ['thành phố', 'Thành phố Trung ương'],
    ['tỉnh', 'Tỉnh'],
  ],
  district: [
    ['thành phố', 'Thành phố'],
    ['thị xã', 'Thị xã'],
    ['quận', 'Quận'],
    ['huyện', 'Huyện'],
  ],
  commune: [
    ['thị trấn', 'Thị trấn'],
    ['đặc khu', 'Đặc khu'],
    ['phường', 'Phường'],
    ['xã', 'Xã'],
  ],
};

/** The type words of each level as a name starts with them (`Thành phố `), beside the lower-case ones. */
const WRITTEN_TYPE_WORDS: Record<PlaceLevel, readonly (readonly [string, string, UnitType])[]> = {
  province: TYPE_WORDS.province.map(([word, type]) => [`${word[0]!.toUpperCase()}${word.slice(1)} `, `${word} `, type] as const),
  district: TYPE_WORDS.district.map(([word, type]) => [`${word[0]!.toUpperCase()}${word.slice(1)} `, `${word} `, type] as const),
  commune: TYPE_WORDS.commune.map(([word, type]) => [`${word[0]!.toUpperCase()}${word.slice(1)} `, `${word} `, type] as const),
};

/** The type word a name starts with, with its space (`Xã `): as written, else in any case. */
function typeWordOf(level: PlaceLevel, name: string): readonly [string, string, UnitType] | undefined {
  const words = WRITTEN_TYPE_WORDS[level];
  for (const word of words) if (name.startsWith(word[0])) return word;
  const lowered = name.toLowerCase();
  for (const word of words) if (lowered.startsWith(word[1])) return word;
  return undefined;
}

/** The mergedFrom of the units formed from nothing listed (every 2025-03 unit): one shared empty list. */
const NO_MERGES: readonly MergedFrom[] = Object.freeze([]);

/**
 * A unit as its row gives it. Its type word, bare name and merges are read from the row when first asked for: a
 * text names a few dozen of the 14,000 units, and reading them all at every start of the command (a type word
 * looked for, a name cut, 10,000 merges parsed) was a third of reading the gazetteer (issue 14).
 */
class Unit implements AdminUnit {
  private typeWord: readonly [string, string, UnitType] | null = null;
  private merges: readonly MergedFrom[] | null = null;

  constructor(
    readonly map: MapId,
    readonly code: string,
    readonly level: PlaceLevel,
    readonly name: string,
    readonly parent: string | null,
    /** The row's codes column: a 2025-07 unit's merged_from, a 2025-03 unit's successors ('' for none). */
    private readonly codes: string,
  ) {}

  /** The type word as written (`Xã `), else in any case (the source's `Thành Phố Bắc Kạn`). */
  private written(): readonly [string, string, UnitType] {
    if (this.typeWord) return this.typeWord;
    const word = typeWordOf(this.level, this.name);
    if (!word) throw new Error(`gazetteer ${this.map}: no type word in ${this.name}`);
    return (this.typeWord = word);
  }

  get type(): UnitType {
    return this.written()[2];
  }

  get bare(): string {
    return this.name.slice(this.written()[1].length);
  }

  get mergedFrom(): readonly MergedFrom[] {
    if (this.merges) return this.merges;
    const merged = this.map === '2025-07' ? this.codes : '';
    this.merges = merged === '' ? NO_MERGES : merged.split(',').map((m) => ({ code: m.replace(':partial', ''), partial: m.endsWith(':partial') }));
    return this.merges;
  }

  get successors(): string {
    return this.map === '2025-03' ? this.codes : '';
  }
}

function parseMap(id: MapId, rows: string): AdminMap {
  const units: AdminUnit[] = [];
  const byCode = new Map<string, AdminUnit>();
  // one pass over the rows with indexOf (no split arrays): this runs at every start of the command
  forEachRow(rows, (at, lineEnd) => {
    const t1 = rows.indexOf('\t', at);
    const t2 = rows.indexOf('\t', t1 + 1);
    let t3 = rows.indexOf('\t', t2 + 1);
    if (t3 < 0 || t3 > lineEnd) t3 = lineEnd;
    const code = rows.slice(at, t1);
    const parent = rows.slice(t2 + 1, t3);
    const level = LEVEL_BY_LENGTH[code.length];
    if (!level) throw new Error(`gazetteer ${id}: bad code ${code}`);
    const unit = new Unit(
      id,
      code,
      level,
      rows.slice(t1 + 1, t2),
      // the parent's own code string when its row came first (as rows do): one string per code, kept by its unit
      parent === '' ? null : (byCode.get(parent)?.code ?? parent),
      t3 < lineEnd ? rows.slice(t3 + 1, lineEnd) : '',
    );
    units.push(unit);
    byCode.set(code, unit);
  });
  return { id, units, byCode };
}

export const MAP_2025_03: AdminMap = parseMap('2025-03', ADMIN_2025_03);
export const MAP_2025_07: AdminMap = parseMap('2025-07', ADMIN_2025_07);
export const MAPS: Readonly<Record<MapId, AdminMap>> = { '2025-03': MAP_2025_03, '2025-07': MAP_2025_07 };

/**
 * Other spellings of provinces that texts use, by 2025-03 code: the old
 * province name of Huế, the loose spellings of Đắk Lắk and Bắc Kạn, the
 * abbreviations of Hồ Chí Minh City and Bà Rịa - Vũng Tàu.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '06': ['Bắc Cạn'],
  '46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế'],
  '62': ['Kontum'],
  '66': ['Đắc Lắc', 'Đắk Lắc'],
  '67': ['Đắc Nông'],
  '77': ['Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT'],
  '79': ['HCM', 'Thành phố Hồ Chí Minh'],
};

// word-final oa, oe, uy with the mark on the second vowel (modern placement) → on the first (traditional)
const MODERN_PAIRS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
    ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
    ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
  ].flatMap(([m, t]) => [
    [m!, t!],
    [m![0]!.toUpperCase() + m![1]!, t![0]!.toUpperCase() + t![1]!],
  ]),
);
const VOWELS = 'aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';

/**
 * A name in the traditional tone placement that dvx's match view uses (`Hoà Bình` → `Hòa Bình`): the mark of a
 * word-final oa, oe, uy moves to its first vowel, except after `q` or a third vowel (as core/normalize does).
 */
export function traditionalName(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      const pair = MODERN_PAIRS[word.slice(-2)];
      const before = word.slice(-3, -2).toLowerCase();
      if (!pair || before === 'q' || (before !== '' && VOWELS.includes(before))) return word;
      return word.slice(0, -2) + pair;
    })
    .join(' ');
}
