/**
 * One input entry → its records: load, run the pipeline, validate. Shared by
 * the main thread and the worker pool, so both give the same records.
 * Every failure becomes an error record plus a one-line reason; nothing here throws for bad input.
 */
import { extractDocument, type ExtractOptions } from '../pipeline/extract-document.js';
import { loadDeferred, loadDeferredLines, loadDocuments, type Deferred, type Loaded, type LoadOptions } from '../io/load-documents.js';
import type { InputEntry } from '../io/read-inputs.js';
import { errorRecord } from '../pipeline/error-record.js';
import { InputError } from '../io/errors.js';
import type { DocGuard } from './main-budget.js';
import type { DocResultSchema, Source } from '../types.js';
import { GROUP_CHARS, GROUP_DOCUMENTS, type Processed } from './records.js';

/** What the CLI adds to the pipeline's options: `--validate` checks every record against the zod schema. */
export interface ProcessOptions extends ExtractOptions {
  validate?: boolean;
}

export type { Processed };
// the light helpers every command uses, kept apart so the main thread can use them without loading the pipeline
export { loadOptionsFor, noticeTo, reportFailure, serialize, type Serialized } from './records.js';

let schema: typeof DocResultSchema | null = null;

/**
 * Load the zod schema `--validate` checks records against. zod loads only for a command that validates (start-up,
 * issue 14): call this before `processLoaded` with `validate` (`processEntry` does).
 */
export async function loadValidation(): Promise<void> {
  schema ??= (await import('../types.js')).DocResultSchema;
}

/**
 * Run the pipeline on one loaded document; an exception becomes an error record, not a crash of the batch.
 * With a `guard` (the time budget on the main thread, main-budget.ts), a document over its budget becomes a
 * `timeout` error record, the same as the pool gives.
 */
export function processLoaded(loaded: Loaded, options: ProcessOptions, guard?: DocGuard): Processed {
  try {
    if (!loaded.ok) return failedLoad(loaded, guard);
    const run = (): Processed => recordOf(loaded, options);
    return guard ? guard.run(run) : run();
  } catch (err) {
    if (guard && err instanceof InputError && err.code === 'timeout') return timedOut(sourceOf(loaded), guard.message);
    return internal(sourceOf(loaded), err);
  } finally {
    guard?.end();
  }
}

/** The record of a document that could not be loaded. */
function failedLoad(loaded: Loaded & { ok: false }, guard?: DocGuard): Processed {
  if (loaded.error.code === 'timeout') return timedOut(loaded.source, guard?.message ?? loaded.error.message);
  return { record: errorRecord(loaded.source, loaded.error.code, loaded.error.message), failure: loaded.error.message };
}

/** The source of a loaded document, or of one that failed to load. */
const sourceOf = (loaded: Loaded): Source => (loaded.ok ? loaded.input.source : loaded.source);

/** An exception of the pipeline (or of a page's reading): an `internal` error record, the batch goes on. */
function internal(source: Source, err: unknown): Processed {
  const message = `internal error: ${(err as Error).message}`;
  return { record: errorRecord(source, 'internal', message), failure: message };
}

/** The pipeline on a loaded document, the record checked against the schema with `validate`. */
function recordOf(loaded: Loaded & { ok: true }, { validate = false, ...options }: ProcessOptions): Processed {
  const record = extractDocument(loaded.input, { ...options, ...(loaded.meta ? { meta: loaded.meta } : {}) });
  if (!validate) return { record };
  if (!schema) throw new Error('--validate without the schema loaded (loadValidation)');
  const checked = schema.safeParse(record);
  if (checked.success) return { record };
  const issue = checked.error.issues[0]!;
  const message = `internal error: the record does not match the schema at ${issue.path.join('.') || 'the top'}: ${issue.message}`;
  return { record: errorRecord(loaded.input.source, 'internal', message), failure: message };
}

/**
 * A file's document, read and decoded, with what is left of its budget: an HTML page's DOM and text, its loading's
 * computing, is left to run with its extraction (`Deferred`), so a group of pages takes one vm call, not one each.
 */
export interface LoadedFile extends Deferred {
  leftMs: number;
}

/**
 * Load a text or HTML file (one document) for `processLoadedFiles`: read and decoded here; an HTML page's DOM and
 * text are left to run with its extraction, under its whole budget.
 */
export async function loadFile(entry: InputEntry, load: LoadOptions, options: ProcessOptions, guard: DocGuard): Promise<LoadedFile> {
  if (options.validate) await loadValidation();
  // reading and decoding wait on I/O or are linear in the bytes: no step of the budget (an HTML page's computing is)
  return { ...(await loadDeferred(entry.ref, load)), leftMs: guard.left() };
}

/**
 * The records of loaded files, in order, their extraction (an HTML page's reading first) under the budget in as few
 * vm calls as their budgets allow (main-budget.ts `runEach`): the same records as `processLoaded` gives each one.
 */
export function processLoadedFiles(files: readonly LoadedFile[], options: ProcessOptions, guard: DocGuard): Processed[] {
  // a document that failed to load is its error record at once; the others (an HTML page's reading first) run
  const failed = (f: LoadedFile): (Loaded & { ok: false }) | null => (f.ready && !f.ready.ok ? f.ready : null);
  const running = files.filter((f) => !failed(f));
  const steps = running.map((f) => (): Processed => {
    let loaded: Loaded;
    try {
      loaded = f.finish();
    } catch (err) {
      return internal(f.source, err);
    }
    if (!loaded.ok) return failedLoad(loaded, guard);
    try {
      return recordOf(loaded, options);
    } catch (err) {
      return internal(loaded.input.source, err);
    }
  });
  const results = guard.runEach(steps, running.map((f) => f.leftMs));
  const byFile = new Map<LoadedFile, Processed>(running.map((f, k) => [f, results[k]?.value ?? timedOut(f.source, guard.message)]));
  return files.map((f) => byFile.get(f) ?? failedLoad(failed(f)!, guard));
}

/**
 * The records of a JSON Lines input on this thread under a budget, in order, a few at a time: the records already
 * read are extracted (an HTML record's page read first) in one vm call (`processLoadedFiles`, main-budget.ts
 * `runEach`), not one call each. A group ends where the next record is not read yet, so no record waits for its
 * successor: a stream fed a record at a time still gets each one's output at once.
 */
export async function* processLineGroups(entry: InputEntry, load: LoadOptions, options: ProcessOptions, guard: DocGuard): AsyncGenerator<Processed[]> {
  if (options.validate) await loadValidation();
  const docs = loadDeferredLines(entry.ref, load);
  let group: LoadedFile[] = [];
  let chars = 0;
  const cut = (): Processed[] => {
    const files = group;
    group = [];
    chars = 0;
    return processLoadedFiles(files, options, guard);
  };
  let next = docs.next();
  for (;;) {
    if (group.length > 0 && !(await readyNow(next))) yield cut();
    const item = await next;
    if (item.done) break;
    // an HTML record's page is read with its extraction, in the group's call (as a batch's files are)
    const file: LoadedFile = { ...item.value, leftMs: guard.left() };
    group.push(file);
    chars += file.chars;
    if (group.length >= GROUP_DOCUMENTS || chars >= GROUP_CHARS) yield cut();
    next = docs.next();
  }
  if (group.length > 0) yield cut();
}

/** Whether a promise settles before the event loop's next turn (its value already read, not waiting on I/O). */
function readyNow(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setImmediate(() => resolve(false))),
  ]);
}

/** The record of a document stopped over its budget: its path (and id), as the pool knows them when it ends a worker. */
function timedOut(source: Source, message: string): Processed {
  const known: Source = { path: source.path, format: source.format, encoding: null, bytes: 0, sha256: null, ...(source.id !== undefined ? { id: source.id } : {}) };
  return { record: errorRecord(known, 'timeout', message), failure: message };
}

/** One entry's records. */
export async function* processEntry(entry: InputEntry, load: LoadOptions, options: ProcessOptions, guard?: DocGuard): AsyncGenerator<Processed> {
  if (options.validate) await loadValidation();
  if (entry.error) {
    const source: Source = { path: entry.ref.path, format: 'text', encoding: null, bytes: 0, sha256: null };
    yield { record: errorRecord(source, entry.error.code, entry.error.message), failure: entry.error.message };
    return;
  }
  for await (const loaded of loadDocuments(entry.ref, guard ? { ...load, guard: guard.run } : load)) yield processLoaded(loaded, options, guard);
}
