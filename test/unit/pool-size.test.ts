/**
 * How many workers `--jobs 0` takes (cli/extract-command.ts `poolSize`): one per core as far as the batch's bytes pay
 * for them, 5 MB a worker (a worker's start-up and warm-up cost about what one thread extracts from that much), two
 * or none; an explicit `--jobs` is taken as given. The files are sparse: only their sizes are read.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { poolSize } from '../../src/cli/extract-command.js';
import type { InputEntry } from '../../src/io/read-inputs.js';

const MB = 1024 * 1024;

/** `count` files of `bytes` each. */
function batch(count: number, bytes: number): InputEntry[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvx-pool-'));
  return Array.from({ length: count }, (_, k) => {
    const file = path.join(dir, `${k}.txt`);
    writeFileSync(file, '');
    truncateSync(file, bytes);
    return { ref: { path: file, kind: 'file' } };
  });
}

/** What the default gives on this machine for a batch that pays for `paid` workers. */
const expected = (paid: number): number => {
  const threads = Math.min(availableParallelism(), paid);
  return threads >= 2 ? threads : 0;
};

describe('--jobs 0: workers as the batch pays for them', () => {
  test('a small batch stays on the main thread, however many files it has', () => {
    expect(poolSize({ jobs: 0 }, batch(7, 20 * MB), 0)).toBe(0); // fewer than 8 files
    expect(poolSize({ jobs: 0 }, batch(400, 10 * 1024), 0)).toBe(0); // 400 reports, 4 MB
    expect(poolSize({ jobs: 0 }, batch(8, MB + MB / 8), 0)).toBe(0); // 9 MB: pays for one worker, not two
  });

  test('a large batch gets a worker for every 5 MB, up to one per core and one per file', () => {
    expect(poolSize({ jobs: 0 }, batch(8, 2 * MB), 0)).toBe(expected(3)); // 16 MB
    expect(poolSize({ jobs: 0 }, batch(10, 10 * MB), 0)).toBe(expected(10)); // 100 MB: every core, up to a worker a file
    expect(poolSize({ jobs: 0 }, batch(8, 200 * MB), 0)).toBe(expected(8)); // never more workers than files
  });

  test('an explicit --jobs is taken as given, up to one worker a file', () => {
    expect(poolSize({ jobs: 2 }, batch(3, 10), 0)).toBe(2);
    expect(poolSize({ jobs: 4 }, batch(3, 10), 0)).toBe(3);
    expect(poolSize({ jobs: 1 }, batch(50, 10 * MB), 0)).toBe(0);
  });
});
