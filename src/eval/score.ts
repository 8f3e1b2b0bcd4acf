/** Precision, recall and F1 per category and per file, from alignments. */
import { CATEGORIES, type Category, type DocResult, type Meta, type MentionOf } from '../types.js';
import { align, type AlignOptions, type Alignment } from './align.js';
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
  /** The categories the file's gold lists. */
  categories: { [C in Category]?: Prf & { misses: MentionOf[C][]; extras: MentionOf[C][] } };
  meta: { field: keyof Meta; gold: string | null; predicted: string | null; ok: boolean }[];
}

export interface EvalReport {
  files: FileScore[];
  /** The categories some gold file lists. */
  total: { [C in Category]?: Prf };
  meta: { correct: number; total: number; accuracy: number };
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

const META_FIELDS: (keyof Meta)[] = ['title', 'published', 'author', 'outlet'];

export function scoreFile(gold: Gold, result: DocResult, options: AlignOptions = {}): FileScore {
  const categories = {} as FileScore['categories'];
  for (const c of CATEGORIES) {
    const expected = gold[c];
    if (!expected) continue;
    const a = align(c, expected as MentionOf[typeof c][], result[c] as MentionOf[typeof c][], options) as Alignment<MentionOf[typeof c]>;
    (categories as Record<Category, unknown>)[c] = {
      ...prf({ tp: a.matched.length, fp: a.extras.length, fn: a.misses.length }),
      misses: a.misses,
      extras: a.extras,
    };
  }
  // a gold file without `meta` did not review it (a development set of one category)
  const goldMeta = gold.meta;
  const meta = goldMeta
    ? META_FIELDS.map((field) => ({ field, gold: goldMeta[field], predicted: result.meta[field], ok: goldMeta[field] === result.meta[field] }))
    : [];
  return { file: gold.file, categories, meta };
}

export function summarize(files: FileScore[]): EvalReport {
  const total = {} as EvalReport['total'];
  for (const c of CATEGORIES) {
    const scored = files.flatMap((f) => (f.categories[c] ? [f.categories[c]] : []));
    if (scored.length === 0) continue;
    const sum = scored.reduce<Counts>((acc, s) => ({ tp: acc.tp + s.tp, fp: acc.fp + s.fp, fn: acc.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    total[c] = prf(sum);
  }
  const metaRows = files.flatMap((f) => f.meta);
  const correct = metaRows.filter((r) => r.ok).length;
  return { files, total, meta: { correct, total: metaRows.length, accuracy: metaRows.length ? correct / metaRows.length : 1 } };
}

const pct = (x: number): string => x.toFixed(3);

/** The categories a report scored, in registry order. */
export const scoredCategories = (report: EvalReport): Category[] => CATEGORIES.filter((c) => report.total[c] !== undefined);

/** The human report: a table per category, per file, then misses and extras. */
export function formatReport(report: EvalReport, options: { details?: boolean } = {}): string {
  const lines: string[] = [];
  const scored = scoredCategories(report);
  lines.push('category        P      R      F1     tp  fp  fn');
  for (const c of scored) {
    const t = report.total[c]!;
    lines.push(`${c.padEnd(14)} ${pct(t.precision)}  ${pct(t.recall)}  ${pct(t.f1)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
  }
  lines.push(`meta           ${report.meta.correct}/${report.meta.total} fields correct`);
  lines.push('');
  lines.push('per file (F1)   ' + scored.map((c) => c.slice(0, 5).padStart(6)).join(' '));
  for (const f of report.files) {
    lines.push(`${f.file.slice(0, 14).padEnd(15)} ${scored.map((c) => (f.categories[c] ? pct(f.categories[c].f1) : '-').padStart(6)).join(' ')}`);
  }
  if (options.details !== false) {
    for (const f of report.files) {
      const rows: string[] = [];
      for (const c of scored) {
        const s = f.categories[c];
        for (const m of s?.misses ?? []) rows.push(`  miss  ${c.padEnd(13)} ${m.start}-${m.end} ${JSON.stringify(m.text)} ${DESCRIBE[c](asFields(m))}`);
        for (const m of s?.extras ?? []) rows.push(`  extra ${c.padEnd(13)} ${m.start}-${m.end} ${JSON.stringify(m.text)} ${DESCRIBE[c](asFields(m))}`);
      }
      for (const r of f.meta) if (!r.ok) rows.push(`  meta  ${r.field.padEnd(13)} gold ${JSON.stringify(r.gold)} got ${JSON.stringify(r.predicted)}`);
      if (rows.length) lines.push('', f.file, ...rows);
    }
  }
  return lines.join('\n') + '\n';
}

const asFields = (m: object): Record<string, unknown> => m as Record<string, unknown>;

/** A mention's value in one line, for the lists of misses and extras. */
const DESCRIBE: { [C in Category]: (o: Record<string, unknown>) => string } = {
  dates: (o) => `${o.grain} ${o.from}..${o.to}`,
  documents: (o) => `${o.id ?? `${o.type} ${o.number}${o.named ? ' (named)' : ''}`}`,
  organizations: (o) => `${o.name}`,
  people: (o) => `${o.name}`,
  statistics: (o) => `${o.value} ${o.kind} ${o.unit}`,
};
