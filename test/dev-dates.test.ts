/**
 * The dates dev set (fixtures/dev/dates, real news and report texts with
 * hand-made annotations, SOURCES.md): precision, recall and F1 of the dates
 * extractor, matched as `dvx eval` matches (same from/to, overlapping span).
 * A floor keeps the measured figures from falling; `DVX_DEV_REPORT=1` prints
 * them with the misses and extras.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { align } from '../src/eval/align.js';
import { prf } from '../src/eval/score.js';
import { DateMentionSchema } from '../src/types.js';

const DIR = 'fixtures/dev/dates';
/** The figures measured when the set was last changed (README, issue 12); they only ever rise. */
const FLOOR = { precision: 0.99, recall: 0.98 };

const DevGoldSchema = z.object({ file: z.string(), refDate: z.iso.date().nullable(), dates: z.array(DateMentionSchema) });

const FIELDS = ['text', 'start', 'end', 'grain', 'from', 'to', 'range', 'inferred', 'relative'] as const;
const fieldsOf = (m: Record<string, unknown>): unknown[] => FIELDS.map((f) => m[f] ?? null);

function score() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  const lines: string[] = [];
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const gold = DevGoldSchema.parse(JSON.parse(readFileSync(path.join(DIR, name), 'utf8')));
    const text = readFileSync(path.join(DIR, gold.file), 'utf8');
    const result = extractDocument(
      { text, source: { path: gold.file, format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } },
      { only: ['dates'], refDate: gold.refDate },
    );
    const a = align('dates', gold.dates, result.dates);
    tp += a.matched.length;
    // strict: the same span and every annotated field
    exact += a.matched.filter(({ gold: g, predicted: p }) => JSON.stringify(fieldsOf(g)) === JSON.stringify(fieldsOf(p))).length;
    fp += a.extras.length;
    fn += a.misses.length;
    for (const { gold: g, predicted: p } of a.matched) {
      if (JSON.stringify(fieldsOf(g)) !== JSON.stringify(fieldsOf(p))) lines.push(`${gold.file}: inexact ${JSON.stringify(fieldsOf(g))} ≠ ${JSON.stringify(fieldsOf(p))}`);
    }
    for (const m of a.misses) lines.push(`${gold.file}: miss  ${m.text} ${m.from}..${m.to}`);
    for (const m of a.extras) lines.push(`${gold.file}: extra ${m.text} ${m.from}..${m.to}`);
  }
  return { ...prf({ tp, fp, fn }), exact, lines };
}

describe('dates dev set', () => {
  const s = score();
  if (process.env.DVX_DEV_REPORT) console.log([`P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}; ${s.exact} of the matches exact in span and every field)`, ...s.lines].join('\n'));
  test('precision and recall stay at or above their floors', () => {
    expect(s.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
