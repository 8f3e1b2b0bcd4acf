/**
 * The places phrase corpus (STYLE.md B6): fixtures/corpus/places.json. Each text of `examples` gives exactly one
 * place covering the whole text; each `within` text (a parent written with the place, a Party committee named
 * by its unit) gives a place whose text is `mention` with the expected fields; each negative gives none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CorpusSchema, extractPhrase, runCorpus } from './helpers/corpus.js';

const PlacesCorpusSchema = CorpusSchema.extend({
  within: z.array(z.object({ text: z.string(), mention: z.string(), expect: z.record(z.string(), z.unknown()) })),
});
const file = 'fixtures/corpus/places.json';
const corpus = PlacesCorpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

runCorpus(file);

describe('places corpus: places within a phrase', () => {
  for (const { text, mention, expect: fields } of corpus.within) {
    test(`${text} → ${mention}`, () => {
      const places = extractPhrase('places', text, corpus.context.refDate).places;
      const start = text.indexOf(mention);
      expect(places.find((p) => p.start === start)).toMatchObject({ text: mention, end: start + mention.length, ...fields });
    });
  }
});
