/**
 * Provinces and districts as the organization rules read them (DOMAIN.md §3), derived from the gazetteer
 * (lexicon/gazetteer.ts, every unit of both systems): nothing here is typed by hand but the aliases there.
 *
 * Names are bare (no type word) and in the traditional tone placement (`Hòa Bình`), which is the placement of
 * the match view; `variants` are other spellings seen in texts (`Thừa Thiên-Huế`, `Đắc Nông`, `HCM`).
 */
import { MAP_2025_03, MAP_2025_07, PROVINCE_ALIASES, traditionalName, type AdminUnit } from './gazetteer.js';

export interface Province {
  /** GSO code. */
  code: string;
  name: string;
  /** Centrally-run city (thành phố trực thuộc Trung ương). */
  city: boolean;
  variants: readonly string[];
}

const provinceOf = (u: AdminUnit): Province => ({
  code: u.code,
  name: traditionalName(u.bare),
  city: u.type === 'Thành phố Trung ương',
  variants: PROVINCE_ALIASES[u.code] ?? [],
});

/** The 63 units before 1 July 2025 (58 provinces + 6 centrally-run cities; Huế became a city on 1/1/2025). */
export const PROVINCES_63: readonly Province[] = MAP_2025_03.units.filter((u) => u.level === 'province').map(provinceOf);
const NAME_63 = new Map(PROVINCES_63.map((p) => [p.code, p.name]));

export interface MergedProvince {
  code: string;
  name: string;
  city: boolean;
  /** Pre-2025 units it was formed from (names of PROVINCES_63); itself only when unchanged. */
  formedFrom: readonly string[];
}

/** The 34 units from 1 July 2025 (NQ 202/2025/QH15), with the pre-2025 units each was formed from (merged_from). */
export const PROVINCES_34: readonly MergedProvince[] = MAP_2025_07.units
  .filter((u) => u.level === 'province')
  .map((u) => ({
    code: u.code,
    name: traditionalName(u.bare),
    city: u.type === 'Thành phố Trung ương',
    formedFrom: u.mergedFrom.map((m) => NAME_63.get(m.code) ?? m.code),
  }));

export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';

export interface District {
  name: string;
  kind: DistrictKind;
  /** The pre-2025 province (a PROVINCES_63 name). */
  province: string;
}

/**
 * The 696 district-level units (before 1 July 2025, when the tier was abolished). A name can be both a district
 * and its province's city (`thành phố Vĩnh Long`, `thành phố Cao Bằng`).
 */
export const DISTRICTS: readonly District[] = MAP_2025_03.units
  .filter((u) => u.level === 'district')
  .map((u) => ({ name: traditionalName(u.bare), kind: u.type.toLowerCase() as DistrictKind, province: NAME_63.get(u.parent ?? '') ?? '' }));
