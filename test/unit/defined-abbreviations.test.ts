/**
 * Uses of defined abbreviations (extractors/organizations/defined-abbreviations.ts): every use of each, never two
 * overlapping ones. The uses of one abbreviation are found in text order, those of the next after them, so the
 * uses added so far are not one sorted list: a use that overlaps one found earlier must still be turned away.
 */
import { describe, expect, test } from 'vitest';
import { newDocState, type Context } from '../../src/core/define-extractor.js';
import { useDefinedAbbreviations } from '../../src/extractors/organizations/defined-abbreviations.js';
import type { OrganizationMention } from '../../src/types.js';

const context = (text: string): Context => ({
  text,
  view: text,
  boilerplate: [],
  meta: { title: null, published: null, author: null, outlet: null },
  refDate: null,
  found: {},
  state: newDocState(),
  warn: () => {},
});

/** A definition: a mention whose text is its own abbreviation, with a longer name. */
const definition = (text: string, abbr: string, name: string): OrganizationMention => {
  const start = text.indexOf(`(${abbr})`) + 1;
  return { text: abbr, start, end: start + abbr.length, name, abbr, level: null, location: null, kind: 'state' };
};

describe('uses of defined abbreviations', () => {
  test('each use is added once, and a use overlapping another use is not', () => {
    // `AB CD` is used at `AB CD EF`; `CD EF` is used alone first, then inside the same `AB CD EF`
    const text = 'Ban Một (AB CD) và Ban Hai (CD EF). Sau đó CD EF họp; rồi AB CD EF họp.';
    const defs = [definition(text, 'AB CD', 'Ban Một'), definition(text, 'CD EF', 'Ban Hai')];
    const out = useDefinedAbbreviations(defs, context(text));
    const uses = out.filter((m) => !defs.includes(m)).map((m) => [m.text, m.start]);
    expect(uses).toEqual([
      ['CD EF', text.indexOf('CD EF họp')],
      ['AB CD', text.indexOf('AB CD EF')],
    ]);
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
  });
});
