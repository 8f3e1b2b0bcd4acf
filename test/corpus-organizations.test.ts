/**
 * The organizations phrase corpus (STYLE.md B6): each text of `examples` gives
 * exactly one mention covering the whole text with the expected fields; a
 * `titled` text (a person's title, a plural by level) gives exactly one
 * mention whose text is `mention`; a `coordinated` text gives the listed
 * mentions in order; each negative gives none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { normalizeText } from '../src/core/normalize.js';
import { CorpusSchema, extractPhrase } from './helpers/corpus.js';

const Fields = z.record(z.string(), z.unknown());
const OrgCorpusSchema = CorpusSchema.extend({
  titled: z.array(z.object({ text: z.string(), mention: z.string(), expect: Fields })),
  coordinated: z.array(z.object({ text: z.string(), expect: z.array(Fields).min(2) })),
});

const corpus = OrgCorpusSchema.parse(JSON.parse(readFileSync('fixtures/corpus/organizations.json', 'utf8')));
const orgs = (text: string) => extractPhrase('organizations', text, corpus.context.refDate).organizations;

describe('organizations corpus', () => {
  for (const example of corpus.examples) {
    for (const text of example.texts) {
      test(text, () => {
        const mentions = orgs(text);
        expect(mentions).toHaveLength(1);
        // mentions quote the normalized text (tone placement `uỷ` → `ủy`, same length)
        expect(mentions[0]).toMatchObject({ start: 0, end: text.length, text: normalizeText(text), ...example.expect });
      });
    }
  }
  for (const { text, mention, expect: fields } of corpus.titled) {
    test(`${text} → ${mention}`, () => {
      const mentions = orgs(text);
      expect(mentions).toHaveLength(1);
      const start = text.indexOf(mention);
      expect(mentions[0]).toMatchObject({ text: normalizeText(mention), start, end: start + mention.length, ...fields });
    });
  }
  for (const { text, expect: list } of corpus.coordinated) {
    test(`coordinated: ${text}`, () => {
      const mentions = orgs(text);
      expect(mentions).toHaveLength(list.length);
      list.forEach((fields, i) => expect(mentions[i]).toMatchObject(fields));
    });
  }
  for (const text of corpus.negative) {
    test(`not: ${text}`, () => {
      expect(orgs(text)).toEqual([]);
    });
  }
});
