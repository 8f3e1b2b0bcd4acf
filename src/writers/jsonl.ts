/** jsonl: one record per line, written as each document completes. */
import type { Writer } from './writer.js';

export function jsonlWriter(): Writer {
  return { header: () => '', separator: () => '', item: (r) => `${JSON.stringify(r)}\n`, footer: () => '' };
}
