/**
 * A document's trigger index is built once, also in a process's first document (issue 14: growth). Every extractor
 * compiles its rules' triggers when it first runs; a trigger compiled after the index was built makes the next rule
 * build it again, so the pipeline compiles the triggers of all its extractors before the first one runs. This file
 * runs in a module state of its own (vitest isolates test files): its first document is a process's first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';

const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/triggers.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/triggers.js')>();
  return {
    ...original,
    indexTriggers: (view: string) => {
      built.count++;
      return original.indexTriggers(view);
    },
  };
});
const { extractDocument } = await import('../../src/pipeline/extract-document.js');

const SEEDS = path.join(import.meta.dirname, '../../fixtures/seeds');
const seed = (name: string): string => readFileSync(path.join(SEEDS, name), 'utf8');
const source = { path: 'seed', format: 'text' as const, encoding: 'utf-8', bytes: 0, sha256: null };

describe('the trigger index of a document', () => {
  test('is built once in the first document of a process, and once in each after it', () => {
    const names = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      built.count = 0;
      extractDocument({ text: seed(name), source });
      expect(built.count, name).toBe(1);
    }
  });

  test('a run of some categories builds it once too', () => {
    built.count = 0;
    extractDocument({ text: seed(readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()[0]!), source }, { only: ['statistics'] });
    expect(built.count).toBe(1);
  });
});
