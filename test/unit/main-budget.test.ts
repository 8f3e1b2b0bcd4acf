/** The time budget on the main thread (cli/main-budget.ts): a runaway step is stopped, the next document runs. */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import { docGuard } from '../../src/cli/main-budget.js';

describe('docGuard', () => {
  test('stops a step that never ends, with an InputError timeout, and runs the next document in full', () => {
    const guard = docGuard(0.3);
    let error: unknown = null;
    try {
      guard.run(() => {
        for (;;) {
          // a runaway computation
        }
      });
    } catch (err) {
      error = err;
    } finally {
      guard.end();
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('timeout');
    expect((error as InputError).message).toBe('stopped after 0.3 s (--doc-timeout)');
    expect(guard.run(() => 6 * 7)).toBe(42);
    guard.end();
  });

  test('a step stopped before any warm-up runs again after it, so one-time start-up never decides a timeout', () => {
    const guard = docGuard(0.3);
    let calls = 0;
    // slow the first time only, as a first document is while V8 compiles the patterns and the tables are built
    const result = guard.run(() => {
      calls++;
      if (calls === 1) {
        const until = performance.now() + 1000;
        while (performance.now() < until) calls += 0;
      }
      return 'done';
    });
    guard.end();
    expect(result).toBe('done');
    expect(calls).toBe(2);
  });

  test('the steps of one document share its budget; an exception of a step is its own', () => {
    const guard = docGuard(0.3);
    const spin = (ms: number): number => {
      const until = performance.now() + ms;
      let n = 0;
      while (performance.now() < until) n++;
      return n;
    };
    guard.run(() => spin(200));
    expect(() => guard.run(() => spin(200))).toThrow('stopped after 0.3 s');
    guard.end();
    expect(() =>
      guard.run(() => {
        throw new RangeError('not a timeout');
      }),
    ).toThrow(RangeError);
  });
});
