/**
 * places: every Vietnamese administrative unit named in the text (ANNOTATION.md `places`), found with the
 * gazetteer's word trie (find.ts) and settled to one unit of one map (resolve.ts). No regex rules: the
 * ~13,000 names are matched word by word, not as an alternation.
 */
import { defineExtractor, type Context } from '../../core/define-extractor.js';
import { overlapsAny } from '../../core/spans.js';
import type { PlaceMention } from '../../types.js';
import { findPlaces } from './find.js';
import { mapFor, resolvePlaces } from './resolve.js';

/** The document's date for the map: the reference date, else the latest date the text reports (its `from`). */
function documentDate(ctx: Context): string | null {
  if (ctx.refDate) return ctx.refDate;
  let latest: string | null = null;
  for (const d of ctx.found.dates ?? []) if (latest === null || d.from > latest) latest = d.from;
  return latest;
}

export function extractPlaces(ctx: Context): PlaceMention[] {
  // a name inside a numbered document's code is not a place (`…/UBND-Lào Cai` style symbols)
  const codes = (ctx.found.documents ?? []).filter((d) => d.number !== null && !d.named);
  const found = findPlaces(ctx.view).filter((f) => !overlapsAny(f, ctx.boilerplate) && !overlapsAny(f, codes));
  return resolvePlaces(ctx.text, found, mapFor(documentDate(ctx)), (w) => ctx.warn(w));
}

export const places = defineExtractor({
  category: 'places',
  dependsOn: ['dates', 'documents'],
  rules: [],
  refiners: [{ name: 'places/gazetteer', refine: (_mentions, ctx) => extractPlaces(ctx) }],
});
