/** The record of an input that could not be read: empty meta and mentions, one error. Same keys as every record. */
import { CATEGORIES, type Category, type DocResult, type MentionOf, type Source } from '../types.js';

export function errorRecord(source: Source, code: string, message: string): DocResult {
  const mentions = Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as { [C in Category]: MentionOf[C][] };
  return {
    source,
    meta: { title: null, published: null, author: null, outlet: null },
    ...mentions,
    warnings: [],
    errors: [{ code, message }],
  };
}
