/**
 * The ReDoS audit: every regex of the project is built with `vx` and so is
 * in the registry (lint forbids the other ways); recheck must find each one
 * safe. Importing every module under src/ registers every pattern.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import { describe, expect, test } from 'vitest';
import { registeredPatterns } from '../src/patterns/regex.js';

function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceModules(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

for (const file of sourceModules('src').sort()) await import(`../${file}`);
const patterns = registeredPatterns();

describe.concurrent('ReDoS audit (recheck)', () => {
  test('modules register their patterns', () => {
    expect(patterns.length).toBeGreaterThan(5);
  });

  test.each(patterns.map((p) => [p.name, p.regex] as const))('%s is safe', async (_name, regex) => {
    const flags = regex.flags.replace('g', '');
    const result = await check(regex.source, flags, { timeout: 30_000, randomSeed: 20261123 });
    expect(result.status, JSON.stringify({ status: result.status, attack: 'attack' in result ? result.attack?.pattern : undefined })).toBe('safe');
  });
});
