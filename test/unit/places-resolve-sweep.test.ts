/**
 * Settling places by the parents written after and before them (extractors/places/resolve.ts) looks parents up by
 * key (issue 14: linear time; a list of a thousand places read a million pairs). Checked here against the two
 * loops it replaced, kept below as they were, on random runs of places whose names several units share (and their
 * districts and provinces, also shared names), with separators that join them into addresses and lists or not:
 * the same mentions, in the same order, and the same warnings.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAPS, MAP_2025_03, type AdminUnit, type MapId } from '../../src/lexicon/gazetteer.js';
import { parentsOf } from '../../src/extractors/places/gazetteer-index.js';
import { adjacent, mentionOf, onMap, resolvePlaces, under } from '../../src/extractors/places/resolve.js';
import type { FoundPlace } from '../../src/extractors/places/find.js';
import type { PlaceMention, Warning } from '../../src/types.js';

// --- the loops as they were (with the helpers they share with the code) ----------------------------------------------------------------------------------

function resolvePlacesPairs(text: string, found: readonly FoundPlace[], map: MapId, warn: (w: Warning) => void): PlaceMention[] {
  const narrowed: AdminUnit[][] = found.map((f) => f.units);
  for (let k = found.length - 2; k >= 0; k--) {
    for (let j = k + 1; j < found.length && adjacent(text, found[j - 1]!, found[j]!); j++) {
      const kept = under(narrowed[k]!, narrowed[j]!);
      if (kept.length > 0) {
        narrowed[k] = kept;
        break;
      }
    }
  }
  const settled: (AdminUnit | null)[] = [];
  const out: PlaceMention[] = [];
  found.forEach((f, k) => {
    let units = onMap(narrowed[k]!, map);
    for (let b = k - 1; b >= 0 && units.length > 1; b--) {
      const before = settled[b];
      if (!before || before.level === 'commune') continue;
      const kept = units.filter((u) => parentsOf(u).includes(before.code) && u.map === before.map);
      if (kept.length > 0) units = kept;
    }
    settled.push(units.length === 1 ? units[0]! : null);
    out.push(mentionOf(text, f, units, warn));
  });
  return out;
}

// --- names several units share, with their districts and provinces ------------------------------------------

/** Every unit of both maps by its bare name (what the finder gives for a name: every unit it can be). */
const BY_BARE = new Map<string, AdminUnit[]>();
for (const id of ['2025-03', '2025-07'] as const) for (const u of MAPS[id].units) BY_BARE.set(u.bare, [...(BY_BARE.get(u.bare) ?? []), u]);

/** Commune names shared by units of several districts, then the bare names of those districts and their provinces. */
const NAMES: string[] = (() => {
  const communes = [...BY_BARE].filter(([, units]) => units.filter((u) => u.level === 'commune' && u.map === '2025-03').length >= 3).slice(0, 12);
  const names = new Set<string>();
  for (const [bare, units] of communes) {
    names.add(bare);
    for (const u of units) {
      if (u.map !== '2025-03') continue;
      const district = MAP_2025_03.byCode.get(u.parent!);
      if (!district) continue;
      names.add(district.bare);
      const province = MAP_2025_03.byCode.get(district.parent!);
      if (province) names.add(province.bare);
    }
  }
  return [...names];
})();

const SEPARATORS = [', ', ' - ', ' và ', ' (', ' thuộc ', ' ', '. ', ' ở ', ';\n', ', xã '];

const runs = fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 });

function placesOf(items: readonly (readonly [string, string])[]): { text: string; found: FoundPlace[] } {
  let text = '';
  const found: FoundPlace[] = [];
  for (const [name, separator] of items) {
    found.push({ start: text.length, end: text.length + name.length, units: BY_BARE.get(name)!, typed: true });
    text += name + separator;
  }
  return { text, found };
}

describe('resolvePlaces (parents by key)', () => {
  test('the pool has shared names and their parents', () => {
    expect(NAMES.length).toBeGreaterThan(20);
    expect(NAMES.some((n) => BY_BARE.get(n)!.some((u) => u.level === 'province'))).toBe(true);
  });

  test('gives the mentions and warnings the loops over every pair gave', () => {
    fc.assert(
      fc.property(runs, fc.constantFrom<MapId>('2025-03', '2025-07'), (items, map) => {
        const { text, found } = placesOf(items);
        const warned: Warning[] = [];
        const warnedBefore: Warning[] = [];
        expect(resolvePlaces(text, found, map, (w) => warned.push(w))).toEqual(resolvePlacesPairs(text, found, map, (w) => warnedBefore.push(w)));
        expect(warned).toEqual(warnedBefore);
      }),
      { numRuns: 1500 },
    );
  });

  test('settles something in the random runs (the check is not vacuous)', () => {
    const { text, found } = placesOf(NAMES.map((n) => [n, ', '] as const));
    const mentions = resolvePlacesPairs(text, found, '2025-03', () => {});
    expect(mentions.some((m) => m.code !== null && BY_BARE.get(text.slice(m.start, m.end))!.length > 1)).toBe(true);
  });
});
