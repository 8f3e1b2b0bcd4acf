/** A writer turns records into text, piece by piece, so output can stream. Pure. */
import type { DocResult } from '../types.js';

export const FORMATS = ['json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Writer {
  header(): string;
  item(record: DocResult, index: number): string;
  footer(count: number): string;
}

export interface WriterOptions {
  /** json: print a single object (not an array) — true when exactly one input was given. */
  single: boolean;
  /** csv: start with a UTF-8 byte-order mark, for Excel. */
  bom: boolean;
}
