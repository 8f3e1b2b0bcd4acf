/**
 * A worker of the pool (piscina): one input file → its records, already
 * serialized by the output's writer, so the main thread only writes text.
 */
import { loadJsonLine, type Line, type LoadOptions } from '../io/load-documents.js';
import type { InputEntry } from '../io/read-inputs.js';
import { WRITERS, type Format, type WriterOptions } from '../writers/index.js';
import { processEntry, processLoaded, serialize, type ProcessOptions, type Serialized } from './process-input.js';

/** A file to read and extract, or a batch of lines of a JSON Lines stream read on the main thread. */
export type WorkerTask = {
  options: ProcessOptions;
  format: Format;
  writerOptions: WriterOptions;
} & (
  | { entry: InputEntry; load: Omit<LoadOptions, 'stdin' | 'stdinStream'> }
  | { lines: { path: string; maxBytes: number; batch: Line[] } }
);

const noStdin = (): Promise<Uint8Array> => Promise.reject(new Error('stdin is read on the main thread'));

export default async function processInWorker(task: WorkerTask): Promise<Serialized[]> {
  const writer = WRITERS[task.format](task.writerOptions);
  const out: Serialized[] = [];
  if ('lines' in task) {
    const { path, maxBytes, batch } = task.lines;
    for (const line of batch) out.push(serialize(processLoaded(await loadJsonLine(path, line, maxBytes), task.options), writer));
    return out;
  }
  for await (const p of processEntry(task.entry, { ...task.load, stdin: noStdin }, task.options)) out.push(serialize(p, writer));
  return out;
}
