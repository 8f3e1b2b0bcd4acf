/**
 * One input entry → its records: load, run the pipeline, validate. Shared by
 * the main thread and the worker pool, so both give the same records.
 * Every failure becomes an error record plus a one-line reason; nothing here throws for bad input.
 */
import { extractDocument, type ExtractOptions } from '../pipeline/extract-document.js';
import { loadDocuments, type InputFormat, type Loaded, type LoadOptions } from '../io/load-documents.js';
import type { Writer } from '../writers/index.js';
import { escapeForTerminal } from './escape.js';
import type { CliIo } from './io.js';
import type { InputEntry, InputNotice } from '../io/read-inputs.js';
import { errorRecord } from '../pipeline/error-record.js';
import type { DocResult, DocResultSchema, Source } from '../types.js';

/** What the CLI adds to the pipeline's options: `--validate` checks every record against the zod schema. */
export interface ProcessOptions extends ExtractOptions {
  validate?: boolean;
}

export interface Processed {
  record: DocResult;
  /** The reason, when the input (or one record of it) failed. */
  failure?: string;
}

let schema: typeof DocResultSchema | null = null;

/**
 * Load the zod schema `--validate` checks records against. zod loads only for a command that validates (start-up,
 * issue 14): call this before `processLoaded` with `validate` (`processEntry` does).
 */
export async function loadValidation(): Promise<void> {
  schema ??= (await import('../types.js')).DocResultSchema;
}

/** Run the pipeline on one loaded document; an exception becomes an error record, not a crash of the batch. */
export function processLoaded(loaded: Loaded, { validate = false, ...options }: ProcessOptions): Processed {
  if (!loaded.ok) {
    return { record: errorRecord(loaded.source, loaded.error.code, loaded.error.message), failure: loaded.error.message };
  }
  try {
    const record = extractDocument(loaded.input, { ...options, ...(loaded.meta ? { meta: loaded.meta } : {}) });
    if (!validate) return { record };
    if (!schema) throw new Error('--validate without the schema loaded (loadValidation)');
    const checked = schema.safeParse(record);
    if (checked.success) return { record };
    const issue = checked.error.issues[0]!;
    const message = `internal error: the record does not match the schema at ${issue.path.join('.') || 'the top'}: ${issue.message}`;
    return { record: errorRecord(loaded.input.source, 'internal', message), failure: message };
  } catch (err) {
    const message = `internal error: ${(err as Error).message}`;
    return { record: errorRecord(loaded.input.source, 'internal', message), failure: message };
  }
}

export async function* processEntry(entry: InputEntry, load: LoadOptions, options: ProcessOptions): AsyncGenerator<Processed> {
  if (options.validate) await loadValidation();
  if (entry.error) {
    const source: Source = { path: entry.ref.path, format: 'text', encoding: null, bytes: 0, sha256: null };
    yield { record: errorRecord(source, entry.error.code, entry.error.message), failure: entry.error.message };
    return;
  }
  for await (const loaded of loadDocuments(entry.ref, load)) yield processLoaded(loaded, options);
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
