/** json: one pretty record for one input, an array of records for several. */
import type { Writer, WriterOptions } from './writer.js';

export function jsonWriter(options: WriterOptions): Writer {
  if (options.single) {
    return { header: () => '', separator: () => '', item: (r) => `${JSON.stringify(r, null, 2)}\n`, footer: () => '' };
  }
  return {
    header: () => '[',
    separator: (i) => (i === 0 ? '\n' : ',\n'),
    item: (r) => indent(JSON.stringify(r, null, 2)),
    footer: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

// every line two spaces in (JSON.stringify writes a line break only between lines: one inside a string it escapes);
// one replace, not a split into lines and a join (a record's lines are as many as its mentions' fields)
const indent = (s: string): string => `  ${s.replaceAll('\n', '\n  ')}`;
