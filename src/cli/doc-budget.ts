/**
 * The time budget of one document (`--doc-timeout`): documents run in the
 * worker pool, at most one per thread, each with its own timer started when
 * it is handed to a thread. A document over the budget has its worker ended
 * (piscina terminates the thread and starts a new one) and becomes a
 * `timeout` error record; the batch goes on. So no input, however
 * pathological, holds the records after it back by more than the budget.
 *
 * The queue is kept here rather than in piscina's, so that a timer never
 * counts the time a document waited for a thread. What runs on the main
 * thread has the same budget through main-budget.ts.
 */
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Serialized } from './process-input.js';
import type { WorkerTask } from './worker.js';

export interface BudgetedPool {
  /** The task's records, in order: its own, a `timeout` record, or an `internal` one when its worker died. */
  run(task: WorkerTask): Promise<Serialized[]>;
  destroy(): Promise<void>;
}

export interface BudgetOptions {
  threads: number;
  /** Milliseconds a document may take; 0: no limit. */
  budgetMs: number;
  /** The records of a task stopped over budget. */
  timedOut(task: WorkerTask): Serialized[];
  /** The records of a task whose worker failed (an exception outside the pipeline, a crash of the thread). */
  crashed(task: WorkerTask, err: unknown): Serialized[];
}

export function budgetedPool(options: BudgetOptions): BudgetedPool {
  const { threads, budgetMs } = options;
  const pool = new Piscina<WorkerTask, Serialized[]>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  // When the output fails mid-batch the pool is destroyed while workers are still busy; a result posted after that
  // makes piscina emit 'error' ("Unexpected message from Worker"). The batch is over by then: drop it, instead of a
  // stack trace after the one-line output error. Before `destroy`, an error outside any task is still a crash.
  let closing = false;
  pool.on('error', (err: unknown) => {
    if (!closing) throw err;
  });
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  const start = (task: WorkerTask, resolve: (records: Serialized[]) => void): void => {
    const controller = new AbortController();
    let over = false;
    let timer: NodeJS.Timeout | null = null;
    // The clock starts when the worker takes the document (a new worker first loads dvx's modules).
    const { port1, port2 } = new MessageChannel();
    if (budgetMs > 0) {
      port1.once('message', () => {
        timer = setTimeout(() => {
          over = true;
          controller.abort();
        }, budgetMs);
      });
    }
    pool
      .run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] })
      .then(
        (records) => resolve(records),
        (err: unknown) => resolve(over ? options.timedOut(task) : options.crashed(task, err)),
      )
      .finally(() => {
        if (timer) clearTimeout(timer);
        port1.close();
        release();
      });
  };
  return {
    run: (task) =>
      new Promise<Serialized[]>((resolve) => {
        if (running < threads) {
          running++;
          start(task, resolve);
        } else waiting.push(() => start(task, resolve));
      }),
    destroy: () => {
      closing = true;
      return pool.destroy();
    },
  };
}
