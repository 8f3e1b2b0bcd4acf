/**
 * CHAIN_START_WORDS covers the chain: on every fixture text, each chain (chain.ts) starts at a whole word whose first
 * run of letters (case-folded) is the first run of letters of one of the start words. A trigger pass that looks the
 * chain up by those words (issue 14) then finds every match the whole-text scan finds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchView, normalizeText } from '../../src/core/normalize.js';
import { chainMatches } from '../../src/extractors/organizations/chain.js';
import { CHAIN_START_WORDS } from '../../src/extractors/organizations/patterns.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : e.name.endsWith('.txt') ? [p] : [];
  });

/** The first run of letters at `at`, lower-cased ('' when no letter stands there). */
const letterRun = (s: string, at: number): string => {
  let e = at;
  while (e < s.length && s[e]!.toLowerCase() !== s[e]!.toUpperCase()) e++;
  return s.slice(at, e).toLowerCase();
};
const STARTS = new Set(CHAIN_START_WORDS.map((w) => letterRun(w, 0)));

describe('CHAIN_START_WORDS', () => {
  test('every start word begins with a letter', () => {
    for (const w of CHAIN_START_WORDS) expect(letterRun(w, 0), w).not.toBe('');
  });

  test('every chain match on the fixtures starts with a start word', () => {
    let matches = 0;
    for (const file of files('fixtures')) {
      const view = matchView(normalizeText(readFileSync(file, 'utf8'), { tone: 'traditional' }), 'traditional');
      for (const m of chainMatches(view)) {
        matches++;
        expect(STARTS.has(letterRun(view, m.index)), `${file}: ${m.text}`).toBe(true);
        // a whole word: no letter before it
        const before = view[m.index - 1];
        expect(before === undefined || before.toLowerCase() === before.toUpperCase()).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(500);
  });
});
