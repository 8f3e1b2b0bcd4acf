/** The record of an input that could not be read: empty meta and mentions, one error. Same keys as every record. */
import { noMentions, type DocResult, type Source } from '../types.js';

export function errorRecord(source: Source, code: string, message: string): DocResult {
  return {
    source,
    meta: { title: null, published: null, author: null, outlet: null },
    ...noMentions(),
    warnings: [],
    errors: [{ code, message }],
  };
}
