/** json: one pretty record for one input, an array of records for several. */
import { jsonPieces, whole } from './json-pieces.js';
import type { Writer, WriterOptions } from './writer.js';

export function jsonWriter(options: WriterOptions): Writer {
  if (options.single) {
    return {
      header: () => '',
      separator: () => '',
      item: (r) => `${JSON.stringify(r, null, 2)}\n`,
      *pieces(r) {
        yield* jsonPieces(r, 2);
        yield '\n';
      },
      footer: () => '',
    };
  }
  return {
    header: () => '[',
    separator: (i) => (i === 0 ? '\n' : ',\n'),
    item: (r) => INDENT + whole(r, 2, INDENT),
    *pieces(r) {
      yield INDENT;
      yield* jsonPieces(r, 2, INDENT);
    },
    footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

/** A record in the array, every line two spaces in. */
const INDENT = '  ';
