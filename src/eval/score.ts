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
  /** Documents found in gold and output: how often each field gold writes agrees (DOCUMENT_FIELDS). */
  documentFields: Record<DocumentField, FieldCounts>;
}

export interface FieldCounts {
  correct: number;
  total: number;
}

/** Fields of a found document checked where gold writes them (not null, not []). */
export const DOCUMENT_FIELDS = ['issued', 'issuer', 'scope', 'parts', 'name', 'year', 'resolvedId'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export interface EvalReport {
  files: FileScore[];
  /** The categories some gold file lists. */
  total: { [C in Category]?: Prf };
  meta: { correct: number; total: number; accuracy: number };
  documentFields: Record<DocumentField, FieldCounts>;
}

const isWritten = (v: unknown): boolean => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
const noFields = (): Record<DocumentField, FieldCounts> =>
  Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<DocumentField, FieldCounts>;

/** Count, over matched documents, the fields gold writes and how many the output got right. */
function countDocumentFields(pairs: readonly { gold: MentionOf['documents']; predicted: MentionOf['documents'] }[]): Record<DocumentField, FieldCounts> {
  const counts = noFields();
  for (const { gold, predicted } of pairs) {
    for (const f of DOCUMENT_FIELDS) {
      const g = (gold as Record<string, unknown>)[f];
      if (!isWritten(g)) continue;
      counts[f].total++;
      if (JSON.stringify(g) === JSON.stringify((predicted as Record<string, unknown>)[f] ?? null)) counts[f].correct++;
    }
  }
  return counts;
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
  let documentFields = noFields();
  for (const c of CATEGORIES) {
    const expected = gold[c];
    if (!expected) continue;
    const a = align(c, expected as MentionOf[typeof c][], result[c] as MentionOf[typeof c][], options) as Alignment<MentionOf[typeof c]>;
    if (c === 'documents') documentFields = countDocumentFields(a.matched as { gold: MentionOf['documents']; predicted: MentionOf['documents'] }[]);
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
  return { file: gold.file, categories, meta, documentFields };
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
  const documentFields = noFields();
  for (const f of files) {
    for (const k of DOCUMENT_FIELDS) {
      documentFields[k].correct += f.documentFields[k].correct;
      documentFields[k].total += f.documentFields[k].total;
    }
  }
  return { files, total, meta: { correct, total: metaRows.length, accuracy: metaRows.length ? correct / metaRows.length : 1 }, documentFields };
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
  if (report.meta.total > 0) lines.push(`meta           ${report.meta.correct}/${report.meta.total} fields correct`);
  const fields = DOCUMENT_FIELDS.filter((f) => report.documentFields[f].total > 0).map((f) => `${f} ${report.documentFields[f].correct}/${report.documentFields[f].total}`);
  if (fields.length > 0) lines.push(`document fields right, where gold writes them: ${fields.join(', ')}`);
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
  places: (o) => `${o.name} ${o.map}:${o.code ?? '?'}`,
  statistics: (o) => `${o.value} ${o.kind} ${o.unit}`,
};
