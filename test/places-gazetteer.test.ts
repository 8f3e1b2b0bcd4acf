/**
 * Generated from the gazetteer: every unit of both maps, written in a report phrase with its parents
 * (`UBND huyện X, tỉnh Y`, `xã X, huyện Y, tỉnh Z`, `phường X, TP. Y`), must be found with its code, level and
 * parents: 100%, for all 97 provinces, 696 districts and 13,368 communes. Phrases alternate the tone-mark style
 * (`Hoà`/`Hòa`), capitals and the `TP.`/`TX.` abbreviations.
 */
import { describe, expect, test } from 'vitest';
import { matchView, placeTones } from '../src/core/normalize.js';
import { findPlaces } from '../src/extractors/places/find.js';
import { parentsOf } from '../src/extractors/places/gazetteer-index.js';
import { resolvePlaces } from '../src/extractors/places/resolve.js';
import { MAP_2025_03, MAP_2025_07, type AdminMap, type AdminUnit } from '../src/lexicon/gazetteer.js';
import type { PlaceMention } from '../src/types.js';

/** How a report writes a unit's type word: lower case, a city or town sometimes abbreviated. */
function typeWord(u: AdminUnit, k: number): string {
  if (u.type === 'Thành phố Trung ương' || u.type === 'Thành phố') return k % 2 === 0 ? 'thành phố' : 'TP.';
  if (u.type === 'Thị xã') return k % 2 === 0 ? 'thị xã' : 'TX.';
  return u.type.toLowerCase();
}
/** Names capitalized word by word, as texts write them (the gazetteer has a few lower-case slips: `Xã Đại áng`). */
const capitalized = (bare: string): string => bare.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

function phrase(u: AdminUnit, map: AdminMap, k: number): { text: string; at: number } {
  const chain = [u, ...parentsOf(u).map((c) => map.byCode.get(c)!)];
  const body = chain.map((x, i) => `${typeWord(x, k + i)} ${capitalized(x.bare)}`).join(', ');
  const lead = u.level === 'commune' ? 'Người dân ' : 'UBND ';
  let text = `${lead}${body} cho biết.`;
  if (k % 3 === 1) text = text.toUpperCase();
  if (k % 2 === 1) text = placeTones(text, 'modern');
  return { text, at: lead.length };
}

/** Units that share their name and every parent with another unit: no text can tell them apart (one pair in 2025-03). */
function twins(map: AdminMap): Set<string> {
  const seen = new Map<string, string[]>();
  for (const u of map.units) {
    const key = `${u.name}|${parentsOf(u).join()}`;
    seen.set(key, [...(seen.get(key) ?? []), u.code]);
  }
  return new Set([...seen.values()].filter((codes) => codes.length > 1).flat());
}

function check(map: AdminMap): { total: number; failures: string[]; twins: number } {
  const failures: string[] = [];
  const alike = twins(map);
  map.units.forEach((u, k) => {
    const { text, at } = phrase(u, map, k);
    const view = matchView(text, 'modern');
    const mentions: PlaceMention[] = resolvePlaces(text, findPlaces(view), map.id, () => {});
    const m = mentions.find((x) => x.start === at);
    const ok = m && (alike.has(u.code) ? m.code === null : m.code === u.code) && m.level === u.level && m.map === map.id && m.parents.join() === parentsOf(u).join();
    if (!ok) failures.push(`${u.code} ${text} → ${m ? `${m.code} ${m.level} ${m.map} [${m.parents}]` : 'not found'}`);
  });
  return { total: map.units.length, failures, twins: alike.size };
}

describe('every unit of the gazetteer is found and coded', () => {
  test.each([MAP_2025_03, MAP_2025_07])('map $id', (map) => {
    const { total, failures, twins: alike } = check(map);
    expect(total).toBe(map.id === '2025-03' ? 63 + 696 + 10047 : 34 + 3321);
    // Xã Đông Khê (16387 and 16408) of Thành phố Thanh Hóa: same name, same parents; found with code null
    expect(alike).toBe(map.id === '2025-03' ? 2 : 0);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(failures).toHaveLength(0);
  });
});
