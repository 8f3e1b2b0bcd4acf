/**
 * A worker of the pool (piscina): one input file → its records, already
 * serialized by the output's writer, so the main thread only writes text.
 */
import type { ExtractOptions } from '../pipeline/extract-document.js';
import type { LoadOptions } from '../io/load-documents.js';
import type { InputEntry } from '../io/read-inputs.js';
import { WRITERS, type Format, type WriterOptions } from '../writers/index.js';
import { processEntry, serialize, type Serialized } from './process-input.js';

export interface WorkerTask {
  entry: InputEntry;
  load: Omit<LoadOptions, 'stdin' | 'stdinStream'>;
  options: ExtractOptions;
  format: Format;
  writerOptions: WriterOptions;
}

const noStdin = (): Promise<Uint8Array> => Promise.reject(new Error('stdin is read on the main thread'));

export default async function processInWorker(task: WorkerTask): Promise<Serialized[]> {
  const writer = WRITERS[task.format](task.writerOptions);
  const out: Serialized[] = [];
  for await (const p of processEntry(task.entry, { ...task.load, stdin: noStdin }, task.options)) out.push(serialize(p, writer));
  return out;
}
