/**
 * Texts written for dvx (fixtures/texts/*.txt): other provinces, a ministry,
 * sloppy spacing, NFD, modern tone placement. Each text's approved mentions
 * are in a sibling `<name>.expected.json`, for the categories reviewed so far.
 *
 * Expectations are reviewed, never regenerated: the test fails on any mention
 * that was added, removed or changed, and prints each one. To approve a
 * change, add it to the file's `reviewed` list (`{ category, start, end, text,
 * change, why }`); `UPDATE_FIXTURES=1` then writes the reviewed changes into
 * the expectations and prints, without writing them, the ones still unreviewed.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { CATEGORIES } from '../src/types.js';
import { differences, formatDifference, isReviewed, type Difference, type Review } from './helpers/fixture-diff.js';

const DIR = 'fixtures/texts';
const update = process.env.UPDATE_FIXTURES === '1';

type Mention = { start: number; end: number; text: string };
type Expected = { reviewed?: Review[] } & Record<string, Mention[] | Review[] | undefined>;

/** The expectation with the reviewed differences applied. */
function apply(expected: Expected, diffs: readonly Difference[]): Expected {
  const next: Expected = { ...expected };
  for (const d of diffs) {
    const list = ((next[d.category] as Mention[] | undefined) ?? []).filter((m) => !(m.start === d.start && m.end === d.end));
    if (d.change !== 'removed') list.push(d.after as Mention);
    next[d.category] = list.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return next;
}

describe('fixtures/texts', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const expectedFile = path.join(DIR, name.replace(/\.txt$/, '.expected.json'));
    test(name, () => {
      const text = readFileSync(path.join(DIR, name), 'utf8');
      const result = extractDocument({ text, source: { path: name, format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } });
      const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected) : {};
      const reviewedCategories = [...CATEGORIES.filter((c) => c in expected), ...('warnings' in expected ? ['warnings' as const] : [])];
      expect(reviewedCategories.length, `${expectedFile} reviews no category yet`).toBeGreaterThan(0);
      const diffs = reviewedCategories.flatMap((c) => differences(c, (expected[c] as Mention[] | undefined) ?? [], result[c]));
      const reviews = expected.reviewed ?? [];
      const approved = diffs.filter((d) => isReviewed(d, reviews));
      const pending = diffs.filter((d) => !isReviewed(d, reviews));
      if (update && approved.length > 0) writeFileSync(expectedFile, `${JSON.stringify(apply(expected, approved), null, 2)}\n`);
      if (update && pending.length > 0) process.stdout.write(`${expectedFile}: ${pending.length} unreviewed\n${pending.map(formatDifference).join('\n')}\n`);
      const open = update ? pending : diffs;
      expect(open.map(formatDifference), `${expectedFile}: mentions changed; review each in its "reviewed" list`).toEqual([]);
    });
  }
});
