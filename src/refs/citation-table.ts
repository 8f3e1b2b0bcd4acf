/**
 * The corpus-level citation table (`dvx refs`): which documents a set of
 * reports cites, and how widely. One row per cited document: numbered ones
 * keyed on (id, scope) (`09-CT/TU` of Lào Cai and of Điện Biên are two
 * directives), from coded mentions and from uncoded ones resolved to a coded
 * mention of the same text (`resolvedId`); named ones (`Luật Đất đai`) keyed
 * on (name, year). `partsTable` gives one row per (document, article).
 * Pure: results in, rows out.
 *
 * An id without a year in it (`16/CT-TTg`, whose numbers restart every year)
 * is keyed on the year of its issue date as written too: the directive of 2016
 * and the one of 2020 are two rows. A mention of such an id without a date
 * joins the dated row of the same file when the file dates it one way only,
 * else the corpus's when the corpus does, else a row of its own (`year: null`).
 */
import type { DocResult, DocumentMention } from '../types.js';

/** The formats of `dvx refs` (here, not beside the writers, so the command line offers them without loading csv-stringify). */
export const CITATION_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationRow {
  /** The canonical id; null for a named document. */
  id: string | null;
  /** The issuing body's province or district, for codes many local bodies share. */
  scope: string | null;
  /** The canonical name of a named document (`Luật Đất đai`), else null. */
  name: string | null;
  /**
   * A named document: the year written with its name. A numbered one whose id has no year: its issue year (see
   * above). Else null.
   */
  year: number | null;
  type: string | null;
  issuer: string | null;
  /** ISO date; the most often written one when the files disagree. */
  issued: string | null;
  /**
   * Every issue date written for it, sorted. State numbers restart each year
   * (`16/CT-TTg` of 2016 and of 2020 are different directives): more than one
   * date here flags an id that may stand for several documents.
   */
  issuedDates: string[];
  system: 'party' | 'state' | null;
  /** How many input files (records) cite it. */
  citingFiles: number;
  /** How many mentions in all. */
  mentions: number;
  /** The citing files, sorted: the path, with `#id` for a JSON Lines record. */
  sources: string[];
}

/** The key of one input: its path, plus the record id for JSON Lines input. */
export const sourceKey = (r: DocResult): string => (r.source.id !== undefined ? `${r.source.path}#${r.source.id}` : r.source.path);

/** The canonical id a mention cites, or null (named documents, uncoded and unresolved references). */
export const citedId = (m: DocumentMention): string | null => m.id ?? m.resolvedId ?? null;

/** What identifies a cited document across files. */
export interface CitationKey {
  id: string | null;
  scope: string | null;
  name: string | null;
  year: number | null;
}

/**
 * The document a mention cites, before issue years: (id, scope) for a numbered
 * one, (name, year) for a named one; null when it cites nothing a table can key
 * on (an unresolved short reference, a congress resolution without a name).
 */
export function citationKey(m: DocumentMention): CitationKey | null {
  const id = citedId(m);
  if (id !== null) return { id, scope: m.scope ?? null, name: null, year: null };
  if (m.named && m.name) return { id: null, scope: null, name: m.name, year: m.year };
  return null;
}

const issueYear = (m: DocumentMention): number | null => (m.issued ? Number(m.issued.slice(0, 4)) : null);

/**
 * The key of every mention that has one, with the issue year added for numbered ids without a year of their own;
 * an undated mention takes its file's one year for that document, else the corpus's one year, else none.
 */
function citationKeys(results: readonly DocResult[]): Map<DocumentMention, CitationKey> {
  const keys = new Map<DocumentMention, CitationKey>();
  const corpusYears = new Map<string, Set<number>>();
  const undated: { m: DocumentMention; key: CitationKey; fileYears: Set<number> }[] = [];
  for (const r of results) {
    const fileYears = new Map<string, Set<number>>();
    const pending: { m: DocumentMention; key: CitationKey }[] = [];
    for (const m of r.documents) {
      const key = citationKey(m);
      if (key === null) continue;
      if (key.id === null || m.year !== null) {
        keys.set(m, key);
        continue;
      }
      const year = issueYear(m);
      const k = keyString(key);
      if (year === null) {
        pending.push({ m, key });
        continue;
      }
      keys.set(m, { ...key, year });
      for (const map of [fileYears, corpusYears]) map.set(k, (map.get(k) ?? new Set<number>()).add(year));
    }
    for (const p of pending) undated.push({ ...p, fileYears: fileYears.get(keyString(p.key)) ?? new Set<number>() });
  }
  for (const { m, key, fileYears } of undated) {
    const years = fileYears.size > 0 ? fileYears : (corpusYears.get(keyString(key)) ?? new Set<number>());
    keys.set(m, { ...key, year: years.size === 1 ? [...years][0]! : null });
  }
  return keys;
}

const keyString = (k: CitationKey): string => JSON.stringify([k.id, k.scope, k.name, k.year]);
/** Rows in key order: id, scope, name (absent first), then year (an unknown year first). */
const keyOrder = (a: CitationKey, b: CitationKey): number =>
  byCodePoint(a.id ?? '', b.id ?? '') || byCodePoint(a.scope ?? '', b.scope ?? '') || byCodePoint(a.name ?? '', b.name ?? '') || (a.year ?? 0) - (b.year ?? 0);

/** Every mention that cites a document a table can key on, with its key and its file. */
function* keyedMentions(results: readonly DocResult[]): Generator<{ source: string; m: DocumentMention; key: CitationKey }> {
  const keys = citationKeys(results);
  for (const r of results) {
    const source = sourceKey(r);
    for (const m of r.documents) {
      const key = keys.get(m);
      if (key) yield { source, m, key };
    }
  }
}

/** Mentions grouped by the document they cite, with the files citing it. */
function groupByDocument(results: readonly DocResult[]): Map<string, { key: CitationKey; mentions: DocumentMention[]; sources: Set<string> }> {
  const groups = new Map<string, { key: CitationKey; mentions: DocumentMention[]; sources: Set<string> }>();
  for (const { source, m, key } of keyedMentions(results)) {
    const k = keyString(key);
    const g = groups.get(k) ?? { key, mentions: [], sources: new Set<string>() };
    g.mentions.push(m);
    g.sources.add(source);
    groups.set(k, g);
  }
  return groups;
}

/** The most frequent non-null value; ties go to the smallest in code-point order, so output is stable. */
function mostFrequent<T extends string>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function citationTable(results: readonly DocResult[]): CitationRow[] {
  const rows: CitationRow[] = [...groupByDocument(results).values()].map(({ key, mentions, sources }) => {
    // Fields are read from the coded mentions when there are some (an uncoded one has no system)
    const coded = mentions.filter((m) => m.id !== null);
    const from = coded.length > 0 ? coded : mentions;
    return {
      ...key,
      type: mostFrequent(from.map((m) => m.type)),
      issuer: mostFrequent(mentions.map((m) => m.issuer)),
      issued: mostFrequent(mentions.map((m) => m.issued)),
      issuedDates: [...new Set(mentions.flatMap((m) => (m.issued ? [m.issued] : [])))].sort(byCodePoint),
      system: mostFrequent(from.map((m) => m.system)),
      citingFiles: sources.size,
      mentions: mentions.length,
      sources: [...sources].sort(byCodePoint),
    };
  });
  return rows.sort((a, b) => b.citingFiles - a.citingFiles || b.mentions - a.mentions || keyOrder(a, b));
}

/** One row of `dvx refs --parts`: an article of a cited document. */
export interface PartRow extends CitationKey {
  type: string | null;
  /** The article as written (`25`, `12a`). */
  article: string;
  /** The clauses of it cited, as written, sorted. */
  clauses: string[];
  citingFiles: number;
  mentions: number;
  sources: string[];
}

const byNumber = (a: string, b: string): number => Number.parseInt(a, 10) - Number.parseInt(b, 10) || byCodePoint(a, b);

/** The most cited articles: one row per (document, article), from the `parts` of every mention. */
export function partsTable(results: readonly DocResult[]): PartRow[] {
  const rows = new Map<string, PartRow & { files: Set<string> }>();
  for (const { source, m, key } of keyedMentions(results)) {
    const articles = new Map<string, Set<string>>();
    for (const p of m.parts ?? []) {
      if (p.article === null) continue;
      const clauses = articles.get(p.article) ?? new Set<string>();
      if (p.clause !== null) clauses.add(p.clause);
      articles.set(p.article, clauses);
    }
    for (const [article, clauses] of articles) {
      const k = `${keyString(key)}|${article}`;
      const row = rows.get(k) ?? { ...key, type: m.type, article, clauses: [], citingFiles: 0, mentions: 0, sources: [], files: new Set<string>() };
      row.mentions++;
      row.files.add(source);
      row.clauses = [...new Set([...row.clauses, ...clauses])].sort(byNumber);
      rows.set(k, row);
    }
  }
  return [...rows.values()]
    .map(({ files, ...row }) => ({ ...row, citingFiles: files.size, sources: [...files].sort(byCodePoint) }))
    .sort((a, b) => b.mentions - a.mentions || b.citingFiles - a.citingFiles || keyOrder(a, b) || byNumber(a.article, b.article));
}
