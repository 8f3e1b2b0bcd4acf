/** `dvx eval <seeds> <gold>`: score the extractors against hand-made gold files. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { extractDocument } from '../pipeline/extract-document.js';
import { decodeBytes } from '../io/decode.js';
import { BaselineSchema, GoldSchema } from '../eval/gold.js';
import { formatReport, scoreFile, scoredCategories, summarize, type EvalReport } from '../eval/score.js';
import { DocResultSchema } from '../types.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

export async function evaluate(seedsDir: string, goldDir: string, options: { strict?: boolean; exact?: boolean } = {}): Promise<EvalReport> {
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const files = [];
  for (const name of goldFiles) {
    const gold = GoldSchema.parse(JSON.parse(await readFile(path.join(goldDir, name), 'utf8')));
    const seedPath = path.join(seedsDir, gold.file);
    const bytes = await readFile(seedPath);
    const { text, encoding } = decodeBytes(bytes);
    // scored as written out: through the record's schema, like every writer's output
    const result = DocResultSchema.parse(extractDocument({ text, source: { path: seedPath, format: 'text', encoding, bytes: bytes.length, sha256: null } }));
    files.push(scoreFile(gold, result, options));
  }
  return summarize(files);
}

export interface EvalCommandOptions {
  baseline?: string;
  json: boolean;
  details: boolean;
  /** Exact spans and every field (ANNOTATION.md), not only agreeing values on overlapping spans. */
  strict?: boolean;
  /** Exact spans with agreeing values (the other fields are not compared). */
  exact?: boolean;
}

export async function evalCommand(seedsDir: string, goldDir: string, opts: EvalCommandOptions, io: CliIo): Promise<ExitCode> {
  const report = await evaluate(seedsDir, goldDir, { strict: opts.strict ?? false, exact: opts.exact ?? false });
  if (opts.json) {
    const total = Object.fromEntries(scoredCategories(report).map((c) => [c, report.total[c]]));
    io.stdout.write(`${JSON.stringify({ total, meta: report.meta, files: report.files }, null, 2)}\n`);
  } else {
    io.stdout.write(formatReport(report, { details: opts.details }));
  }
  if (!opts.baseline) return EXIT.OK;
  const baseline = BaselineSchema.parse(JSON.parse(await readFile(opts.baseline, 'utf8')));
  const below = scoredCategories(report).filter((c) => report.total[c]!.f1 + 1e-9 < (baseline.f1[c] ?? 0));
  const metaBelow = baseline.meta !== undefined && report.meta.accuracy + 1e-9 < baseline.meta;
  for (const c of below) io.stderr.write(`dvx eval: ${c} F1 ${report.total[c]!.f1.toFixed(3)} is below its baseline ${baseline.f1[c]}\n`);
  if (metaBelow) io.stderr.write(`dvx eval: meta accuracy ${report.meta.accuracy.toFixed(3)} is below its baseline ${baseline.meta}\n`);
  return below.length > 0 || metaBelow ? EXIT.INPUT_ERRORS : EXIT.OK;
}
