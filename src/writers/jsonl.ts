/** jsonl: one record per line, written as each document completes. */
import { jsonPieces } from './json-pieces.js';
import type { Writer } from './writer.js';

export function jsonlWriter(): Writer {
  return {
    header: () => '',
    separator: () => '',
    item: (r) => `${JSON.stringify(r)}\n`,
    *pieces(r) {
      yield* jsonPieces(r, 0);
      yield '\n';
    },
    footer: () => '',
  };
}
