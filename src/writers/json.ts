/** json: one pretty record for one input, an array of records for several. */
import { jsonPieces } from './json-pieces.js';
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
    item: (r) => indent(JSON.stringify(r, null, 2)),
    *pieces(r) {
      yield INDENT;
      yield* jsonPieces(r, 2, INDENT);
    },
    footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

// every line two spaces in (JSON.stringify writes a line break only between lines: one inside a string it escapes);
// one replace, not a split into lines and a join (a record's lines are as many as its mentions' fields)
const INDENT = '  ';
const indent = (s: string): string => `${INDENT}${s.replaceAll('\n', `\n${INDENT}`)}`;
