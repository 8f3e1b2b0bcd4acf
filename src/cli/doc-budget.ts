/**
 * The time budget of one document (`--doc-timeout`): documents run in the
 * worker pool in tasks of several documents each (one message per task, not
 * per document: the main thread's work and the workers' waits between tasks
 * stay small). The worker marks when it starts each document, and each
 * document's timer starts then. A document over the budget has its worker
 * ended (piscina terminates the thread and starts a new one) and becomes a
 * `timeout` error record; the documents of its task before and after it run
 * again in new tasks, so the batch goes on and no input, however
 * pathological, holds the records after it back by more than the budget. A
 * worker that fails outside the pipeline (a crash of the thread) has its
 * task's documents run again one per task, so only the document that fails
 * gets an `internal` error record.
 *
 * Each thread holds up to two tasks: the one it runs and the next, queued in
 * the worker (piscina's `concurrentTasksPerWorker`; the worker runs its tasks
 * one after the other). A worker then starts its next task as soon as it ends
 * one, instead of waiting for the main thread to take the result and send
 * more. A queued task's documents have no running timer (the timer counts
 * from the worker's mark, never from the sending), and a task that was still
 * queued on a worker that was ended (another task's document over budget, or
 * a crash) runs again whole, once: it did not fail, its thread did.
 *
 * The worker marks a document's start in memory shared with this thread (its
 * index and the time), not by a message: a message per document cost each
 * worker about 4% of its time (postMessage, and waking this thread up). Each
 * task here has one timer, set to the end of the budget of the document the
 * worker last marked; when it fires, it ends the worker if that document is
 * still running past its budget, or is set again for the document now
 * running. Other tasks wait in the queue here rather than in piscina's.
 * What runs on the main thread has the same budget through main-budget.ts.
 */
import { Piscina } from 'piscina';
import { clockMs } from './clock.js';
import { WORKER_URL } from './entry-points.js';
import type { Serialized } from './records.js';
import type { WorkerTask } from './worker.js';

/** Tasks a thread holds at once: the one it runs and the next (see the module comment). */
const TASKS_PER_THREAD = 2;

export interface BudgetedPool {
  /** The task's records, in order: each document's own, a `timeout` record, or an `internal` one when its worker died. */
  run(task: WorkerTask): Promise<Serialized[]>;
  /** End the workers (once: a second call waits for the first). */
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
    concurrentTasksPerWorker: TASKS_PER_THREAD,
  });
  // When the output fails mid-batch the pool is destroyed while workers are still busy; a result posted after that
  // makes piscina emit 'error' ("Unexpected message from Worker"). The batch is over by then: drop it, instead of a
  // stack trace after the one-line output error. Before `destroy`, an error outside any task is still a crash.
  let closing = false;
  pool.on('error', (err: unknown) => {
    if (!closing) throw err;
  });
  // the marks' times count from here (whole milliseconds fit an Int32Array for 24 days)
  const epoch = clockMs();
  const capacity = threads * TASKS_PER_THREAD;
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
  /** `again`: the task is run a second time because its thread was ended before it started (see the module comment). */
  const run = (task: WorkerTask, again = false): Promise<Serialized[]> =>
    new Promise<Serialized[]>((resolve) => {
      if (running < capacity) {
        running++;
        start(task, again, resolve);
      } else waiting.push(() => start(task, again, resolve));
    });
  /** A task that failed at document `at` (-1: before its first): that document's record, the others run again. */
  const recover = async (task: WorkerTask, at: number, over: boolean, again: boolean, err: unknown): Promise<Serialized[]> => {
    if (at < 0 && !again) return run(task, true);
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
  const start = (task: WorkerTask, again: boolean, resolve: (records: Serialized[] | Promise<Serialized[]>) => void): void => {
    const controller = new AbortController();
    let over = false;
    let at = -1;
    let timer: NodeJS.Timeout | null = null;
    // [the index of the document the worker runs (-1: none yet), when it started it (ms from `epoch`)]
    const marks = new Int32Array(new SharedArrayBuffer(8));
    marks[0] = -1;
    const check = (): void => {
      // the index first: the worker writes the time first, so a fresh index always comes with its own time
      const k = Atomics.load(marks, 0);
      const left = k < 0 ? budgetMs : epoch + Atomics.load(marks, 1) + budgetMs - clockMs();
      if (left > 0) {
        timer = setTimeout(check, Math.ceil(left));
        return;
      }
      over = true;
      at = k;
      controller.abort();
    };
    if (budgetMs > 0) timer = setTimeout(check, budgetMs);
    const settle = (): void => {
      if (timer) clearTimeout(timer);
      // the thread is free before any document runs again, so a re-run never waits for the task it replaces
      release();
    };
    pool.run({ ...task, marks: { cells: marks, epoch } }, { signal: controller.signal }).then(
      (records) => {
        settle();
        resolve(records);
      },
      (err: unknown) => {
        settle();
        resolve(recover(task, over ? at : Atomics.load(marks, 0), over, again, err));
      },
    );
  };
  let destroyed: Promise<void> | null = null;
  return {
    run,
    destroy: () => {
      closing = true;
      return (destroyed ??= pool.destroy());
    },
  };
}
