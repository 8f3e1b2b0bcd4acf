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

const indent = (s: string): string => s.split('\n').map((l) => `  ${l}`).join('\n');
