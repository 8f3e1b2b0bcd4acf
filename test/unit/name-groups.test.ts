/**
 * The gazetteer's names grouped by first key (src/extractors/places/name-groups.ts): every form of every unit in
 * the group of its own first key, in order; the text the build writes reads back as the groups; the build's table
 * (dist/, scripts/compile-gazetteer.mjs) is what the source tree computes today; a stale table is ignored.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test, vi } from 'vitest';

vi.mock('../../src/extractors/places/name-groups-ahead.js', () => ({
  // made from another gazetteer (its unit count): never read, or the index would find nothing right
  NAME_GROUPS_AHEAD: { units: 3, text: 'lào\t1,2' },
}));

const { MAP_2025_03, MAP_2025_07 } = await import('../../src/lexicon/gazetteer.js');
const { nameForms, nameGroups, readNameGroups, readRefs, wordsOf, writeNameGroups } = await import('../../src/extractors/places/name-groups.js');
const { findPlaces } = await import('../../src/extractors/places/find.js');
const { matchView, normalizeText } = await import('../../src/core/normalize.js');

const units = [...MAP_2025_03.units, ...MAP_2025_07.units];
const groups = nameGroups(units);

describe('name groups', () => {
  test('every form of every unit is in the group of its first key, in the order of the units and forms', () => {
    let names = 0;
    let previous = new Map<string, number>();
    for (const [key, refs] of groups) {
      for (const { unit, form } of refs) {
        const written = nameForms(units[unit]!)[form]!;
        expect(wordsOf(written).keys[0]).toBe(key);
        const order = unit * 10 + form;
        expect(order).toBeGreaterThan(previous.get(key) ?? -1);
        previous = previous.set(key, order);
        names++;
      }
    }
    expect(names).toBe(units.reduce((n, unit) => n + nameForms(unit).length, 0));
    // a name with an apostrophe is there in each way it is written
    const drai = units.findIndex((u) => u.bare === "Ia H' Drai");
    expect(drai).toBeGreaterThanOrEqual(0);
    expect(nameForms(units[drai]!)).toEqual(["Ia H' Drai", "Ia H'Drai"]);
  });

  test('a tone moved to the view placement keys the group (`Hoà` → `hòa`)', () => {
    const hoa = units.find((u) => u.bare.startsWith('Hoà '));
    expect(hoa).toBeDefined();
    const key = wordsOf(nameForms(hoa!)[0]!).keys[0]!;
    expect(key).toBe('hòa');
    expect(groups.get(key)!.some((ref) => units[ref.unit] === hoa)).toBe(true);
  });

  test('the text reads back as the groups', () => {
    const back = readNameGroups(writeNameGroups(groups));
    expect([...back.keys()]).toEqual([...groups.keys()]);
    for (const [key, refs] of groups) expect(readRefs(back.get(key)!)).toEqual(refs);
  });

  test('a table made from other units is ignored: the groups are computed', () => {
    const text = normalizeText('UBND tỉnh Lào Cai và huyện Bảo Thắng, huyện Ia H’Drai.');
    const found = findPlaces(matchView(text, 'traditional')).map((f) => `${text.slice(f.start, f.end)}: ${f.units.map((u) => u.code).join(' ')}`);
    expect(found).toEqual(['tỉnh Lào Cai: 10 15', 'huyện Bảo Thắng: 086', "huyện Ia H'Drai: 618"]);
  });

  test('the build (dist/) wrote the groups the source tree computes today', async () => {
    const built = path.join(import.meta.dirname, '..', '..', 'dist', 'extractors', 'places', 'name-groups-ahead.js');
    if (!existsSync(built)) return; // no build in this checkout: nothing to compare
    const { NAME_GROUPS_AHEAD } = (await import(pathToFileURL(built).href)) as { NAME_GROUPS_AHEAD: { units: number; text: string } };
    expect(NAME_GROUPS_AHEAD).toEqual({ units: units.length, text: writeNameGroups(groups) });
  });
});
