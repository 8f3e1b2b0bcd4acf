/**
 * Patterns compiled ahead of time (scripts/compile-patterns.mjs → dist/patterns/ahead.js): the build's table
 * must hold exactly what XRegExp compiles from the source tree (the `i` patterns rewritten without the flag:
 * scripts/caseless.mjs, test/unit/caseless.test.ts), an entry is used only while its key matches,
 * and escapeLiteral (written to spare start-up the XRegExp load) escapes exactly as XRegExp.escape does.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import XRegExp from 'xregexp';
import { describe, expect, test, vi } from 'vitest';
// @ts-expect-error: a build script (plain JavaScript, no declarations)
import { caselessEntry } from '../../scripts/caseless.mjs';
// @ts-expect-error: a build script (plain JavaScript, no declarations)
import { leadLength, runsOf, startFilter } from '../../scripts/start-set.mjs';

const keyOf = (pattern: string, flags: string): string => createHash('sha1').update(pattern).update('\0').update(flags).digest('hex');

vi.mock('../../src/patterns/ahead.js', () => ({
  AHEAD: {
    'test/ahead-current': { key: keyOf('a (?<x> b )', ''), source: '(?:q)(z)', flags: 'u', names: ['x'] },
    'test/ahead-stale': { key: 'not the key of its pattern', source: 'WRONG', flags: 'u', names: [] },
  },
}));

const { aheadTable, escapeLiteral, matchAt, registeredPatterns, vx } = await import('../../src/patterns/regex.js');

describe('the ahead-of-time table', () => {
  test('an entry whose key matches is used as written', () => {
    const regex = vx('test/ahead-current', 'a (?<x> b )');
    expect(regex.source).toBe('(?:q)(z)');
    expect(matchAt(regex, 'qz', 0)?.groups).toEqual({ x: 'z' });
  });

  test('a stale entry is ignored: the pattern is compiled from what is written', () => {
    const regex = vx('test/ahead-stale', 'c (?<y> d )');
    expect(regex.source).toBe(XRegExp('c (?<y> d )', 'xu').source);
    expect(matchAt(regex, 'cd', 0)?.groups).toEqual({ y: 'd' });
  });

  test('every pattern of the build (dist/) is what XRegExp compiles from the source tree today', async () => {
    const built = path.join(import.meta.dirname, '..', '..', 'dist', 'patterns', 'ahead.js');
    if (!existsSync(built)) return; // no build in this checkout: nothing to compare
    await import('../../src/index.js');
    await import('../../src/io/html/html-to-text.js');
    const { AHEAD } = (await import(pathToFileURL(built).href)) as { AHEAD: Record<string, { key: string; source: string; flags: string; names: (string | null)[] }> };
    const current = aheadTable();
    const registered = registeredPatterns().filter((p) => !p.name.startsWith('test/'));
    expect(registered.length).toBeGreaterThan(30);
    let compared = 0;
    for (const p of registered) {
      const entry = AHEAD[p.name];
      if (!entry || entry.key !== current[p.name]!.key) continue; // built from older sources: not used, see above
      const { starts, lead, ...compiled } = entry as typeof entry & { starts?: unknown; lead?: number };
      const caseless = caselessEntry(current[p.name]!) as { source: string; flags: string };
      expect(compiled).toEqual(caseless);
      // and where its matches can start, as scripts/start-set.mjs reads it off that source
      const filter = startFilter(caseless.source, caseless.flags) as { first: Uint8Array; behind: Uint8Array | null } | null;
      expect(starts).toEqual(filter ? { first: runsOf(filter.first), behind: filter.behind ? runsOf(filter.behind) : null } : undefined);
      expect(lead ?? 0).toBe(leadLength(caseless.source, caseless.flags));
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('escapeLiteral', () => {
  test('escapes as XRegExp.escape does, on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => escapeLiteral(s) === XRegExp.escape(s)), { numRuns: 2000 });
  });

  test('escapes each UTF-16 code unit as XRegExp.escape does (the spaces of \\s beyond ASCII included)', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (escapeLiteral(s) !== XRegExp.escape(s)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  test('escapes every metacharacter and space the way XRegExp does', () => {
    const specials = '\\[]{}()*+?.^$|#-, \t\n\u00a0\u3000Ủy ban (UBND) 1.000,5 #1 a-b';
    expect(escapeLiteral(specials)).toBe(XRegExp.escape(specials));
  });
});
