/**
 * The time budget of one document (`--doc-timeout`): documents run in the
 * worker pool in tasks of several documents each (one message per task, not
 * per document: the main thread's work and the workers' waits between tasks
 * stay small), at most one task per thread. The worker says when it starts
 * each document, and each document's timer starts then. A document over the
 * budget has its worker ended (piscina terminates the thread and starts a new
 * one) and becomes a `timeout` error record; the documents of its task before
 * and after it run again in new tasks, so the batch goes on and no input,
 * however pathological, holds the records after it back by more than the
 * budget. A worker that fails outside the pipeline (a crash of the thread)
 * has its task's documents run again one per task, so only the document that
 * fails gets an `internal` error record.
 *
 * The queue is kept here rather than in piscina's, so that a timer never
 * counts the time a document waited for a thread. What runs on the main
 * thread has the same budget through main-budget.ts.
 */
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { WORKER_URL } from './entry-points.js';
import type { Serialized } from './records.js';
import type { WorkerTask } from './worker.js';

export interface BudgetedPool {
  /** The task's records, in order: each document's own, a `timeout` record, or an `internal` one when its worker died. */
  run(task: WorkerTask): Promise<Serialized[]>;
  destroy(): Promise<void>;
}

export interface BudgetOptions {
  threads: number;
  /** Milliseconds a document may take; 0: no limit. */
  budgetMs: number;
  /** How many documents a task holds. */
  sizeOf(task: WorkerTask): number;
  /** The task of documents [from, to) of a task. */
  slice(task: WorkerTask, from: number, to: number): WorkerTask;
  /** The records of a task of one document stopped over budget. */
  timedOut(task: WorkerTask): Serialized[];
  /** The records of a task of one document whose worker failed (an exception outside the pipeline, a crash of the thread). */
  crashed(task: WorkerTask, err: unknown): Serialized[];
}

export function budgetedPool(options: BudgetOptions): BudgetedPool {
  const { threads, budgetMs } = options;
  const pool = new Piscina<WorkerTask, Serialized[]>({
    filename: WORKER_URL,
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
  const run = (task: WorkerTask): Promise<Serialized[]> =>
    new Promise<Serialized[]>((resolve) => {
      if (running < threads) {
        running++;
        start(task, resolve);
      } else waiting.push(() => start(task, resolve));
    });
  /** A task that failed at document `at`: that document's record, the others run again (see the module comment). */
  const recover = async (task: WorkerTask, at: number, over: boolean, err: unknown): Promise<Serialized[]> => {
    const n = options.sizeOf(task);
    if (n === 1) return over ? options.timedOut(task) : options.crashed(task, err);
    if (!over) {
      const one = await Promise.all(Array.from({ length: n }, (_, k) => run(options.slice(task, k, k + 1))));
      return one.flat();
    }
    const [before, after] = await Promise.all([
      at > 0 ? run(options.slice(task, 0, at)) : [],
      at + 1 < n ? run(options.slice(task, at + 1, n)) : [],
    ]);
    return [...before, ...options.timedOut(options.slice(task, at, at + 1)), ...after];
  };
  const start = (task: WorkerTask, resolve: (records: Serialized[] | Promise<Serialized[]>) => void): void => {
    const controller = new AbortController();
    let over = false;
    let at = 0;
    let timer: NodeJS.Timeout | null = null;
    // The worker posts the index of each document as it starts it (a new worker first loads dvx's modules).
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (k: number) => {
      at = k;
      if (budgetMs <= 0) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        over = true;
        controller.abort();
      }, budgetMs);
    });
    const settle = (): void => {
      if (timer) clearTimeout(timer);
      port1.close();
      // the thread is free before any document runs again, so a re-run never waits for the task it replaces
      release();
    };
    pool.run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] }).then(
      (records) => {
        settle();
        resolve(records);
      },
      (err: unknown) => {
        settle();
        resolve(recover(task, at, over, err));
      },
    );
  };
  return {
    run,
    destroy: () => {
      closing = true;
      return pool.destroy();
    },
  };
}
