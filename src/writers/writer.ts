/** A writer turns records into text, piece by piece, so output can stream. Pure. */
import type { DocResult } from '../types.js';

export const FORMATS = ['json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * `item` depends on the record alone, so it can be serialized wherever the
 * record was made (a worker thread); what goes between items is `separator`.
 */
export interface Writer {
  header(): string;
  separator(index: number): string;
  item(record: DocResult): string;
  /**
   * The same text as `item`, in pieces made as they are read: for a record too big to hold as one string beside
   * itself (a whole gazette's), written out piece by piece on the thread that made it.
   */
  pieces(record: DocResult): Iterable<string>;
  footer(count: number): string;
}

export interface WriterOptions {
  /** json: print a single object (not an array) — true when exactly one input was given. */
  single: boolean;
  /** csv: start with a UTF-8 byte-order mark, for Excel. */
  bom: boolean;
  /** csv: cells exactly as extracted, without neutralizing the ones a spreadsheet would run as formulas. */
  rawCells?: boolean;
}
