/**
 * The statistics dev set (fixtures/dev/statistics: real news and report texts with hand-made annotations,
 * SOURCES.md): precision, recall and F1 of the statistics extractor, matched as `dvx eval` matches (same value
 * and kind, overlapping span). A floor keeps the measured figures from falling; `DVX_DEV_REPORT=1` prints them
 * with the misses and extras.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { align } from '../src/eval/align.js';
import { prf } from '../src/eval/score.js';
import { STAT_KINDS, type StatisticMention } from '../src/types.js';

const DIR = 'fixtures/dev/statistics';
/** The figures measured when the set was last changed (README); they only ever rise. */
const FLOOR = { precision: 1, recall: 0.989 };

const DevGoldSchema = z.object({
  refDate: z.iso.date().nullable(),
  statistics: z.array(
    z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), value: z.number(), kind: z.enum(STAT_KINDS) }),
  ),
});

function score() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lines: string[] = [];
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const gold = DevGoldSchema.parse(JSON.parse(readFileSync(path.join(DIR, name), 'utf8')));
    const file = name.replace('.json', '.txt');
    const text = readFileSync(path.join(DIR, file), 'utf8');
    for (const g of gold.statistics) expect(text.slice(g.start, g.end), `${file}: gold span`).toBe(g.text);
    const result = extractDocument(
      { text, source: { path: file, format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } },
      { only: ['statistics'], refDate: gold.refDate },
    );
    const a = align('statistics', gold.statistics as StatisticMention[], result.statistics);
    tp += a.matched.length;
    fp += a.extras.length;
    fn += a.misses.length;
    for (const m of a.misses) lines.push(`${file}: miss  ${m.text} ${m.value} ${m.kind}`);
    for (const m of a.extras) lines.push(`${file}: extra ${m.text} ${m.value} ${m.kind}`);
  }
  return { ...prf({ tp, fp, fn }), tp, fp, fn, lines };
}

describe('statistics dev set', () => {
  const s = score();
  if (process.env.DVX_DEV_REPORT) {
    console.log([`P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`, ...s.lines].join('\n'));
  }
  test('precision and recall stay at or above their floors', () => {
    expect(s.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
