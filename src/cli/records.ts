/**
 * What every command does around the pipeline, without loading it: the reading options, the one-line failure
 * and notice messages, and a record serialized by the writer. The extract command's main thread uses only these
 * when the worker pool extracts (the pipeline then loads in the workers only: start-up and memory, issue 14).
 */
import type { InputFormat, LoadOptions } from '../io/load-documents.js';
import type { InputNotice } from '../io/read-inputs.js';
import type { DocResult, Source } from '../types.js';
import type { Writer } from '../writers/index.js';
import { escapeForTerminal } from './escape.js';
import type { CliIo } from './io.js';

export interface Processed {
  record: DocResult;
  /** The reason, when the input (or one record of it) failed. */
  failure?: string;
}

/** The reading options of a command (`--input-format`, `--max-bytes`, `--encoding`) with the CLI's stdin. */
export function loadOptionsFor(opts: { inputFormat: InputFormat; maxBytes: number; encoding?: string }, io: CliIo): LoadOptions {
  return {
    inputFormat: opts.inputFormat,
    maxBytes: opts.maxBytes,
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    stdin: () => io.readStdin(),
    ...(io.stdinStream ? { stdinStream: () => io.stdinStream!() } : {}),
  };
}

/** The one line on stderr for a failed input (or record of a JSON Lines input). */
export function reportFailure(io: CliIo, source: Source, failure: string): void {
  io.stderr.write(`dvx: ${escapeForTerminal(`${source.path}${source.id ? `#${source.id}` : ''}: ${failure}`)}\n`);
}

/** Notices about the inputs (a link loop) as `dvx: warning: PATH: message` lines; they never change the exit code. */
export function noticeTo(io: CliIo): (n: InputNotice) => void {
  return (n) => void io.stderr.write(`dvx: warning: ${n.path}: ${n.message}\n`);
}

/** A processed record as the writer's text, with what a failure line needs. */
export interface Serialized {
  item: string;
  source: Source;
  failure?: string;
}

export function serialize({ record, failure }: Processed, writer: Writer): Serialized {
  return { item: writer.item(record), source: record.source, ...(failure ? { failure } : {}) };
}

/** A record as the thread that made it writes it: one string, or pieces (`Writer.pieces`) made as they are written. */
export interface Emitted extends Omit<Serialized, 'item'> {
  item: string | Iterable<string>;
}

/**
 * From this many mentions (and warnings) on, a record made on the main thread is written in pieces: its text is
 * never one string (a whole gazette's: ~85 MB of JSON for a 64 MB document). A report has a few hundred.
 */
export const PIECES_FROM_MENTIONS = 5000;

/** `serialize` for the main thread, which writes what it made: a record of many mentions in pieces. */
export function serializeHere({ record, failure }: Processed, writer: Writer): Emitted {
  const mentions = Object.values(record).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  const item = mentions >= PIECES_FROM_MENTIONS ? writer.pieces(record) : writer.item(record);
  return { item, source: record.source, ...(failure ? { failure } : {}) };
}

/** Characters a write of a record in pieces takes at a time: the pieces joined up to about this many. */
export const WRITE_CHARS = 1 << 16;

/** Pieces of text joined into chunks of at least `size` characters (the last may be shorter), in order. */
export function* chunksOf(pieces: Iterable<string>, size = WRITE_CHARS): Generator<string> {
  let held: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    held.push(piece);
    length += piece.length;
    if (length >= size) {
      yield held.join('');
      held = [];
      length = 0;
    }
  }
  if (held.length > 0) yield held.join('');
}

/** The message of a document stopped over a budget of `seconds`, on the main thread as in the pool. */
export const overBudgetMessage = (seconds: number): string => `stopped after ${seconds} s (--doc-timeout)`;

/**
 * Documents (files of a batch, records of a stream) extracted in one vm call on the main thread (main-budget.ts
 * runEach): enough to spread the call's cost, few enough that records are written soon and a document stopped
 * midway in a call costs little to run again. A group also ends once it holds this many characters.
 */
export const GROUP_DOCUMENTS = 16;
export const GROUP_CHARS = 256 * 1024;
