/**
 * `scope` (ANNOTATION.md §documents): for a code that many local bodies share
 * (`TU`, `HU`, `ĐU`, `UBND`, `HĐND`, a Sở's code), the province or district of
 * the issuing body. From the issuer written (`của Tỉnh ủy Lào Cai`), else from
 * the province the reference's subject names (`… tỉnh Bắc Giang`), else from
 * the article when its own local bodies all belong to one unit, else null.
 * Codes that name one body in the country (`TW`, `TTg`, `CP`) have no scope.
 */
import { DISTRICTS, PROVINCES_34, PROVINCES_63 } from '../../lexicon/provinces.js';
import type { DocumentMention, OrganizationMention } from '../../types.js';
import { issuerOf } from './codes.js';

/** District-level Party committees: their scope is a district. */
const DISTRICT_CODES = new Set(['HU', 'QU', 'TXU']);

/** Every province name and spelling, longest first (`Thừa Thiên Huế` before `Huế`). */
const PROVINCE_NAMES: readonly [string, string][] = [
  ...PROVINCES_63.flatMap((p) => [[p.name, p.name] as [string, string], ...p.variants.map((v) => [v, p.name] as [string, string])]),
  ...PROVINCES_34.map((p) => [p.name, p.name] as [string, string]),
].sort((a, b) => b[0].length - a[0].length);
const DISTRICT_NAMES = [...new Set(DISTRICTS.map((d) => d.name))].sort((a, b) => b.length - a.length);

/** The main issuer group of an issuer code (`UBND`, `TU`; `BCA(C13)` → `BCA`). */
function mainIssuer(code: string): string {
  const paren = code.indexOf('(');
  return (paren >= 0 ? code.slice(0, paren) : code).split('-')[0]!;
}

/** Whether the code stands for one of many local bodies. */
export function isScopedCode(issuerCode: string | null): boolean {
  if (!issuerCode) return false;
  const main = mainIssuer(issuerCode);
  const info = issuerOf(main);
  if (info.known) return info.scoped === true;
  // unlisted: a Sở's code (`SNN`, `SLĐTBXH`) or a Tỉnh ủy's / Huyện ủy's organ (`BTGTU`, `UBKTHU`)
  const upper = main.toUpperCase();
  return (upper.startsWith('S') && upper.length >= 3 && upper.length <= 8) || ['TU', 'HU', 'UBND', 'HĐND'].some((l) => upper.endsWith(l));
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && (c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9'));

/** The first whole-word occurrence of `name` in `s`. */
function containsWord(s: string, name: string): boolean {
  for (let i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
    if (!isWordChar(s[i - 1]) && !isWordChar(s[i + name.length])) return true;
  }
  return false;
}

/**
 * Names by their first word, each with its rank in `names`: a name stands in a text only where that word starts
 * (a name opening with a non-word character is tried everywhere).
 */
interface NameIndex {
  byFirstWord: Map<string, { spelling: string; name: string; rank: number }[]>;
  anywhere: { spelling: string; name: string; rank: number }[];
}
function nameIndex(names: readonly (readonly [string, string])[]): NameIndex {
  const index: NameIndex = { byFirstWord: new Map(), anywhere: [] };
  names.forEach(([spelling, name], rank) => {
    let end = 0;
    while (end < spelling.length && isWordChar(spelling[end])) end++;
    if (end === 0) return void index.anywhere.push({ spelling, name, rank });
    const first = spelling.slice(0, end);
    const list = index.byFirstWord.get(first);
    if (list) list.push({ spelling, name, rank });
    else index.byFirstWord.set(first, [{ spelling, name, rank }]);
  });
  return index;
}
const PROVINCE_INDEX = nameIndex(PROVINCE_NAMES);
const DISTRICT_INDEX = nameIndex(DISTRICT_NAMES.map((n) => [n, n] as const));

/** The first name of the list (by rank) with a whole-word occurrence in `s`: `containsWord` over the list, word by word. */
function firstNameIn(s: string, index: NameIndex): string | null {
  let best: { name: string; rank: number } | null = null;
  const consider = (entry: { spelling: string; name: string; rank: number }, at: number): void => {
    if ((best === null || entry.rank < best.rank) && s.startsWith(entry.spelling, at) && !isWordChar(s[at + entry.spelling.length])) best = entry;
  };
  for (let i = 0; i < s.length; i++) {
    if (!isWordChar(s[i]) || isWordChar(s[i - 1])) continue;
    let end = i;
    while (end < s.length && isWordChar(s[end])) end++;
    for (const entry of index.byFirstWord.get(s.slice(i, end)) ?? []) consider(entry, i);
  }
  for (const entry of index.anywhere) if (containsWord(s, entry.spelling) && (best === null || entry.rank < best.rank)) best = entry;
  return best === null ? null : (best as { name: string }).name;
}

/** The province, else the district, named in an issuer's name (`Tỉnh ủy Lào Cai`, `Huyện ủy Bảo Thắng`). */
export function placeOfIssuer(issuer: string | null, district: boolean): string | null {
  if (!issuer) return null;
  if (district) {
    const name = firstNameIn(issuer, DISTRICT_INDEX);
    if (name) return name;
  }
  const province = firstNameIn(issuer, PROVINCE_INDEX);
  if (province) return province;
  if (!district) return firstNameIn(issuer, DISTRICT_INDEX);
  return null;
}

/**
 * The one province (or district) the article's own local bodies belong to:
 * the locations of its local bodies, else (for a province) the provinces it
 * names; null when none or several.
 */
export function articlePlace(organizations: readonly OrganizationMention[], level: 'province' | 'district', view: string): string | null {
  const places = new Set<string>();
  for (const o of organizations) if (o.level === level && o.location) places.add(o.location);
  if (places.size === 0 && level === 'province') for (const name of provincesNamed(view)) places.add(name);
  return places.size === 1 ? [...places][0]! : null;
}

/** The provinces named in a text, by their gazetteer names and spellings. */
function provincesNamed(view: string): Set<string> {
  const out = new Set<string>();
  for (const [spelling, name] of PROVINCE_NAMES) if (!out.has(name) && containsWord(view, spelling)) out.add(name);
  return out;
}

const SUBJECT_LEVEL_WORDS = ['tỉnh ', 'thành phố ', 'Tỉnh ', 'Thành phố ', 'TP. ', 'TP '];

/**
 * The province a reference's own subject names after a level word (`Quyết
 * định 672/QĐ-UBND phê duyệt … huyện Sơn Động, tỉnh Bắc Giang`): the subject
 * runs to the end of its line or clause; null when it names none or several.
 */
export function placeOfSubject(view: string, end: number): string | null {
  let stop = end;
  while (stop < view.length && stop - end < 200 && !'\n;.'.includes(view[stop]!)) stop++;
  const subject = view.slice(end, stop);
  const found = new Set<string>();
  // each level word where it stands as a word start, then every spelling right after it
  for (const level of SUBJECT_LEVEL_WORDS) {
    for (let i = subject.indexOf(level); i >= 0; i = subject.indexOf(level, i + 1)) {
      if (isWordChar(subject[i - 1])) continue;
      const at = i + level.length;
      for (const [spelling, name] of PROVINCE_NAMES) {
        if (subject.startsWith(spelling, at) && !isWordChar(subject[at + spelling.length])) found.add(name);
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Set `scope` on every mention; the article's own place is read once, and only when a mention needs it. */
export function withScopes(mentions: readonly DocumentMention[], organizations: readonly OrganizationMention[], view: string): DocumentMention[] {
  const article = new Map<'province' | 'district', string | null>();
  const own = (level: 'province' | 'district'): string | null => {
    if (!article.has(level)) article.set(level, articlePlace(organizations, level, view));
    return article.get(level)!;
  };
  return mentions.map((m) => {
    if (!isScopedCode(m.issuerCode)) return m.scope === null ? m : { ...m, scope: null };
    const district = DISTRICT_CODES.has(mainIssuer(m.issuerCode!).toUpperCase());
    const scope = placeOfIssuer(m.issuer, district) ?? (district ? null : placeOfSubject(view, m.end)) ?? own(district ? 'district' : 'province');
    return { ...m, scope };
  });
}
