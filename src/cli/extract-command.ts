/**
 * `dvx extract`: inputs → records → writer → output, in input order.
 *
 * Files are processed by a pool of worker threads (piscina) when there are
 * several and `--jobs` allows; stdin and JSON Lines inputs stream on the main
 * thread. Every document has the same time budget (`--doc-timeout`) where it
 * runs: doc-budget.ts in the pool, main-budget.ts on the main thread. Records are written in input order whatever finishes first, so
 * the output is the same for any number of jobs. One bad input is one line
 * on stderr and one error record; the batch goes on.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import type { ToneStyle } from '../core/normalize.js';
import { formatOf, jsonLines, type InputFormat, type Line, type LoadOptions } from '../io/load-documents.js';
import { DEFAULT_GLOBS, expandInputs, type InputEntry } from '../io/read-inputs.js';
import type { Shard } from '../io/shard.js';
import type { Category, Source } from '../types.js';
import { WRITERS, type Format, type Writer } from '../writers/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { checkOutputTarget } from './output-target.js';
import { fileOutput, OutputError, reportOutputFailure, stdoutOutput, type Output } from './output.js';
import { errorRecord } from '../pipeline/error-record.js';
import type { DocGuard } from './main-budget.js';
import type { LoadedFile, ProcessOptions } from './process-input.js';
import { GROUP_CHARS, GROUP_DOCUMENTS, chunksOf, loadOptionsFor, noticeTo, overBudgetMessage, reportFailure, serialize, serializeHere, type Emitted, type Serialized } from './records.js';
import { progressBar } from './progress.js';
import type { WorkerTask } from './worker.js';
import type { BudgetedPool } from './doc-budget.js';

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  only?: Category[];
  includeText: boolean;
  /** `--explain`: rule provenance on mentions, and the refiners' removals and changes. */
  explain?: boolean;
  glob?: string[];
  shard?: Shard;
  tone: ToneStyle;
  refDate?: string;
  bom: boolean;
  /** `--raw-cells`: csv cells as extracted, formulas not neutralized. */
  rawCells?: boolean;
  maxBytes: number;
  inputFormat: InputFormat;
  progress: boolean;
  /** Worker threads; 0 = as many as the machine has cores, when the batch is large enough to pay for them. */
  jobs: number;
  /** `--doc-timeout`: seconds one document may take before it is stopped (0: no limit). */
  docTimeout: number;
  /** `--encoding`: the encoding of text and HTML inputs, instead of detecting it. */
  encoding?: string;
  /** `--validate`: check every record against the zod schema (tests always do; it costs time). */
  validate: boolean;
}

/** Below this many files the pool's start-up costs more than it saves. */
const MIN_FILES_FOR_POOL = 8;
/**
 * What one worker costs before it extracts anything, as bytes of input: its start-up and the warm-up of its own
 * code (V8 compiles every thread's functions again) take about a second of CPU, what one thread extracts from 4–5 MB
 * of reports. With `--jobs 0` a batch gets as many workers as its bytes pay for, and the main thread below two. (On
 * 2 cores the pool of two, then taken from 8 files on, was slower than `-j 1` up to about 10 MB of reports: 20 of
 * them 0.61 against 0.35 s, 100 0.83 against 0.55 s, 400 1.47 against 1.26 s; as fast at 10 MB, faster above.)
 */
const BYTES_PER_WORKER = 5 * 1024 * 1024;

/** Whether an entry streams (stdin, JSON Lines) and so stays on the main thread. */
const streams = (entry: InputEntry, format: InputFormat): boolean =>
  entry.ref.kind === 'stdin' || entry.error !== undefined || formatOf(entry.ref, format) === 'jsonl';

/**
 * Threads for the batch. Files: --jobs, or with --jobs 0 one per core as far as the batch pays for them (8 files
 * and `BYTES_PER_WORKER` a worker at least; two workers or none). JSON Lines streams: only with an explicit --jobs
 * of 2 or more (a stream's length is unknown, and a mapper under a distributed engine usually runs one process per
 * core already).
 */
export function poolSize(opts: Pick<ExtractCommandOptions, 'jobs'>, files: readonly InputEntry[], lineStreams: number): number {
  const wanted = opts.jobs > 0 ? opts.jobs : availableParallelism();
  if (wanted <= 1) return 0;
  if (opts.jobs >= 2 && lineStreams > 0) return wanted;
  if (opts.jobs > 0) return Math.min(wanted, files.length);
  if (files.length < MIN_FILES_FOR_POOL) return 0;
  // the files' bytes, summed until they pay for every wanted worker
  let bytes = 0;
  for (const entry of files) if ((bytes += sizeOf(entry.ref.path)) >= wanted * BYTES_PER_WORKER) break;
  const threads = Math.min(wanted, files.length, Math.floor(bytes / BYTES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

/** Lines of a JSON Lines stream per task of the pool: enough to pay for the messages, few enough to keep order cheap. */
const LINES_PER_TASK = 16;
const BYTES_PER_TASK = 1 << 20;
/** Files per task of the pool, the same way (a file as large as the bound is a task of its own). */
const FILES_PER_TASK = 16;
const FILE_BYTES_PER_TASK = 256 * 1024;
/**
 * The last files of the pool go in smaller tasks: a worker holds its task and the next (doc-budget.ts), so at the
 * end of a batch one thread could sit idle while the other still has two whole tasks to go.
 */
const TAIL_FILES_PER_TASK = 4;
const tailFiles = (threads: number): number => threads * 2 * FILES_PER_TASK;

/** How many entries a batch goes through between two turns of the event loop. */
const LOOP_TURN_ENTRIES = 16;
/** A record's pieces after the text that goes before it (its separator). */
function* after(lead: string, pieces: Iterable<string>): Generator<string> {
  yield lead;
  yield* pieces;
}

/** Let the event loop run what is queued on it (I/O callbacks, V8's tasks), then go on. */
const turnEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A batch too small for the pool runs on the main thread (a worker costs more start-up than a small file takes),
 * under the budget there (main-budget.ts), except when a time budget is set and one of its files is large enough
 * that its budget could matter: then the batch runs in a worker, where going over ends the thread and nothing of
 * that document stays in the process for the files after it. A lone file has no files after it: it always runs
 * here, under main-budget.ts (a worker would only add its start-up: about 0.1 s on a 1 MB file, issue 14).
 */
const BUDGETED_SIZE = 1024 * 1024;

function needsBudget(opts: ExtractCommandOptions, entries: readonly InputEntry[]): boolean {
  if (opts.docTimeout <= 0 || entries.length < 2) return false;
  return entries.some((e) => !streams(e, opts.inputFormat) && sizeOf(e.ref.path) >= BUDGETED_SIZE);
}

/** The size of a file, 0 when it cannot be read (its error is reported when it is read). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The sources of what a task holds: its file, or each line of its batch of JSON Lines (with its id when it has one). */
function sourcesOf(task: WorkerTask): Source[] {
  if (!('lines' in task)) return task.entries.map((entry) => ({ path: entry.ref.path, format: formatOf(entry.ref, task.load.inputFormat), encoding: null, bytes: 0, sha256: null }));
  return task.lines.batch.map((line) => ({ path: task.lines.path, format: 'jsonl' as const, encoding: null, bytes: 0, sha256: null, id: idOf(line) }));
}

/** The id a JSON Lines record gives itself, else its line number (as loadJsonLine reads it). */
function idOf(line: Line): string {
  try {
    const id = (JSON.parse(Buffer.from(line.bytes ?? []).toString('utf8')) as { id?: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  } catch {
    // not JSON: its line number
  }
  return String(line.number);
}

/** How many documents a task holds: its files, or its lines of JSON Lines. */
const sizeOfTask = (task: WorkerTask): number => ('lines' in task ? task.lines.batch.length : task.entries.length);

/** The task of documents [from, to) of a task. */
function sliceTask(task: WorkerTask, from: number, to: number): WorkerTask {
  if ('lines' in task) return { ...task, lines: { ...task.lines, batch: task.lines.batch.slice(from, to) } };
  return { ...task, entries: task.entries.slice(from, to) };
}

/** The error records of a task stopped over its budget (a document: a file or a line of JSON Lines). */
function overBudget(task: WorkerTask, writer: Writer, seconds: number): Serialized[] {
  const message = overBudgetMessage(seconds);
  return sourcesOf(task).map((source) => serialize({ record: errorRecord(source, 'timeout', message), failure: message }, writer));
}

/** The error records of a task whose worker failed outside the pipeline. */
function workerFailure(task: WorkerTask, writer: Writer, err: unknown): Serialized[] {
  const message = `internal error: ${err instanceof Error ? err.message : String(err)}`;
  return sourcesOf(task).map((source) => serialize({ record: errorRecord(source, 'internal', message), failure: message }, writer));
}

/** Whether an argument names a folder (to walk): a batch of files, most likely. */
function isFolder(input: string): boolean {
  try {
    return input !== '-' && statSync(input).isDirectory();
  } catch {
    return false;
  }
}

export async function extractCommand(inputs: string[], opts: ExtractCommandOptions, io: CliIo): Promise<ExitCode> {
  if (opts.output !== undefined) checkOutputTarget(opts.output);
  // A worker takes a while to start (dvx's modules, the warm-up: about a second of a busy machine): with an explicit
  // --jobs of 2 or more and a folder to walk, the pool starts now, while the folder is walked, instead of after.
  // (A folder that holds too few files for the pool ends it unused.)
  const early = opts.jobs >= 2 && inputs.some(isFolder) ? await startPool(opts, opts.jobs) : null;
  try {
    return await extractWith(inputs, opts, io, early);
  } finally {
    await early?.pool.destroy();
  }
}

/** The pool and what its records are written with (set once the inputs are known). */
interface StartedPool {
  pool: BudgetedPool;
  threads: number;
  writer: Writer | null;
}

/** The worker pool of `threads`, under the time budget (doc-budget.ts; piscina loads only when a batch uses it). */
async function startPool(opts: ExtractCommandOptions, threads: number): Promise<StartedPool> {
  const started: StartedPool = { pool: null as unknown as BudgetedPool, threads, writer: null };
  const writer = (): Writer => started.writer!;
  started.pool = (await import('./doc-budget.js')).budgetedPool({
    threads,
    budgetMs: Math.round(opts.docTimeout * 1000),
    sizeOf: sizeOfTask,
    slice: sliceTask,
    timedOut: (task) => overBudget(task, writer(), opts.docTimeout),
    crashed: (task, err) => workerFailure(task, writer(), err),
  });
  return started;
}

async function extractWith(inputs: string[], opts: ExtractCommandOptions, io: CliIo, early: StartedPool | null): Promise<ExitCode> {
  const entries = await expandInputs(inputs, { globs: opts.glob?.length ? opts.glob : DEFAULT_GLOBS, notice: noticeTo(io), ...(opts.shard ? { shard: opts.shard } : {}) });
  // json: an object for one file argument (or stdin text), an array for a folder, several arguments or JSON Lines — whatever the folder holds.
  const single = inputs.length <= 1 && entries.length === 1 && !entries[0]!.inFolder && formatOf(entries[0]!.ref, opts.inputFormat) !== 'jsonl';
  const writerOptions = { single, bom: opts.bom, rawCells: opts.rawCells === true };
  const writer = WRITERS[opts.format](writerOptions);
  let out: Output;
  try {
    out = opts.output ? fileOutput(opts.output, io.stdout) : stdoutOutput(io.stdout);
  } catch (err) {
    if (err instanceof OutputError) return reportOutputFailure(io, err, EXIT.OK);
    throw err;
  }
  const options: ProcessOptions = {
    ...(opts.only ? { only: opts.only } : {}),
    tone: opts.tone,
    refDate: opts.refDate ?? null,
    includeText: opts.includeText,
    ...(opts.explain ? { explain: true } : {}),
    validate: opts.validate,
  };
  const files = entries.filter((e) => !streams(e, opts.inputFormat));
  const lineStreams = entries.filter((e) => !e.error && formatOf(e.ref, opts.inputFormat) === 'jsonl').length;
  const wanted = poolSize(opts, files, lineStreams) || (needsBudget(opts, entries) ? 1 : 0);
  const budgetMs = Math.round(opts.docTimeout * 1000);
  // the pool started early when there is one (it may hold a thread more than so few files need), else started now
  if (early && wanted === 0) await early.pool.destroy();
  const started = early && wanted > 0 ? early : wanted > 0 ? await startPool(opts, wanted) : null;
  if (started) started.writer = writer;
  const pool = started?.pool ?? null;
  const threads = started?.threads ?? 0;
  const load: LoadOptions = loadOptionsFor(opts, io);
  // what runs on this thread (stdin, streams without a pool, files the pool does not take) has the same budget
  // (created, and the pipeline loaded, only when this thread extracts: with the pool, only the workers load it)
  let guard: Promise<DocGuard | undefined> | null = null;
  const guarded = (): Promise<DocGuard | undefined> =>
    (guard ??= budgetMs > 0 ? import('./main-budget.js').then((m) => m.docGuard(opts.docTimeout)) : Promise.resolve(undefined));
  const progress = progressBar(io, entries.length, opts.progress);
  // the pipeline loads on this thread only when this thread extracts: with the pool, only the workers load it
  let pipeline: Promise<typeof import('./process-input.js')> | null = null;
  const processing = (): Promise<typeof import('./process-input.js')> => (pipeline ??= import('./process-input.js'));

  let count = 0;
  let failed = 0;
  const emit = async ({ item, source, failure }: Emitted): Promise<void> => {
    if (failure) {
      failed++;
      reportFailure(io, source, failure);
    }
    const separator = writer.separator(count++);
    if (typeof item === 'string') await out.write(separator + item);
    else for (const chunk of chunksOf(after(separator, item))) await out.write(chunk);
  };

  // Results in flight, oldest first; the window bounds memory to a few tasks per thread.
  const window: { paths: string[]; results: Promise<Serialized[]> }[] = [];
  const flushOldest = async (): Promise<void> => {
    const next = window.shift()!;
    const results = await next.results;
    for (const path of next.paths) progress.tick(path);
    for (const p of results) await emit(p);
  };
  /** The same, for a batch of a stream: the stream ticked the progress bar once. */
  const flushOldestQuietly = async (): Promise<void> => {
    for (const p of await window.shift()!.results) await emit(p);
  };

  // Files for the pool, gathered into tasks (FILES_PER_TASK, FILE_BYTES_PER_TASK)
  let gathered: InputEntry[] = [];
  let filesLeft = files.length;
  let fileBytes = 0;
  const sendFiles = async (): Promise<void> => {
    if (!pool || gathered.length === 0) return;
    const { stdin: _stdin, stdinStream: _stdinStream, ...loadForWorker } = load;
    window.push({ paths: gathered.map((e) => e.ref.path), results: pool.run({ entries: gathered, load: loadForWorker, options, format: opts.format, writerOptions }) });
    gathered = [];
    fileBytes = 0;
    if (window.length >= threads * 4) await flushOldest();
  };

  // A batch's text and HTML files on this thread, under a budget: loaded one by one, then extracted a few at a time in
  // one vm call (main-budget.ts runEach), not one call each. A group is written out before any other entry's records:
  // it is flushed when full, and when the next entry is not a file for it.
  const groupable = (entry: InputEntry | undefined): entry is InputEntry =>
    entry !== undefined && !entry.error && entry.ref.kind === 'file' && formatOf(entry.ref, opts.inputFormat) !== 'jsonl';
  let group: LoadedFile[] = [];
  let groupChars = 0;
  const flushGroup = async (): Promise<void> => {
    if (group.length === 0) return;
    const files = group;
    group = [];
    groupChars = 0;
    for (const p of (await processing()).processLoadedFiles(files, options, (await guarded())!)) await emit(serializeHere(p, writer));
  };

  try {
    await out.write(writer.header());
    for (const [k, entry] of entries.entries()) {
      // the event loop turns once every few entries: files are read with blocking calls (io/read-inputs.ts), and
      // without a turn nothing queued on the loop (stdout's write completions, V8's garbage-collection tasks) ran
      // for the whole batch, so memory grew with it (50 MB of reports: 350 MB at the end, and out of memory under
      // --max-old-space-size=128; with the turns ~190 MB, and 134 MB under that limit)
      if (k % LOOP_TURN_ENTRIES === LOOP_TURN_ENTRIES - 1) await turnEventLoop();
      if (pool && !streams(entry, opts.inputFormat)) {
        const bytes = sizeOf(entry.ref.path);
        if (gathered.length > 0 && fileBytes + bytes > FILE_BYTES_PER_TASK) await sendFiles();
        gathered.push(entry);
        fileBytes += bytes;
        filesLeft--;
        const perTask = filesLeft < tailFiles(threads) ? TAIL_FILES_PER_TASK : FILES_PER_TASK;
        if (gathered.length >= perTask || fileBytes >= FILE_BYTES_PER_TASK) await sendFiles();
        continue;
      }
      await sendFiles();
      while (window.length) await flushOldest();
      progress.tick(entry.ref.path);
      if (pool && !entry.error && formatOf(entry.ref, opts.inputFormat) === 'jsonl') {
        // a JSON Lines stream: lines read here, in order, and extracted by the pool in batches
        let batch: Line[] = [];
        let bytes = 0;
        const send = async (): Promise<void> => {
          window.push({ paths: [], results: pool.run({ lines: { path: entry.ref.path, maxBytes: opts.maxBytes, batch }, options, format: opts.format, writerOptions }) });
          batch = [];
          bytes = 0;
          if (window.length >= threads * 4) await flushOldestQuietly();
        };
        for await (const item of jsonLines(entry.ref, load)) {
          if ('failed' in item) {
            if (batch.length) await send();
            while (window.length) await flushOldestQuietly();
            await emit(serializeHere((await processing()).processLoaded(item.failed, options), writer));
            continue;
          }
          batch.push(item);
          bytes += item.bytes?.length ?? 0;
          if (batch.length >= LINES_PER_TASK || bytes >= BYTES_PER_TASK) await send();
        }
        if (batch.length) await send();
        while (window.length) await flushOldestQuietly();
        continue;
      }
      const guard = await guarded();
      if (guard && groupable(entry)) {
        const file = await (await processing()).loadFile(entry, load, options, guard);
        group.push(file);
        groupChars += file.chars;
        if (group.length >= GROUP_DOCUMENTS || groupChars >= GROUP_CHARS || !groupable(entries[k + 1])) await flushGroup();
        continue;
      }
      if (guard && !entry.error && formatOf(entry.ref, opts.inputFormat) === 'jsonl') {
        for await (const records of (await processing()).processLineGroups(entry, load, options, guard)) for (const p of records) await emit(serializeHere(p, writer));
        continue;
      }
      for await (const p of (await processing()).processEntry(entry, load, options, guard)) await emit(serializeHere(p, writer));
    }
    await flushGroup();
    await sendFiles();
    while (window.length) await flushOldest();
    await out.write(writer.footer(count));
    progress.done();
    await out.commit();
  } catch (err) {
    progress.done();
    out.abort();
    // the pool is destroyed below: the records still in flight are given up, not reported
    for (const pending of window) pending.results.catch(() => {});
    if (err instanceof OutputError) return reportOutputFailure(io, err, failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK);
    throw err;
  } finally {
    await pool?.destroy();
  }
  return failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}
