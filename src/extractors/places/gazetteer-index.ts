/**
 * The gazetteer made searchable: one word trie over the bare names of every unit of both maps (and the
 * province aliases), each name in the match view's tone placement; the codes above each unit; the 2025-07
 * units each 2025-03 unit became part of (`now`). Built once, at first use.
 */
import { placeTones } from '../../core/normalize.js';
import { MAP_2025_03, MAP_2025_07, MAPS, PROVINCE_ALIASES, type AdminUnit, type MapId } from '../../lexicon/gazetteer.js';
import { NEEDS_PLACE_WORD, SELF_TYPED_FORMS } from '../../lexicon/place-words.js';
import { phraseKeys, TokenTrie } from '../../patterns/token-trie.js';
import { NAME_GROUPS_AHEAD } from './name-groups-ahead.js';
import { nameForms, nameGroups, numberKey, readNameGroups, readRefs, wordsOf, writeNameGroups } from './name-groups.js';

export { numberKey } from './name-groups.js';

export interface NameEntry {
  unit: AdminUnit;
  /** The written form's words as the gazetteer or the alias spells them (for the capitals check). */
  words: readonly string[];
  /** An alias of a province (`Thừa Thiên Huế`, `HCM`): any province type word may introduce it. */
  alias: boolean;
  /** May stand without a type word (a province's name, not `Hồ Chí Minh`). */
  bare: boolean;
  /** Carries its own type word (`TPHCM`). */
  selfTyped: boolean;
}

export interface GazetteerIndex {
  trie: TokenTrie<NameEntry>;
  /** The first keys of the names a province may have standing alone (bare): an untyped name starts with one. */
  aloneFirsts: ReadonlySet<string>;
}

const viewKeys = (phrase: string): string[] => phraseKeys(placeTones(phrase, 'traditional')).map(numberKey);
let index: GazetteerIndex | null = null;

/** The units of both maps, in the order the name groups number them. */
const allUnits = (): AdminUnit[] => [...MAP_2025_03.units, ...MAP_2025_07.units];

/** The name groups: as the build wrote them when they were made from these units, else computed now. */
function groupsOf(units: readonly AdminUnit[]): Map<string, string> {
  const ahead = NAME_GROUPS_AHEAD;
  return readNameGroups(ahead && ahead.units === units.length ? ahead.text : writeNameGroups(nameGroups(units)));
}

export function gazetteerIndex(): GazetteerIndex {
  if (index) return index;
  const trie = new TokenTrie<NameEntry>();
  const aloneFirsts = new Set<string>();
  const add = (keys: string[], entry: NameEntry): void => {
    if (entry.bare && entry.unit.level === 'province') aloneFirsts.add(keys[0]!);
    trie.add(keys, entry);
  };
  const needsWord = new Set(NEEDS_PLACE_WORD.map((n) => viewKeys(n).join(' ')));
  const units = allUnits();
  /** A unit's name, as one of its forms: a province's stands alone unless it needs a place word. */
  const entryOf = (unit: AdminUnit, form: string): { keys: string[]; value: NameEntry } => {
    const { words, keys } = wordsOf(form);
    const bare = unit.level === 'province' && !needsWord.has(keys.join(' '));
    return { keys, value: { unit, words, alias: false, bare, selfTyped: false } };
  };
  // the provinces' names that stand alone are known now (a few dozen); every name goes into the trie when a text
  // first asks for its first word (most never are), its group made then
  const provinces = units.filter((u) => u.level === 'province');
  for (const unit of provinces) {
    for (const form of nameForms(unit)) {
      const { keys, value } = entryOf(unit, form);
      if (value.bare) aloneFirsts.add(keys[0]!);
    }
  }
  for (const [first, refs] of groupsOf(units)) {
    trie.addLater(first, () =>
      readRefs(refs).map(({ unit, form }) => {
        const named = units[unit]!;
        return entryOf(named, nameForms(named)[form]!);
      }),
    );
  }
  // aliases and self-typed forms are written for a 2025-03 province; they name its 2025-07 successor of the same name too
  const addProvinceForms = (code: string, forms: readonly string[], selfTyped: boolean): void => {
    const old = MAP_2025_03.byCode.get(code);
    if (!old) throw new Error(`place aliases: no province ${code}`);
    const successors = provinces.filter((u) => u.map === '2025-07' && u.bare === old.bare);
    for (const form of forms) {
      const keys = viewKeys(form);
      const bare = !needsWord.has(keys.join(' '));
      for (const unit of [old, ...successors]) add(keys, { unit, words: wordsOf(form).words, alias: true, bare, selfTyped });
    }
  };
  for (const [code, forms] of Object.entries(PROVINCE_ALIASES)) addProvinceForms(code, forms, false);
  for (const [code, forms] of Object.entries(SELF_TYPED_FORMS)) addProvinceForms(code, forms, true);
  index = { trie, aloneFirsts };
  return index;
}

/** The codes of the units above `unit` in its map, nearest first. */
export function parentsOf(unit: AdminUnit): string[] {
  const out: string[] = [];
  const byCode = MAPS[unit.map].byCode;
  for (let p = unit.parent; p !== null; p = byCode.get(p)?.parent ?? null) out.push(p);
  return out;
}

/**
 * `now`: a 2025-07 unit is itself; a 2025-03 province or commune became the 2025-07 units whose merged_from
 * lists it (its successors, derived when the data module is generated); a district (a tier that ended on
 * 2025-07-01) lies in the 2025-07 province of its province.
 */
export function nowOf(unit: AdminUnit): string[] {
  if (unit.map === '2025-07') return [unit.code];
  if (unit.level === 'district') {
    const province = MAP_2025_03.byCode.get(unit.parent ?? '');
    return province ? nowOf(province) : [];
  }
  return unit.successors === '' ? [] : unit.successors.split(',');
}

/** Whether `ancestor` (a code of `map`) is above `unit` in its map. */
export function isAbove(ancestor: { map: MapId; code: string }, unit: AdminUnit): boolean {
  return ancestor.map === unit.map && parentsOf(unit).includes(ancestor.code);
}
