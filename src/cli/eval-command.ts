/** `dvx eval <seeds> <gold>`: score the extractors against hand-made gold files. */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractDocument } from '../pipeline/extract-document.js';
import { decodeBytes } from '../io/decode.js';
import { InputError } from '../io/errors.js';
import { BaselineSchema, GoldSchema, type Gold } from '../eval/gold.js';
import { formatReport, scoreFile, scoredCategories, summarize, type EvalReport, type FileScore } from '../eval/score.js';
import { DocResultSchema } from '../types.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { UserError } from './user-error.js';

/** A gold file, or the text it scores, that could not be used: one line, and the other files are still scored. */
export interface EvalFailure {
  path: string;
  reason: string;
}

export interface Evaluation {
  report: EvalReport;
  failures: EvalFailure[];
}

/** A folder argument that must exist: a usage error (exit 2) when it does not. */
async function requireFolder(dir: string, role: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new UserError(`eval: ${dir}: no such folder (the ${role} folder)`);
  }
  if (!info.isDirectory()) throw new UserError(`eval: ${dir}: not a folder (the ${role} folder)`);
}

async function readGold(file: string): Promise<Gold> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new InputError('malformed-record', `not valid JSON (${(err as Error).message})`);
  }
  const parsed = GoldSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError('malformed-record', `not a gold file (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return parsed.data;
}

async function scoreGold(goldPath: string, seedsDir: string, options: { strict?: boolean; exact?: boolean }): Promise<FileScore> {
  const gold = await readGold(goldPath);
  const seedPath = path.join(seedsDir, gold.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(seedPath);
  } catch {
    throw new InputError('not-found', `its text ${seedPath} cannot be read (no such file, or no permission)`);
  }
  const { text, encoding } = decodeBytes(bytes);
  // scored as written out: through the record's schema, like every writer's output
  const result = DocResultSchema.parse(extractDocument({ text, source: { path: seedPath, format: 'text', encoding, bytes: bytes.length, sha256: null } }));
  return scoreFile(gold, result, options);
}

export async function evaluate(seedsDir: string, goldDir: string, options: { strict?: boolean; exact?: boolean } = {}): Promise<Evaluation> {
  await requireFolder(seedsDir, 'texts');
  await requireFolder(goldDir, 'gold');
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const files: FileScore[] = [];
  const failures: EvalFailure[] = [];
  for (const name of goldFiles) {
    const goldPath = path.join(goldDir, name);
    try {
      files.push(await scoreGold(goldPath, seedsDir, options));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failures.push({ path: goldPath, reason: err.message });
    }
  }
  if (files.length === 0 && failures.length === 0) throw new UserError(`eval: ${goldDir}: no gold files (*.json)`);
  return { report: summarize(files), failures };
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
  const baseline = opts.baseline === undefined ? undefined : await readBaseline(opts.baseline);
  const { report, failures } = await evaluate(seedsDir, goldDir, { strict: opts.strict ?? false, exact: opts.exact ?? false });
  for (const f of failures) io.stderr.write(`dvx: ${f.path}: ${f.reason}\n`);
  if (opts.json) {
    const total = Object.fromEntries(scoredCategories(report).map((c) => [c, report.total[c]]));
    io.stdout.write(`${JSON.stringify({ total, meta: report.meta, files: report.files }, null, 2)}\n`);
  } else {
    io.stdout.write(formatReport(report, { details: opts.details }));
  }
  if (!baseline) return failures.length > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
  const below = scoredCategories(report).filter((c) => report.total[c]!.f1 + 1e-9 < (baseline.f1[c] ?? 0));
  const metaBelow = baseline.meta !== undefined && report.meta.accuracy + 1e-9 < baseline.meta;
  for (const c of below) io.stderr.write(`dvx eval: ${c} F1 ${report.total[c]!.f1.toFixed(3)} is below its baseline ${baseline.f1[c]}\n`);
  if (metaBelow) io.stderr.write(`dvx eval: meta accuracy ${report.meta.accuracy.toFixed(3)} is below its baseline ${baseline.meta}\n`);
  return below.length > 0 || metaBelow || failures.length > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}

async function readBaseline(file: string): Promise<ReturnType<typeof BaselineSchema.parse>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`eval: --baseline ${file}: no such file`);
  }
  try {
    const parsed = BaselineSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: the same message
  }
  throw new UserError(`eval: --baseline ${file}: not a baseline file ({"f1": {"dates": 0.9, ...}, "meta": 0.9})`);
}
