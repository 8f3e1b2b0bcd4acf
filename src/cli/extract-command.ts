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
import type { Piscina } from 'piscina';
import type { ToneStyle } from '../core/normalize.js';
import { formatOf, jsonLines, type InputFormat, type Line, type LoadOptions } from '../io/load-documents.js';
import { DEFAULT_GLOBS, expandInputs, type InputEntry } from '../io/read-inputs.js';
import type { Shard } from '../io/shard.js';
import type { Category } from '../types.js';
import { WRITERS, type Format } from '../writers/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { checkOutputTarget } from './output-target.js';
import { atomicFileOutput, stdoutOutput, type Output } from './output.js';
import { loadOptionsFor, noticeTo, processEntry, processLoaded, reportFailure, serialize, type ProcessOptions, type Serialized } from './process-input.js';
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
  maxBytes: number;
  inputFormat: InputFormat;
  progress: boolean;
  /** Worker threads; 0 = as many as the machine has cores, when the batch is large enough to pay for them. */
  jobs: number;
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

/**
 * Threads for the batch. Files: one per core (or --jobs) once there are enough of them. JSON Lines streams:
 * only with an explicit --jobs of 2 or more (a stream's length is unknown, and a mapper under a distributed
 * engine usually runs one process per core already).
 */
function poolSize(opts: ExtractCommandOptions, files: number, lineStreams: number): number {
  const wanted = opts.jobs > 0 ? opts.jobs : availableParallelism();
  if (wanted <= 1) return 0;
  if (opts.jobs >= 2 && lineStreams > 0) return wanted;
  if (opts.jobs === 0 && files < MIN_FILES_FOR_POOL) return 0;
  return Math.min(wanted, files);
}

/** Lines of a JSON Lines stream per task of the pool: enough to pay for the messages, few enough to keep order cheap. */
const LINES_PER_TASK = 16;
const BYTES_PER_TASK = 1 << 20;

export async function extractCommand(inputs: string[], opts: ExtractCommandOptions, io: CliIo): Promise<ExitCode> {
  if (opts.output !== undefined) checkOutputTarget(opts.output);
  const entries = await expandInputs(inputs, { globs: opts.glob?.length ? opts.glob : DEFAULT_GLOBS, notice: noticeTo(io), ...(opts.shard ? { shard: opts.shard } : {}) });
  // json: an object for one file argument (or stdin text), an array for a folder, several arguments or JSON Lines — whatever the folder holds.
  const single = inputs.length <= 1 && entries.length === 1 && !entries[0]!.inFolder && formatOf(entries[0]!.ref, opts.inputFormat) !== 'jsonl';
  const writerOptions = { single, bom: opts.bom };
  const writer = WRITERS[opts.format](writerOptions);
  const out: Output = opts.output ? atomicFileOutput(opts.output) : stdoutOutput(io.stdout);
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
  const lineStreams = entries.filter((e) => !e.error && formatOf(e.ref, opts.inputFormat) === 'jsonl').length;
  const threads = poolSize(opts, files, lineStreams);
  // the pool (piscina) loads only when a batch uses it
  const pool: Piscina<WorkerTask, Serialized[]> | null =
    threads > 0
      ? new (await import('piscina')).Piscina<WorkerTask, Serialized[]>({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads })
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
  /** The same, for a batch of a stream: the stream ticked the progress bar once. */
  const flushOldestQuietly = async (): Promise<void> => {
    for (const p of await window.shift()!.results) await emit(p);
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
      if (pool && !entry.error && formatOf(entry.ref, opts.inputFormat) === 'jsonl') {
        // a JSON Lines stream: lines read here, in order, and extracted by the pool in batches
        let batch: Line[] = [];
        let bytes = 0;
        const send = async (): Promise<void> => {
          window.push({ path: entry.ref.path, results: pool.run({ lines: { path: entry.ref.path, maxBytes: opts.maxBytes, batch }, options, format: opts.format, writerOptions }) });
          batch = [];
          bytes = 0;
          if (window.length >= threads * 4) await flushOldestQuietly();
        };
        for await (const item of jsonLines(entry.ref, load)) {
          if ('failed' in item) {
            if (batch.length) await send();
            while (window.length) await flushOldestQuietly();
            await emit(serialize(processLoaded(item.failed, options), writer));
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
      for await (const p of processEntry(entry, load, options)) await emit(serialize(p, writer));
    }
    while (window.length) await flushOldest();
    await out.write(writer.footer(count));
    progress.done();
    out.commit();
  } catch (err) {
    progress.done();
    out.abort();
    throw err;
  } finally {
    await pool?.destroy();
  }
  return failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}
