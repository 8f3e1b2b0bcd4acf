/**
 * Decide which unit each found place is (ANNOTATION.md `places`):
 *
 * 1. the map: the document's date (publication date or `--ref-date`; without either, the latest date the text
 *    itself reports) picks 2025-03 before 2025-07-01 and 2025-07 from then on; with no date at all, 2025-07
 *    first. A name only the other map has is taken from it.
 * 2. a name several units share is settled by a parent written with it (`xã Tân Lập, huyện Đan Phượng`,
 *    `phường 1, quận 3, TP. Hồ Chí Minh`: each place narrowed by the one written right after it), else by the
 *    nearest province or district named before it; failing both, `code: null` and an `ambiguous-place` warning.
 */
import type { AdminUnit, MapId } from '../../lexicon/gazetteer.js';
import type { PlaceMention, Warning } from '../../types.js';
import type { FoundPlace } from './find.js';
import { nowOf, parentsOf } from './gazetteer-index.js';

/** The first day of the two-level system. */
const SWITCH = '2025-07-01';

/** The map a document's places are read on, from its date (`YYYY-MM-DD…`) or null. */
export function mapFor(date: string | null): MapId {
  return date === null || date.slice(0, 10) >= SWITCH ? '2025-07' : '2025-03';
}

const unitKey = (u: AdminUnit): string => `${u.map}:${u.code}`;
const ancestorKeys = (u: AdminUnit): string[] => parentsOf(u).map((c) => `${u.map}:${c}`);

/** The units that lie under one of `parents`. */
export function under(units: readonly AdminUnit[], parents: readonly AdminUnit[]): AdminUnit[] {
  const keys = new Set(parents.map(unitKey));
  return units.filter((u) => ancestorKeys(u).some((k) => keys.has(k)));
}

/** The units of the preferred map, else those of the other one. */
export function onMap(units: AdminUnit[], map: MapId): AdminUnit[] {
  const inMap = units.filter((u) => u.map === map);
  return inMap.length > 0 ? inMap : units;
}

/** Only separators between two places of one address or list: `, `, ` - `, ` (`, ` và `, ` thuộc `, a space. */
export function adjacent(text: string, a: FoundPlace, b: FoundPlace): boolean {
  const between = text.slice(a.end, b.start).replace(' và ', ' ').replace(' thuộc ', ' ');
  if (between.length > 4) return false;
  for (const ch of between) if (!' ,-('.includes(ch)) return false;
  return true;
}

const shared = (lists: string[][]): string[] => (lists.length === 0 ? [] : lists[0]!.filter((c) => lists.every((l) => l.includes(c))));

export function resolvePlaces(
  text: string,
  found: readonly FoundPlace[],
  map: MapId,
  warn: (w: Warning) => void,
): PlaceMention[] {
  // 1. parents written after: right to left, each place narrowed by the first (narrowed) place of its address
  //    or list after it that is above it (`xã A, xã B, huyện C`: C settles both). The places after it in its run of
  //    adjacent places are settled by then: where each unit first stands among them is kept by the unit's key, and
  //    the first place above is found from the ancestors of the place's units, not by reading the run again for
  //    every place of it (a list of a thousand places read a million pairs).
  const narrowed: AdminUnit[][] = found.map((f) => f.units);
  const firstIn = new Map<string, number>(); // a unit's key → the first place of the run after this one that holds it
  for (let k = found.length - 1; k >= 0; k--) {
    if (k + 1 < found.length && !adjacent(text, found[k]!, found[k + 1]!)) firstIn.clear();
    let above = found.length;
    for (const u of narrowed[k]!) {
      for (const key of ancestorKeys(u)) {
        const at = firstIn.get(key);
        if (at !== undefined && at < above) above = at;
      }
    }
    if (above < found.length) narrowed[k] = under(narrowed[k]!, narrowed[above]!);
    for (const u of narrowed[k]!) firstIn.set(unitKey(u), k);
  }
  // 2. left to right: the map, then the nearest province or district named before. Each settled one narrows the
  //    units to those under it, when any is; only those above one of the units can, and of each only its nearest
  //    place counts (narrowing by it again changes nothing), so those are looked up by key, nearest first, instead
  //    of reading back over every place before.
  const settled: (AdminUnit | null)[] = [];
  const lastAt = new Map<string, number>(); // a settled province's or district's key → the last place settled on it
  const out: PlaceMention[] = [];
  found.forEach((f, k) => {
    let units = onMap(narrowed[k]!, map);
    if (units.length > 1) {
      const nearest: number[] = [];
      for (const u of units) {
        for (const key of ancestorKeys(u)) {
          const at = lastAt.get(key);
          if (at !== undefined) nearest.push(at);
        }
      }
      nearest.sort((a, b) => b - a);
      for (let i = 0; i < nearest.length && units.length > 1; i++) {
        const before = settled[nearest[i]!]!;
        const kept = units.filter((u) => parentsOf(u).includes(before.code) && u.map === before.map);
        if (kept.length > 0) units = kept;
      }
    }
    const unit = units.length === 1 ? units[0]! : null;
    settled.push(unit);
    if (unit && unit.level !== 'commune') lastAt.set(unitKey(unit), k);
    out.push(mentionOf(text, f, units, warn));
  });
  return out;
}

/** The mention of a found place and the units it was settled to: one (its code), or several (a warning). */
export function mentionOf(text: string, f: FoundPlace, units: readonly AdminUnit[], warn: (w: Warning) => void): PlaceMention {
  const unit = units.length === 1 ? units[0]! : null;
  const first = units[0]!;
  if (!unit) {
    warn({
      code: 'ambiguous-place',
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      message: `${first.name} fits ${units.length} units of the ${first.map} map; no parent written with it settles which`,
    });
  }
  return {
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    name: first.name,
    level: first.level,
    map: first.map,
    code: unit ? unit.code : null,
    parents: unit ? parentsOf(unit) : shared(units.map(parentsOf)),
    now: unit ? nowOf(unit) : shared(units.map(nowOf)),
  };
}
