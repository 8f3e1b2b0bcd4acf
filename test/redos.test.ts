/**
 * The ReDoS audit: every regex of the project is built with `vx` and so is
 * in the registry (lint forbids the other ways); recheck must find each one
 * safe. Importing every module under src/ registers every pattern.
 *
 * recheck reads each pattern's `auditSource`: the same expression with
 * Unicode properties written natively (`\p{L}`) instead of XRegExp's
 * explicit ranges. The registry test proves, on every fixture text, that the
 * two spellings match exactly the same spans.
 *
 * The checker: recheck's automaton checker first, with limits raised to fit
 * our lexicon alternations. It has no false positives, and it proves a
 * pattern without unbounded repetition safe whatever lookarounds it holds
 * (every quantifier bounded: constant work per position, linear in all).
 * Where it cannot decide (status unknown: lookarounds around an unbounded
 * repetition), recheck's default hybrid checker decides. We do not start
 * with the hybrid checker: on large patterns it falls back to fuzzing, which
 * extrapolates step counts and reported our bounded patterns as polynomial
 * although their attack strings run in linear time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import { describe, expect, test } from 'vitest';
import { registeredPatterns } from '../src/patterns/regex.js';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : p.endsWith(ext) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

for (const file of files('src', '.ts').sort()) await import(`../${file}`);
const patterns = registeredPatterns();
const texts = files('fixtures', '.txt').map((f) => readFileSync(f, 'utf8').normalize('NFC'));
const spans = (regex: RegExp, text: string): string[] => [...text.matchAll(regex)].map((m) => `${m.index}:${m[0].length}`);

describe('regex registry', () => {
  test('modules register their patterns', () => {
    expect(patterns.length).toBeGreaterThan(20);
  });

  test.each(patterns.map((p) => [p.name, p] as const))('%s: the audited spelling matches what runs', (_name, p) => {
    const audited = new RegExp(p.auditSource, `g${p.flags}`);
    for (const text of texts) expect(spans(audited, text)).toEqual(spans(p.regex, text));
  });
});

const LIMITS = { maxPatternSize: 200_000, maxNFASize: 1_000_000, maxGraphSize: 1_000_000 };

describe.concurrent('ReDoS audit (recheck)', () => {
  test('the checker has teeth: unbounded patterns that are vulnerable fail', async () => {
    for (const source of ['\\d+người', '(?<![\\p{L}])(?:a|a)*b', '(?<![\\p{L}\\p{N}])\\d+\\s*\\d+x']) {
      const exact = await check(source, 'u', { checker: 'automaton', timeout: 60_000, ...LIMITS });
      const result = exact.status === 'unknown' ? await check(source, 'u', { timeout: 60_000, randomSeed: 20261123 }) : exact;
      expect(result.status, source).toBe('vulnerable');
    }
  });

  test.each(patterns.map((p) => [p.name, p] as const))('%s is safe', async (_name, p) => {
    const exact = await check(p.auditSource, p.flags, { checker: 'automaton', timeout: 60_000, ...LIMITS });
    const result = exact.status === 'unknown' ? await check(p.auditSource, p.flags, { timeout: 60_000, randomSeed: 20261123 }) : exact;
    const detail = { status: result.status, attack: 'attack' in result ? result.attack?.pattern?.slice(0, 200) : undefined };
    expect(result.status, JSON.stringify(detail)).toBe('safe');
  });
});
