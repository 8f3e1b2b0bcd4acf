/** Precision, recall and F1 per category and per file, from alignments. */
import { CATEGORIES, type Category, type DocResult, type Meta, type MentionOf } from '../types.js';
import { align, type Alignment } from './align.js';
import type { Gold } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface FileScore {
  file: string;
  categories: { [C in Category]: Prf & { misses: MentionOf[C][]; extras: MentionOf[C][] } };
  meta: { field: keyof Meta; gold: string | null; predicted: string | null; ok: boolean }[];
}

export interface EvalReport {
  files: FileScore[];
  total: { [C in Category]: Prf };
  meta: { correct: number; total: number; accuracy: number };
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

const META_FIELDS: (keyof Meta)[] = ['title', 'published', 'author', 'outlet'];

export function scoreFile(gold: Gold, result: DocResult, exact = false): FileScore {
  const categories = {} as FileScore['categories'];
  for (const c of CATEGORIES) {
    // a category the gold file leaves out was not reviewed there: nothing to score
    const reviewed = gold[c] !== undefined;
    const a = align(c, (gold[c] ?? []) as MentionOf[typeof c][], (reviewed ? result[c] : []) as MentionOf[typeof c][], exact) as Alignment<MentionOf[typeof c]>;
    (categories as Record<Category, unknown>)[c] = {
      ...prf({ tp: a.matched.length, fp: a.extras.length, fn: a.misses.length }),
      misses: a.misses,
      extras: a.extras,
    };
  }
  const goldMeta = gold.meta;
  const meta = goldMeta
    ? META_FIELDS.map((field) => ({ field, gold: goldMeta[field], predicted: result.meta[field], ok: goldMeta[field] === result.meta[field] }))
    : [];
  return { file: gold.file, categories, meta };
}

export function summarize(files: FileScore[]): EvalReport {
  const total = {} as EvalReport['total'];
  for (const c of CATEGORIES) {
    const sum = files.reduce<{ tp: number; fp: number; fn: number }>(
      (acc, f) => ({ tp: acc.tp + f.categories[c].tp, fp: acc.fp + f.categories[c].fp, fn: acc.fn + f.categories[c].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    total[c] = prf(sum);
  }
  const metaRows = files.flatMap((f) => f.meta);
  const correct = metaRows.filter((r) => r.ok).length;
  return { files, total, meta: { correct, total: metaRows.length, accuracy: metaRows.length ? correct / metaRows.length : 1 } };
}

const pct = (x: number): string => x.toFixed(3);

/** The human report: a table per category, per file, then misses and extras. */
export function formatReport(report: EvalReport, options: { details?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push('category        P      R      F1     tp  fp  fn');
  for (const c of CATEGORIES) {
    const t = report.total[c];
    lines.push(`${c.padEnd(14)} ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
  }
  lines.push(`meta           ${report.meta.correct}/${report.meta.total} fields correct`);
  lines.push('');
  lines.push('per file (F1)   ' + CATEGORIES.map((c) => c.slice(0, 5).padStart(6)).join(' '));
  for (const f of report.files) {
    lines.push(`${f.file.slice(0, 14).padEnd(15)} ${CATEGORIES.map((c) => pct(f.categories[c].f1).padStart(6)).join(' ')}`);
  }
  if (options.details !== false) {
    for (const f of report.files) {
      const rows: string[] = [];
      for (const c of CATEGORIES) {
        for (const m of f.categories[c].misses) rows.push(`  miss  ${c.padEnd(13)} ${m.start}-${m.end} ${JSON.stringify(m.text)} ${describe(c, m)}`);
        for (const m of f.categories[c].extras) rows.push(`  extra ${c.padEnd(13)} ${m.start}-${m.end} ${JSON.stringify(m.text)} ${describe(c, m)}`);
      }
      for (const r of f.meta) if (!r.ok) rows.push(`  meta  ${r.field.padEnd(13)} gold ${JSON.stringify(r.gold)} got ${JSON.stringify(r.predicted)}`);
      if (rows.length) lines.push('', f.file, ...rows);
    }
  }
  return lines.join('\n') + '\n';
}

function describe(c: Category, m: MentionOf[Category]): string {
  const o = m as unknown as Record<string, unknown>;
  switch (c) {
    case 'dates':
      return `${o.grain} ${o.from}..${o.to}`;
    case 'documents':
      return `${o.id ?? `${o.type} ${o.number}${o.named ? ' (named)' : ''}`}`;
    case 'organizations':
      return `${o.name}`;
    case 'statistics':
      return `${o.value} ${o.kind} ${o.unit}`;
  }
}
