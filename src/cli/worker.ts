/**
 * A worker of the pool (piscina): a task of several input files (or lines of a
 * JSON Lines stream) → their records, already serialized by the output's
 * writer, so the main thread only writes text.
 */
import { extractDocument } from '../pipeline/extract-document.js';
import { loadJsonLine, type Line, type LoadOptions } from '../io/load-documents.js';
import type { InputEntry } from '../io/read-inputs.js';
import { clockMs } from './clock.js';
import { WRITERS, type Format, type WriterOptions } from '../writers/index.js';
import { loadValidation, processEntry, processLoaded, serialize, type ProcessOptions, type Serialized } from './process-input.js';

/** Files to read and extract, or a batch of lines of a JSON Lines stream read on the main thread. */
export type WorkerTask = {
  options: ProcessOptions;
  format: Format;
  writerOptions: WriterOptions;
  /**
   * Where the worker marks each document as it starts it, in memory shared with the main thread: `cells[1]` the
   * time (ms from `epoch` on doc-budget.ts's clock), then `cells[0]` its index. The budget counts from then.
   */
  marks?: { cells: Int32Array; epoch: number };
} & (
  | { entries: InputEntry[]; load: Omit<LoadOptions, 'stdin' | 'stdinStream'> }
  | { lines: { path: string; maxBytes: number; batch: Line[] } }
);

const noStdin = (): Promise<Uint8Array> => Promise.reject(new Error('stdin is read on the main thread'));

/**
 * Warm-up when the worker starts, before it takes a document: every rule's
 * regex runs once (V8 compiles a regex on its first use), so a document's
 * time budget measures its own work, not the worker's start-up.
 */
const WARM_UP =
  'Sáng 5/3/2021, UBND tỉnh Phú Thọ ban hành Quyết định số 12/2021/QĐ-UBND ngày 1 tháng 3 năm 2021 về hỗ trợ 35 tỷ đồng cho 1.370 hộ; ' +
  'đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, dự họp. Quý I/2021 tăng 6,5%.';
try {
  extractDocument({ text: WARM_UP, source: { path: 'warm-up', format: 'text', encoding: 'utf-8', bytes: 0, sha256: null } });
} catch {
  // a failure here shows again on the first document, where it is reported
}

/** The start of document `k` of a task, for its time budget (the time first: see doc-budget.ts's check). */
function mark(task: WorkerTask, k: number): void {
  if (!task.marks) return;
  Atomics.store(task.marks.cells, 1, Math.round(clockMs() - task.marks.epoch));
  Atomics.store(task.marks.cells, 0, k);
}

/**
 * The tasks this worker holds run one after the other (piscina hands it the next before the current one ends,
 * doc-budget.ts): never two documents at once, so a budget only ever counts its own document's time.
 */
let queue: Promise<void> = Promise.resolve();
const settled = (): void => {};

export default function processInWorker(task: WorkerTask): Promise<Serialized[]> {
  const done = queue.then(() => processTask(task));
  // the chain holds nothing of a finished task (not its records)
  queue = done.then(settled, settled);
  return done;
}

async function processTask(task: WorkerTask): Promise<Serialized[]> {
  const writer = WRITERS[task.format](task.writerOptions);
  const out: Serialized[] = [];
  if (task.options.validate) await loadValidation();
  if ('lines' in task) {
    const { path, maxBytes, batch } = task.lines;
    for (const [k, line] of batch.entries()) {
      mark(task, k);
      out.push(serialize(processLoaded(await loadJsonLine(path, line, maxBytes), task.options), writer));
    }
    return out;
  }
  // files are read with blocking calls, as on the main thread (io/read-inputs.ts readInput says why)
  const load = { ...task.load, stdin: noStdin };
  for (const [k, entry] of task.entries.entries()) {
    mark(task, k);
    for await (const p of processEntry(entry, load, task.options)) out.push(serialize(p, writer));
  }
  return out;
}
