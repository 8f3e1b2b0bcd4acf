/** A worker of the pool (piscina): one input file → its processed records. */
import type { ExtractOptions } from '../core/pipeline.js';
import type { LoadOptions } from '../io/load-documents.js';
import type { InputEntry } from '../io/read-inputs.js';
import { processEntry, type Processed } from './process-input.js';

export interface WorkerTask {
  entry: InputEntry;
  load: Omit<LoadOptions, 'stdin' | 'stdinStream'>;
  options: ExtractOptions;
}

const noStdin = (): Promise<Uint8Array> => Promise.reject(new Error('stdin is read on the main thread'));

export default async function processInWorker(task: WorkerTask): Promise<Processed[]> {
  const out: Processed[] = [];
  for await (const p of processEntry(task.entry, { ...task.load, stdin: noStdin }, task.options)) out.push(p);
  return out;
}
