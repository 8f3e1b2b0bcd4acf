/**
 * The phrase-corpus runner (Duckling style, STYLE.md B6): each text gives
 * exactly one mention of the category, covering the whole text, whose fields
 * include `expect`; a multi entry gives exactly its list of mentions, in
 * order (lists of days, a phrase with its reported period); each negative
 * gives none; a pending entry is expected to fail until it is supported.
 *
 * A text may mark its mention with `⟦…⟧` when the mention needs words around
 * it that are not part of its `text` (a date or issuer after it, the parts
 * before it, the full reference a short one resolves to): the marks are
 * removed, and the mention that starts at the mark must end at the mark and
 * include `expect`. Other mentions in such a text are not checked.
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
  multi: z.array(z.object({ text: z.string(), mentions: z.array(z.record(z.string(), z.unknown())).min(1) })).default([]),
  negative: z.array(z.string()),
  pending: z.array(z.object({ text: z.string(), note: z.string() })).default([]),
});

export function extractPhrase(category: Category, text: string, refDate?: string) {
  return extractDocument(
    { text, source: { path: 'corpus', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } },
    { only: [category], refDate: refDate ?? null },
  );
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** A text with its mention marked `⟦…⟧`: the text without marks and the mention's span; null when unmarked. */
export function readMarks(text: string): { text: string; start: number; end: number } | null {
  const start = text.indexOf(OPEN);
  const close = text.indexOf(CLOSE);
  if (start < 0 || close < start || text.indexOf(OPEN, start + 1) >= 0 || text.indexOf(CLOSE, close + 1) >= 0) return null;
  return { text: text.slice(0, start) + text.slice(start + 1, close) + text.slice(close + 1), start, end: close - 1 };
}

export function runCorpus(file: string): void {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const { category } = corpus;
  const refDate = corpus.context.refDate;
  describe(`${category} corpus`, () => {
    for (const example of corpus.examples) {
      for (const text of example.texts) {
        test(text, () => {
          const marked = readMarks(text);
          if (marked) {
            const mentions = extractPhrase(category, marked.text, refDate)[category];
            const found = mentions.filter((m) => m.start === marked.start);
            expect(found).toHaveLength(1);
            expect(found[0]).toMatchObject({ end: marked.end, text: marked.text.slice(marked.start, marked.end), ...example.expect });
            return;
          }
          const mentions = extractPhrase(category, text, refDate)[category];
          expect(mentions).toHaveLength(1);
          expect(mentions[0]).toMatchObject({ start: 0, end: text.length, text, ...example.expect });
        });
      }
    }
    for (const { text, mentions } of corpus.multi) {
      test(`all of: ${text}`, () => {
        const found = extractPhrase(category, text, refDate)[category];
        expect(found).toHaveLength(mentions.length);
        mentions.forEach((m, i) => expect(found[i]).toMatchObject(m));
      });
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
