/**
 * The gazetteer's name groups computed ahead of time (name-groups.ts). In the source tree there is none and the
 * index computes them when first used; `npm run build` replaces dist/extractors/places/name-groups-ahead.js with
 * the groups as this same code computes them (scripts/compile-gazetteer.mjs), so the command starts without
 * placing tones in ~14,000 names. The table is used only when it was made from as many units as the gazetteer has.
 */
export interface AheadNameGroups {
  /** How many units the groups were made from (both maps). */
  units: number;
  /** `writeNameGroups` of the groups. */
  text: string;
}

export const NAME_GROUPS_AHEAD: AheadNameGroups | null = null;
