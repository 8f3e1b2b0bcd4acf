/**
 * Read a matched body name unit by unit (organs, then a base, then a level
 * phrase) and build its canonical fields. Pure functions over the match view.
 */
import { FIELD_ABBREVIATIONS, LEVEL_ABBREVIATIONS, ORG_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { CAP_LEVELS, LEVEL_WORDS, type Level } from '../../lexicon/org-levels.js';
// the body-name lexicon, table by table (organs, bases, fields, offices)
import * as names from '../../lexicon/org-names.js';
import { DISTRICTS, PROVINCES_34, PROVINCES_63 } from '../../lexicon/provinces.js';
import { levelAt, type LevelPart } from './level.js';
import { baseAt, organAt } from './chain.js';
import { collapseSpaces, memoByText, wordKey } from '../../patterns/text.js';

/** Lookup key of a written form: lower case, single spaces, no spaces around `-`. */
export function formKey(s: string): string {
  const key = wordKey(s);
  return key.includes('-') ? key.replaceAll(' -', '-').replaceAll('- ', '-') : key;
}
const collapse = collapseSpaces;

function indexBy<T>(entries: readonly T[], forms: (e: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const e of entries) for (const f of forms(e)) if (!map.has(formKey(f))) map.set(formKey(f), e);
  return map;
}

const ORGAN_BY_KEY = indexBy(names.ORGANS, (o) => [o.name, ...(o.forms ?? [])]);
const BASE_BY_KEY = indexBy(names.BASES, (b) => [b.name, ...(b.forms ?? [])]);
const FIELD_BY_KEY = indexBy([...names.FIELDS, ...names.MINISTRY_ONLY_FIELDS], (f) => [f.name, ...(f.forms ?? [])]);
const AGENCY_BY_KEY = new Map(names.AGENCY_NAMES.map((a) => [formKey(a), a]));
const OFFICE_BY_KEY = new Map([...names.FIELD_OFFICES, ...names.AGENCY_OFFICES].map((o) => [formKey(o.word), o]));
// the name of a unit in force (`Huế`, a city since 2025) wins over a variant of an older one (`Huế` for Thừa Thiên Huế)
const PROVINCE_BY_KEY = new Map<string, string>([
  ...PROVINCES_63.flatMap((p) => [p.name, ...p.variants].map((v) => [formKey(v), p.name] as const)),
  ...PROVINCES_34.map((p) => [formKey(p.name), p.name] as const),
]);
const DISTRICT_BY_KEY = new Map(DISTRICTS.map((d) => [formKey(d.name), d.name]));
/** Provinces that are not centrally-run cities: `thành phố Cao Bằng` is then the provincial capital, a district. */
const NON_CITY_PROVINCES = new Set(PROVINCES_63.filter((p) => !p.city).map((p) => p.name));

export type UnitKind = 'organ' | 'base' | 'field' | 'agency' | 'steering' | 'adhoc';
/**
 * One unit of a chain. Every unit has every key, `organ` and `base` undefined where they do not apply: the resolvers
 * read units of each kind at the same places, and objects of one shape keep those reads out of V8's megamorphic
 * lookup.
 */
export interface Unit {
  kind: UnitKind;
  start: number;
  end: number;
  raw: string;
  organ: names.OrganEntry | undefined;
  base: names.BaseEntry | undefined;
}

export type { LevelKind, LevelPart } from './level.js';

export interface Chain {
  units: Unit[];
  level: LevelPart | null;
}

const SPACE = ' ';
function skipSpaces(view: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && view[q] === SPACE) q++;
  return q;
}

/** Whether a base or an organ starts after the spaces at `p`. */
function startsUnit(view: string, p: number, end: number): boolean {
  const q = skipSpaces(view, p, end);
  return q > p && q < end && (baseAt(view, q) !== null || organAt(view, q) >= 0);
}

/** The units of the body name that stands in `view` at [start, end). */
export function parseChain(view: string, start: number, end: number): Chain {
  const sub = view.slice(0, end);
  const units: Unit[] = [];
  let p = start;
  for (;;) {
    const base = baseAt(sub, p);
    const organEnd = organAt(sub, p);
    if (!base && organEnd < 0) break;
    // an organ that is also a base (`Thanh tra`) is the organ when a body follows it (`Thanh tra Sở Y tế`)
    const organFirst = organEnd >= 0 && base && organEnd === base.end && startsUnit(sub, organEnd, end);
    if (organEnd >= 0 && (!base || organEnd > base.end || organFirst)) {
      const raw = sub.slice(p, organEnd);
      units.push({ kind: 'organ', start: p, end: organEnd, raw, organ: ORGAN_BY_KEY.get(formKey(raw)), base: undefined });
      const q = skipSpaces(sub, organEnd, end);
      if (q === organEnd) break;
      p = q;
      continue;
    }
    const { kind, end: baseEnd } = base!;
    const raw = sub.slice(p, baseEnd);
    units.push({ kind, start: p, end: baseEnd, raw, organ: undefined, base: kind === 'base' ? BASE_BY_KEY.get(formKey(raw)) : undefined });
    break;
  }
  let level: LevelPart | null = null;
  // a last organ that is also a level phrase (`Trung ương` in `Ban Dân vận Trung ương`) is the level phrase
  const dangling = units[units.length - 1];
  if (units.length > 1 && dangling?.kind === 'organ') {
    const level = levelAt(sub, dangling.start);
    if (level) {
      units.pop();
      return { units, level };
    }
  }
  const last = units[units.length - 1];
  if (last) {
    let q = skipSpaces(sub, last.end, end);
    // `Viện kiểm sát nhân dân (VKSND) tối cao`: the abbreviation inside the name is skipped to its level
    const inner = sub[q] === '(' ? sub.indexOf(')', q) : -1;
    if (inner > q && inner - q <= 10) q = skipSpaces(sub, inner + 1, end);
    if (q > last.end && q < end) level = levelAt(sub, q);
  }
  return { units, level };
}

/** The family a unit belongs to, for the organ → parent check. */
export function unitSystem(u: Unit): names.OrgSystem {
  if (u.organ) return u.organ.system;
  if (u.base) return u.base.system;
  return 'state';
}

export interface Place {
  name: string;
  /** Validated against the gazetteer. */
  known: 'province' | 'district' | null;
}

export function resolvePlace(raw: string): Place {
  const key = formKey(raw);
  const province = PROVINCE_BY_KEY.get(key) ?? (key === 'hcm' ? 'Hồ Chí Minh' : undefined);
  if (province) return { name: province, known: 'province' };
  const district = DISTRICT_BY_KEY.get(key);
  if (district) return { name: district, known: 'district' };
  return { name: collapse(raw), known: null };
}

/** Canonical name of one unit. */
export function unitName(u: Unit, alone: boolean): string {
  switch (u.kind) {
    case 'organ':
      return u.organ?.name ?? collapse(u.raw);
    case 'base':
      return (alone ? u.base?.aloneName : undefined) ?? u.base?.name ?? collapse(u.raw);
    case 'field': {
      const [office, ...rest] = collapse(u.raw).split(' ');
      const field = rest.join(' ');
      const canonicalOffice = OFFICE_BY_KEY.get(formKey(office!))?.word ?? office!;
      return `${canonicalOffice} ${FIELD_BY_KEY.get(formKey(field))?.name ?? FIELD_ABBREVIATIONS[field] ?? field}`;
    }
    case 'agency': {
      const words = collapse(u.raw).split(' ');
      const two = words.slice(0, 2).join(' ');
      const officeWords = OFFICE_BY_KEY.has(formKey(two)) ? 2 : 1;
      const office = OFFICE_BY_KEY.get(formKey(words.slice(0, officeWords).join(' ')))?.word ?? words.slice(0, officeWords).join(' ');
      const rest = words.slice(officeWords).join(' ');
      return `${office} ${AGENCY_BY_KEY.get(formKey(rest)) ?? rest}`;
    }
    case 'steering': {
      const words = collapse(u.raw).split(' ');
      const purpose = (words[0] === 'BCĐ' ? words.slice(1) : words.slice(3)).join(' ');
      const verb = names.PURPOSE_VERBS.some((v) => formKey(purpose).startsWith(`${v} `) || formKey(purpose) === v);
      const board = words[0] !== 'BCĐ' && formKey(words[2]!) === 'huy' ? 'Ban Chỉ huy' : 'Ban Chỉ đạo';
      return `${board} ${verb ? purpose : purpose.charAt(0).toUpperCase() + purpose.slice(1)}`;
    }
    case 'adhoc': {
      const s = collapse(u.raw);
      return s.charAt(0).toUpperCase() + s.slice(1);
    }
  }
}

/** Whether an agency unit's name is one of the lexicon's (`Cục Thuế`), not any capitalized words. */
export function isKnownAgency(u: Unit): boolean {
  const words = collapse(u.raw).split(' ');
  const officeWords = OFFICE_BY_KEY.has(formKey(words.slice(0, 2).join(' '))) ? 2 : 1;
  return AGENCY_BY_KEY.has(formKey(words.slice(officeWords).join(' ')));
}

/** The level a unit has by nature (`Bộ Chính trị` central, `Sở` province), null when only words around it tell. */
export function unitLevel(u: Unit): Level | null {
  if (u.organ) return u.organ.level ?? null;
  if (u.base) return u.base.level;
  if (u.kind === 'field' || u.kind === 'agency') {
    const words = collapse(u.raw).split(' ');
    const two = OFFICE_BY_KEY.get(formKey(words.slice(0, 2).join(' ')));
    return (two ?? OFFICE_BY_KEY.get(formKey(words[0]!)))?.level ?? null;
  }
  return null;
}

export interface LevelReading {
  /** Words added to the name: `tỉnh Vĩnh Long`, `cấp huyện`, `Trung ương`. Null adds nothing. */
  phrase: string | null;
  level: Level | null;
  location: string | null;
}

/** What a level phrase adds to a body's name, level and location. */
export function readLevel(part: LevelPart): LevelReading {
  switch (part.kind) {
    case 'cap': {
      const key = formKey(part.word!);
      return { phrase: key, level: CAP_LEVELS[key] ?? null, location: null };
    }
    case 'central':
      return { phrase: 'Trung ương', level: 'central', location: null };
    case 'vn':
      return { phrase: 'Việt Nam', level: 'central', location: null };
    case 'word':
    case 'abbr': {
      const word = part.kind === 'abbr' ? LEVEL_ABBREVIATIONS[part.word!.trim()] ?? 'thành phố' : formKey(part.word!);
      const place = part.place ? resolvePlace(part.place.raw) : null;
      let level = LEVEL_WORDS[word] ?? null;
      // a name after xã, phường, thị trấn is a commune's: never the province or district of the same name
      // (`xã Tân Phú` is no location Tân Phú, a district elsewhere), and communes are not locations
      if (level === 'commune') return { phrase: place ? `${word} ${place.name}` : word, level, location: null };
      if (word === 'thành phố' && (place?.known === 'district' || (place?.known === 'province' && NON_CITY_PROVINCES.has(place.name)))) level = 'district';
      return {
        phrase: place ? `${word} ${place.name}` : word,
        level,
        location: place?.known ? place.name : null,
      };
    }
    case 'bare': {
      const place = resolvePlace(part.place!.raw);
      return { phrase: place.name, level: place.known === 'province' ? 'province' : place.known === 'district' ? 'district' : null, location: place.known ? place.name : null };
    }
  }
}

/**
 * The abbreviations `findAbbreviation` looks up, as sets (entries with a value): read once per organization mention,
 * word by word, where an object lookup by a fresh string costs a string-table search each time; and the first words
 * of the two-word ones, so that a pair is only joined where it can be one.
 */
const ORG_ABBR = new Set(Object.entries(ORG_ABBREVIATIONS).flatMap(([k, v]) => (v ? [k] : [])));
const FIELD_ABBR = new Set(Object.entries(FIELD_ABBREVIATIONS).flatMap(([k, v]) => (v ? [k] : [])));
const ORG_ABBR_PAIR_FIRSTS = new Set([...ORG_ABBR].flatMap((k) => (k.split(' ').length === 2 ? [k.split(' ')[0]!] : [])));

const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * The abbreviated token of a mention as written (`UBND` in `Ban cán sự đảng UBND tỉnh`), else null. Read once per
 * distinct text: a report writes the same bodies again and again.
 */
export const findAbbreviation: (text: string) => string | null = memoByText(abbreviationIn, 5000);

function abbreviationIn(text: string): string | null {
  const words = collapse(text).split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i + 1 < words.length && ORG_ABBR_PAIR_FIRSTS.has(word)) {
      const pair = `${word} ${words[i + 1]}`;
      if (ORG_ABBR.has(pair)) return pair;
    }
    if (ORG_ABBR.has(word) || FIELD_ABBR.has(word)) return word;
    // (the cheap tests first: not a lower-case ASCII initial, a word in capitals, then a base's written form)
    if (word.length > 1 && !isAsciiLower(word.charCodeAt(0)) && word === word.toUpperCase() && BASE_BY_KEY.get(formKey(word))?.forms?.includes(word)) return word;
  }
  // a level's abbreviation ends with its dot (`TP.`): only a word with a dot can hold one
  for (const w of words) {
    const dot = w.indexOf('.');
    if (dot < 0) continue;
    const head = w.slice(0, dot + 1);
    if (LEVEL_ABBREVIATIONS[head]) return head;
  }
  return null;
}
