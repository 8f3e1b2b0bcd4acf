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
import { Piscina } from 'piscina';
import type { ToneStyle } from '../core/normalize.js';
import type { ExtractOptions } from '../pipeline/extract-document.js';
import { formatOf, type InputFormat, type LoadOptions } from '../io/load-documents.js';
import { DEFAULT_GLOBS, expandInputs, type InputEntry } from '../io/read-inputs.js';
import type { Category } from '../types.js';
import { WRITERS, type Format } from '../writers/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { atomicFileOutput, stdoutOutput, type Output } from './output.js';
import { loadOptionsFor, processEntry, reportFailure, serialize, type Serialized } from './process-input.js';
import { progressBar } from './progress.js';
import type { WorkerTask } from './worker.js';

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  only?: Category[];
  includeText: boolean;
  glob?: string[];
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

export async function extractCommand(inputs: string[], opts: ExtractCommandOptions, io: CliIo): Promise<ExitCode> {
  const entries = await expandInputs(inputs, opts.glob?.length ? opts.glob : DEFAULT_GLOBS);
  const single = inputs.length <= 1 && entries.length === 1 && formatOf(entries[0]!.ref, opts.inputFormat) !== 'jsonl';
  const writerOptions = { single, bom: opts.bom };
  const writer = WRITERS[opts.format](writerOptions);
  const out: Output = opts.output ? atomicFileOutput(opts.output) : stdoutOutput(io.stdout);
  const options: ExtractOptions = {
    ...(opts.only ? { only: opts.only } : {}),
    tone: opts.tone,
    refDate: opts.refDate ?? null,
    includeText: opts.includeText,
  };
  const load: LoadOptions = loadOptionsFor(opts, io);
  const files = entries.filter((e) => !streams(e, opts.inputFormat)).length;
  const threads = poolSize(opts, files);
  const pool = threads > 0 ? new Piscina<WorkerTask, Serialized[]>({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads }) : null;
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
