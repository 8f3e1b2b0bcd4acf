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
 * gazetteer's trie, compiled patterns) are built whole and then assigned; a
 * warm-up builds them before the first budgeted step, so that a budget never
 * counts, or cuts, the one-time start-up.
 */
import vm from 'node:vm';
import { InputError } from '../io/errors.js';
import type { Guard } from '../io/load-documents.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { overBudgetMessage } from './records.js';

export interface DocGuard {
  /** Run one step of the current document within what is left of its budget. */
  run: Guard;
  /** The document is done: the next step starts the next document's budget. */
  end(): void;
  /** The message of a document stopped over the budget. */
  readonly message: string;
}

// the message of a document stopped over the budget, on the main thread as in the pool (records.ts: light)
export { overBudgetMessage };

/** A short text that runs every extractor: the modules' lazy tables are built before any budget counts. */
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
  return {
    message,
    run<T>(step: () => T): T {
      if (!warmed) {
        warmed = true;
        warmUp();
      }
      deadline ??= performance.now() + budgetMs;
      const left = Math.ceil(deadline - performance.now());
      if (left <= 0) overBudget();
      sandbox.step = step;
      try {
        script.runInContext(sandbox, { timeout: left });
      } catch (err) {
        sandbox.step = null;
        if ((err as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') overBudget();
        throw err;
      }
      const result = sandbox.result as T;
      sandbox.result = undefined;
      return result;
    },
    end() {
      deadline = null;
    },
  };
}
