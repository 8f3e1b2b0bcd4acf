/** The record of an input that could not be read: empty meta and mentions, one error. Same keys as every record. */
import { CATEGORY_NAMES } from '../lexicon/categories.js';
import type { Category, DocResult, MentionOf, Source } from '../types.js';

// the category names from the lexicon, not types.ts: the pipeline runs without loading zod (start-up, issue 14)
const noMentions = (): { [C in Category]: MentionOf[C][] } =>
  Object.fromEntries(CATEGORY_NAMES.map((c) => [c, []])) as unknown as { [C in Category]: MentionOf[C][] };

export function errorRecord(source: Source, code: string, message: string): DocResult {
  return {
    source,
    meta: { title: null, published: null, author: null, outlet: null },
    ...noMentions(),
    warnings: [],
    errors: [{ code, message }],
  };
}
