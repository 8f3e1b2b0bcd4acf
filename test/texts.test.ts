/**
 * Texts written for dvx (fixtures/texts/*.txt): other provinces, a ministry,
 * sloppy spacing, NFD, modern tone placement. Each text's expected mentions
 * are in a sibling `<name>.expected.json` holding the categories reviewed so
 * far; `UPDATE_FIXTURES=1` rewrites those files (review the diff like code).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { CATEGORIES, type Category } from '../src/types.js';

const DIR = 'fixtures/texts';
const update = process.env.UPDATE_FIXTURES === '1';

describe('fixtures/texts', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const expectedFile = path.join(DIR, name.replace(/\.txt$/, '.expected.json'));
    test(name, () => {
      const text = readFileSync(path.join(DIR, name), 'utf8');
      const result = extractDocument({ text, source: { path: name, format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } });
      const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Partial<Record<Category | 'warnings', unknown>>) : {};
      const reviewed = CATEGORIES.filter((c) => c in expected);
      if (update) {
        const next = Object.fromEntries([...reviewed.map((c) => [c, result[c]]), ['warnings', result.warnings]]);
        writeFileSync(expectedFile, `${JSON.stringify(next, null, 2)}\n`);
        return;
      }
      expect(reviewed.length, `${expectedFile} reviews no category yet`).toBeGreaterThan(0);
      for (const c of reviewed) expect(result[c], c).toEqual(expected[c]);
      if ('warnings' in expected) expect(result.warnings).toEqual(expected.warnings);
    });
  }
});
