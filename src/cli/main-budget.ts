/**
 * The time budget of one document (`--doc-timeout`) where it runs on the
 * main thread: stdin, a JSON Lines stream without a pool, a lone file or a
 * batch too small for the pool. (In the pool, doc-budget.ts ends the
 * document's worker.)
 *
 * Each computing step of a document (its HTML page's DOM and text, then the
 * extraction) runs inside `vm`'s `timeout`: V8 stops the step where it is,
 * in a regex as in a loop, when the document's budget is spent, and the step
 * throws an InputError `timeout`; the document becomes a `timeout` error
 * record and the batch goes on. Reading and writing are not steps: they wait
 * on I/O, never on a runaway computation.
 *
 * Stopping code midway is safe here because a step changes nothing outside
 * its document: the pipeline's state is per document, every regex is reset
 * before use (patterns/regex.ts), and the modules' lazy tables (the
 * gazetteer's trie, compiled patterns) are built whole and then assigned.
 *
 * A budget never counts, or cuts, the one-time start-up (V8 compiling each
 * pattern on its first use, the lazy tables): a document is only ever stopped
 * by an attempt made after a warm-up, a short text that runs every extractor.
 * The warm-up runs when it is needed, not before the first document (issue 14:
 * a lone small file, the commonest call, pays no warm-up on top of its own
 * start-up): when a step goes over the budget in a process not yet warmed up,
 * the warm-up runs (unbudgeted) and the step runs again, with what was left of
 * its document's budget before that step. Steps are pure functions of their
 * document, so running one again gives what it would have given. The price:
 * the first document over its budget takes up to twice the budget before its
 * `timeout` record.
 */
import vm from 'node:vm';
import { InputError } from '../io/errors.js';
import type { Guard } from '../io/load-documents.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { overBudgetMessage } from './records.js';

export interface DocGuard {
  /** Run one step of the current document within what is left of its budget. */
  run: Guard;
  /** Milliseconds left of the current document's budget: the whole budget when none of its steps has run. */
  left(): number;
  /** The document is done: the next step starts the next document's budget. */
  end(): void;
  /**
   * Run the last step of several documents, in order, each within `lefts[k]` ms (what `left()` gave for it), in as
   * few vm calls as their budgets allow (see `runEach` below): each step's result, or null for a document over its
   * budget. An exception of a step is thrown, as `run` throws it.
   */
  runEach<T>(steps: readonly (() => T)[], lefts: readonly number[]): ({ value: T } | null)[];
  /** The message of a document stopped over the budget. */
  readonly message: string;
}

// the message of a document stopped over the budget, on the main thread as in the pool (records.ts: light)
export { overBudgetMessage };

/** A short text that runs every extractor: the modules' lazy tables are built, and the patterns compiled, before a step runs again. */
const WARM_UP =
  'Sáng 5/3/2021, UBND tỉnh Phú Thọ ban hành Quyết định số 12/2021/QĐ-UBND ngày 1 tháng 3 năm 2021 về hỗ trợ 35 tỷ đồng cho 1.370 hộ; ' +
  'đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, dự họp. Quý I/2021 tăng 6,5%.';

function warmUp(): void {
  try {
    extractDocument({ text: WARM_UP, source: { path: 'warm-up', format: 'text', encoding: 'utf-8', bytes: 0, sha256: null } });
  } catch {
    // a failure here shows again on the first document, where it is reported
  }
}

/** The budget of the documents run on the main thread: `seconds` each. */
export function docGuard(seconds: number): DocGuard {
  const budgetMs = seconds * 1000;
  const message = overBudgetMessage(seconds);
  // one context and one script for every step: `step` is swapped in, the script calls it
  const sandbox = vm.createContext({ step: null as (() => unknown) | null, result: undefined as unknown });
  const script = new vm.Script('result = step(); step = null;');
  let warmed = false;
  let deadline: number | null = null;
  const overBudget = (): never => {
    deadline = null;
    throw new InputError('timeout', message);
  };
  /** Run a step with `ms` milliseconds: true when it finished (its result in the sandbox), false when it was stopped. */
  const within = (step: () => unknown, ms: number): boolean => {
    sandbox.step = step;
    try {
      script.runInContext(sandbox, { timeout: ms });
    } catch (err) {
      sandbox.step = null;
      if ((err as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return false;
      throw err;
    }
    return true;
  };
  const taken = <T>(): T => {
    const result = sandbox.result as T;
    sandbox.result = undefined;
    return result;
  };
  /**
   * Documents whose last step is ready at once (a batch's text files, read and decoded) run in one vm call rather than one
   * call each: `vm`'s timeout starts and joins a watchdog thread per call, about 60 µs on an idle machine and far more
   * on a busy one, where the join waits for the watchdog to be scheduled (a -j 1 batch of 10 KB reports spent 4-7% of
   * its time there, issue 14). The call's timeout is the budget of its first document; the documents after it run in
   * the same call while their own deadline is no earlier than the call's. A document stopped there had less than
   * its budget: it runs again first in a new call, with its whole budget (steps are pure functions of their document,
   * so running one again gives what it would have given). A first document stopped is over its budget, after the
   * one-time warm-up retry `run` gives. So every document gets its whole budget, and no step runs past it.
   */
  const runEach = <T>(steps: readonly (() => T)[], lefts: readonly number[]): ({ value: T } | null)[] => {
    const results: ({ value: T } | null)[] = new Array<{ value: T } | null>(steps.length).fill(null);
    let k = 0;
    while (k < steps.length) {
      const first = k;
      const ms = Math.ceil(lefts[first]!);
      if (ms <= 0) {
        k++;
        continue;
      }
      const callDeadline = performance.now() + ms;
      const finished = within(() => {
        for (; k < steps.length; k++) {
          if (k > first && performance.now() + lefts[k]! < callDeadline) return; // its own deadline comes first: a call of its own
          results[k] = { value: steps[k]!() };
        }
      }, ms);
      sandbox.result = undefined;
      if (finished || k > first) continue; // done, or stopped in a later document: that one goes first in the next call
      if (!warmed) {
        warmed = true;
        warmUp();
        if (within(() => (results[first] = { value: steps[first]!() }), ms)) sandbox.result = undefined;
      }
      k = first + 1;
    }
    return results;
  };
  return {
    message,
    runEach,
    left: () => (deadline === null ? budgetMs : Math.max(0, deadline - performance.now())),
    run<T>(step: () => T): T {
      deadline ??= performance.now() + budgetMs;
      const left = Math.ceil(deadline - performance.now());
      if (left <= 0) overBudget();
      if (within(step, left)) return taken<T>();
      if (warmed) overBudget();
      // over the budget before any warm-up: part of it may have been start-up. Warm up, then the step again.
      warmed = true;
      warmUp();
      deadline = performance.now() + left;
      if (within(step, left)) return taken<T>();
      return overBudget();
    },
    end() {
      deadline = null;
    },
  };
}
