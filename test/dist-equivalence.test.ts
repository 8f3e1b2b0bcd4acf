/**
 * The build's patterns run as the source tree's do. dist/patterns/ahead.js holds every pattern compiled ahead of
 * time, and beside each, read off it by the build, where its matches can start (scripts/start-set.mjs) and the length
 * of its leading lookbehind (a whole-text scan looks for the rest first): the built library uses them, the source
 * tree (what the other tests run) compiles its patterns with XRegExp and uses neither. Here both extract every
 * fixture text, its upper- and lower-cased forms and the corpus phrases, with and without `explain`: the same
 * record, byte for byte. Skipped in a checkout without a build or with sources newer than it (CI always builds).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const root = path.join(import.meta.dirname, '..');
const built = path.join(root, 'dist', 'index.js');
const ahead = path.join(root, 'dist', 'patterns', 'ahead.js');
/** When the newest source file was written (a build older than it may not be what the sources compile to). */
const newestSource = (): number =>
  Math.max(
    ...readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .map((f) => statSync(path.join(root, 'src', f)))
      .filter((s) => s.isFile())
      .map((s) => s.mtimeMs),
  );
const current = existsSync(built) && existsSync(ahead) && statSync(ahead).mtimeMs >= newestSource();

const texts = readdirSync(path.join(root, 'fixtures'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(root, 'fixtures', f), 'utf8'));

describe.runIf(current)('the built library = the source tree', () => {
  test('the build carries start filters and split scans (what this test is for)', () => {
    const table = readFileSync(ahead, 'utf8');
    expect(table.match(/starts: \{ first:/g)?.length ?? 0).toBeGreaterThan(50);
    expect(table.match(/lead: \d+/g)?.length ?? 0).toBeGreaterThan(20);
  });

  test('the same record for every fixture text and its case variants, with and without explain', async () => {
    const dist = (await import(pathToFileURL(built).href)) as { extract: typeof extract };
    expect(texts.length).toBeGreaterThan(50);
    let compared = 0;
    for (const text of texts) {
      for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
        for (const explain of [false, true]) {
          const options = { explain, refDate: '2025-06-01' };
          expect(JSON.stringify(dist.extract({ text: variant, path: 'doc.txt' }, options))).toBe(JSON.stringify(extract({ text: variant, path: 'doc.txt' }, options)));
          compared++;
        }
      }
    }
    expect(compared).toBe(texts.length * 6);
  }, 600_000);
});
