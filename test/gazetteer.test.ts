/**
 * The gazetteer as shipped: the generated data module is what scripts/gen-gazetteer.mjs makes of
 * data/gazetteer/*.tsv today, both maps are complete, and every 2025-03 province and commune has a 2025-07 unit
 * it became part of (so `now` is never empty for a settled place).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nowOf } from '../src/extractors/places/gazetteer-index.js';
import { MAP_2025_03, MAP_2025_07 } from '../src/lexicon/gazetteer.js';
import { PROVINCES_34, PROVINCES_63, DISTRICTS } from '../src/lexicon/provinces.js';
// @ts-expect-error: a plain ESM script without types
import { generate, OUTPUT } from '../scripts/gen-gazetteer.mjs';

const count = (units: readonly { level: string }[], level: string): number => units.filter((u) => u.level === level).length;

describe('gazetteer', () => {
  test('the generated module is up to date with data/gazetteer/*.tsv', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((generate as () => string)());
  });

  test('both maps are complete', () => {
    expect([count(MAP_2025_03.units, 'province'), count(MAP_2025_03.units, 'district'), count(MAP_2025_03.units, 'commune')]).toEqual([63, 696, 10047]);
    expect([count(MAP_2025_07.units, 'province'), count(MAP_2025_07.units, 'district'), count(MAP_2025_07.units, 'commune')]).toEqual([34, 0, 3321]);
    expect([PROVINCES_63.length, PROVINCES_34.length, DISTRICTS.length]).toEqual([63, 34, 696]);
  });

  test('every parent exists in its map', () => {
    for (const map of [MAP_2025_03, MAP_2025_07]) {
      for (const u of map.units) if (u.parent !== null) expect(map.byCode.has(u.parent), `${map.id} ${u.code}`).toBe(true);
    }
  });

  test('every 2025-03 unit is part of some 2025-07 unit now, and merged_from names only 2025-03 codes', () => {
    for (const u of MAP_2025_03.units) expect(nowOf(u).length, `${u.code} ${u.name}`).toBeGreaterThan(0);
    for (const u of MAP_2025_07.units) for (const m of u.mergedFrom) expect(MAP_2025_03.byCode.has(m.code), `${u.code} ← ${m.code}`).toBe(true);
    // Vĩnh Phúc (26) and Hòa Bình (17) are now Phú Thọ (25); Lào Cai (10) and Yên Bái (15) are now Lào Cai (15)
    expect(nowOf(MAP_2025_03.byCode.get('26')!)).toEqual(['25']);
    expect(nowOf(MAP_2025_03.byCode.get('10')!)).toEqual(['15']);
  });

  test("a 2025-03 unit's successors are the 2025-07 units of its level whose merged_from lists it, sorted", () => {
    // the inversion the generator does, done here again from the parsed merged_from lists
    const expected = new Map<string, string[]>();
    const levelOf = (code: string): string | undefined => ({ 2: 'province', 3: 'district', 5: 'commune' })[code.length];
    for (const u of MAP_2025_07.units) {
      for (const m of u.mergedFrom) {
        if (levelOf(m.code) !== u.level) continue;
        const list = expected.get(m.code) ?? [];
        if (!list.includes(u.code)) list.push(u.code);
        expected.set(m.code, list);
      }
    }
    let listed = 0;
    for (const u of MAP_2025_03.units) {
      expect(u.successors, u.code).toBe((expected.get(u.code) ?? []).sort().join(','));
      if (u.successors !== '') listed++;
    }
    expect(listed).toBe(63 + 10047);
    for (const u of MAP_2025_07.units) expect(u.successors).toBe('');
    expect(nowOf(MAP_2025_03.byCode.get('00007')!)).toEqual(['00008', '00025']);
  });

  test('names are official, with their type word, in NFC', () => {
    for (const u of [...MAP_2025_03.units, ...MAP_2025_07.units]) {
      expect(u.name.normalize('NFC')).toBe(u.name);
      expect(u.name.endsWith(` ${u.bare}`)).toBe(true);
    }
  });
});
