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

  describe('runEach: several documents in one vm call, each with its whole budget', () => {
    const spin = (ms: number): number => {
      const until = performance.now() + ms;
      let n = 0;
      while (performance.now() < until) n++;
      return n;
    };
    const warmed = (): ReturnType<typeof docGuard> => {
      const guard = docGuard(0.3);
      // over the budget once: the one-time warm-up is spent here
      expect(() => guard.run(() => spin(400))).toThrow('stopped after 0.3 s');
      guard.end();
      return guard;
    };

    test('every result in order; a runaway document is null and the documents after it still run', () => {
      const guard = warmed();
      const ran: number[] = [];
      const results = guard.runEach(
        [0, 1, 2, 3].map((k) => () => {
          ran.push(k);
          if (k === 1) for (;;) spin(1);
          return k * 10;
        }),
        [300, 300, 300, 300],
      );
      expect(results).toEqual([{ value: 0 }, null, { value: 20 }, { value: 30 }]);
      expect(ran).toEqual([0, 1, 1, 2, 3]); // the runaway ran again first in a call of its own, and was stopped there
    });

    test('a document stopped because those before it used the call runs again with its whole budget', () => {
      const guard = warmed();
      const calls = [0, 0, 0];
      const results = guard.runEach(
        [0, 1, 2].map((k) => () => {
          calls[k]!++;
          spin(200); // each within the 300 ms budget, but two of them are not within one call's 300 ms
          return k;
        }),
        [300, 300, 300],
      );
      expect(results).toEqual([{ value: 0 }, { value: 1 }, { value: 2 }]);
      expect(calls[0]).toBe(1);
      expect(calls[1]! + calls[2]!).toBeGreaterThanOrEqual(3); // at least one of them started late and ran again
    });

    test("a document's own budget counts: less left (its page's reading spent some) stops it sooner", () => {
      const guard = warmed();
      const results = guard.runEach([() => spin(10) * 0, () => spin(200) * 0 + 1], [300, 100]);
      expect(results).toEqual([{ value: 0 }, null]);
      expect(guard.runEach([() => 'no time left'], [0])).toEqual([null]);
    });

    test('a first document over the budget before any warm-up runs again after it, as run does', () => {
      const guard = docGuard(0.3);
      let calls = 0;
      const results = guard.runEach(
        [
          () => {
            calls++;
            if (calls === 1) spin(1000);
            return 'done';
          },
        ],
        [300],
      );
      expect(results).toEqual([{ value: 'done' }]);
      expect(calls).toBe(2);
    });

    test('left(): the whole budget before a step, less after one, whole again after end()', () => {
      const guard = docGuard(0.3);
      expect(guard.left()).toBe(300);
      guard.run(() => spin(50));
      expect(guard.left()).toBeLessThan(260);
      guard.end();
      expect(guard.left()).toBe(300);
    });
  });
});
