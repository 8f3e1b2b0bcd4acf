/**
 * `dvx extract`: inputs → records → writer → output, in input order.
 *
 * Files are processed by a pool of worker threads (piscina) when there are
 * several and `--jobs` allows; stdin and JSON Lines inputs stream on the main
 * thread. Records are written in input order whatever finishes first, so
 * the output is the same for any number of jobs. One bad input is one line
 * on stderr and one error record; the batch goes on.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import type { ToneStyle } from '../core/normalize.js';
import { formatOf, type InputFormat, type LoadOptions } from '../io/load-documents.js';
import { DEFAULT_GLOBS, expandInputs, type InputEntry } from '../io/read-inputs.js';
import type { Shard } from '../io/shard.js';
import type { Category, Source } from '../types.js';
import { WRITERS, type Format, type Writer } from '../writers/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { fileOutput, OutputError, reportOutputFailure, stdoutOutput, type Output } from './output.js';
import { errorRecord, loadOptionsFor, processEntry, reportFailure, serialize, type ProcessOptions, type Serialized } from './process-input.js';
import { progressBar } from './progress.js';
import type { WorkerTask } from './worker.js';

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

/** Whether an entry streams (stdin, JSON Lines) and so stays on the main thread. */
const streams = (entry: InputEntry, format: InputFormat): boolean =>
  entry.ref.kind === 'stdin' || entry.error !== undefined || formatOf(entry.ref, format) === 'jsonl';

function poolSize(opts: ExtractCommandOptions, files: number): number {
  const wanted = opts.jobs > 0 ? opts.jobs : availableParallelism();
  if (wanted <= 1) return 0;
  if (opts.jobs === 0 && files < MIN_FILES_FOR_POOL) return 0;
  return Math.min(wanted, files);
}

/**
 * A lone file runs on the main thread (a worker costs more start-up than a small file takes), except when a
 * time budget is set and the file is large enough that its budget could matter: then it runs in a worker too.
 */
const BUDGETED_SIZE = 1024 * 1024;

function needsBudget(opts: ExtractCommandOptions, entries: readonly InputEntry[]): boolean {
  if (opts.docTimeout <= 0) return false;
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

const sourceOf = (task: WorkerTask): Source => ({
  path: task.entry.ref.path,
  format: formatOf(task.entry.ref, task.load.inputFormat),
  encoding: null,
  bytes: 0,
  sha256: null,
});

/** The error record of a document stopped over its budget. */
function overBudget(task: WorkerTask, writer: Writer, seconds: number): Serialized {
  const message = `stopped after ${seconds} s (--doc-timeout)`;
  return serialize({ record: errorRecord(sourceOf(task), 'timeout', message), failure: message }, writer);
}

/** The error record of a document whose worker failed outside the pipeline. */
function workerFailure(task: WorkerTask, writer: Writer, err: unknown): Serialized {
  const message = `internal error: ${err instanceof Error ? err.message : String(err)}`;
  return serialize({ record: errorRecord(sourceOf(task), 'internal', message), failure: message }, writer);
}

export async function extractCommand(inputs: string[], opts: ExtractCommandOptions, io: CliIo): Promise<ExitCode> {
  const entries = await expandInputs(inputs, opts.glob?.length ? opts.glob : DEFAULT_GLOBS, opts.shard ? { shard: opts.shard } : {});
  const single = inputs.length <= 1 && entries.length === 1 && formatOf(entries[0]!.ref, opts.inputFormat) !== 'jsonl';
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
  const load: LoadOptions = loadOptionsFor(opts, io);
  const files = entries.filter((e) => !streams(e, opts.inputFormat)).length;
  const threads = poolSize(opts, files) || (needsBudget(opts, entries) ? 1 : 0);
  const budgetMs = Math.round(opts.docTimeout * 1000);
  // the pool (piscina) loads only when a batch uses it
  const pool =
    threads > 0
      ? (await import('./doc-budget.js')).budgetedPool({
          threads,
          budgetMs,
          timedOut: (task) => [overBudget(task, writer, opts.docTimeout)],
          crashed: (task, err) => [workerFailure(task, writer, err)],
        })
      : null;
  const progress = progressBar(io, entries.length, opts.progress);

  let count = 0;
  let failed = 0;
  const emit = async ({ item, source, failure }: Serialized): Promise<void> => {
    if (failure) {
      failed++;
      reportFailure(io, source, failure);
    }
    await out.write(writer.separator(count++) + item);
  };

  // Results in flight, oldest first; the window bounds memory to a few records per thread.
  const window: { path: string; results: Promise<Serialized[]> }[] = [];
  const flushOldest = async (): Promise<void> => {
    const next = window.shift()!;
    progress.tick(next.path);
    for (const p of await next.results) await emit(p);
  };

  try {
    await out.write(writer.header());
    for (const entry of entries) {
      if (pool && !streams(entry, opts.inputFormat)) {
        const { stdin: _stdin, stdinStream: _stdinStream, ...loadForWorker } = load;
        window.push({ path: entry.ref.path, results: pool.run({ entry, load: loadForWorker, options, format: opts.format, writerOptions }) });
        if (window.length >= threads * 4) await flushOldest();
        continue;
      }
      while (window.length) await flushOldest();
      progress.tick(entry.ref.path);
      for await (const p of processEntry(entry, load, options)) await emit(serialize(p, writer));
    }
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
