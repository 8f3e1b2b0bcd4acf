/**
 * The phrase-corpus runner (Duckling style, STYLE.md B6): each text gives
 * exactly one mention of the category, covering the whole text, whose fields
 * include `expect`; each negative gives none; a pending entry is expected
 * to fail until it is supported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { CategorySchema, type Category } from '../../src/types.js';

export const CorpusSchema = z.object({
  category: CategorySchema,
  context: z.object({ refDate: z.iso.date().optional() }).default({}),
  examples: z.array(z.object({ expect: z.record(z.string(), z.unknown()), texts: z.array(z.string()).min(1) })),
  negative: z.array(z.string()),
  pending: z.array(z.object({ text: z.string(), note: z.string() })).default([]),
});

export function extractPhrase(category: Category, text: string, refDate?: string) {
  return extractDocument(
    { text, source: { path: 'corpus', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } },
    { only: [category], refDate: refDate ?? null },
  );
}

export function runCorpus(file: string): void {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const { category } = corpus;
  const refDate = corpus.context.refDate;
  describe(`${category} corpus`, () => {
    for (const example of corpus.examples) {
      for (const text of example.texts) {
        test(text, () => {
          const mentions = extractPhrase(category, text, refDate)[category];
          expect(mentions).toHaveLength(1);
          expect(mentions[0]).toMatchObject({ start: 0, end: text.length, text, ...example.expect });
        });
      }
    }
    for (const text of corpus.negative) {
      test(`not: ${text}`, () => {
        expect(extractPhrase(category, text, refDate)[category]).toEqual([]);
      });
    }
    for (const { text } of corpus.pending) {
      test.fails(`pending: ${text}`, () => {
        const mentions = extractPhrase(category, text, refDate)[category];
        expect(mentions).toHaveLength(1);
        expect(mentions[0]).toMatchObject({ start: 0, end: text.length });
      });
    }
  });
}
