/**
 * The corpus-level citation table (`dvx refs`): which documents a set of
 * reports cites, and how widely. One row per cited document, from coded
 * mentions and from uncoded ones resolved to a coded mention of the same text
 * (`resolvedId`). Pure: results in, rows out.
 *
 * A row is an id, and for an id without a year in it (`16/CT-TTg`, whose
 * numbers restart every year) the year of its issue date as written: the
 * directive of 2016 and the one of 2020 are two rows. A mention of such an
 * id without a date joins the dated row of the same file when the file dates
 * it one way only, else the corpus's when the corpus does, else a row of its
 * own (`year: null`).
 */
import type { DocResult, DocumentMention } from '../types.js';

/** The formats of `dvx refs` (here, not beside the writers, so the command line offers them without loading csv-stringify). */
export const CITATION_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationRow {
  id: string;
  /** The issue year that tells apart documents of the same year-less id; null when the id has its year, or none is written. */
  year: number | null;
  type: string | null;
  issuer: string | null;
  /** ISO date; the most often written one when the files disagree. */
  issued: string | null;
  /**
   * Every issue date written for it, sorted; more than one flags a row whose
   * mentions disagree on the day (a typo, or two documents).
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

const issueYear = (m: DocumentMention): number | null => (m.issued ? Number(m.issued.slice(0, 4)) : null);

/** The row key of each mention with an id: the id, and the issue year for ids without a year of their own. */
function rowKeys(results: readonly DocResult[]): Map<DocumentMention, { id: string; year: number | null }> {
  const keys = new Map<DocumentMention, { id: string; year: number | null }>();
  const corpusYears = new Map<string, Set<number>>();
  const undated: { m: DocumentMention; id: string; fileYears: Set<number> }[] = [];
  for (const r of results) {
    const fileYears = new Map<string, Set<number>>();
    const pending: { m: DocumentMention; id: string }[] = [];
    for (const m of r.documents) {
      const id = citedId(m);
      if (id === null) continue;
      const year = m.year === null ? issueYear(m) : null;
      if (m.year !== null) keys.set(m, { id, year: null });
      else if (year !== null) {
        keys.set(m, { id, year });
        for (const map of [fileYears, corpusYears]) map.set(id, (map.get(id) ?? new Set<number>()).add(year));
      } else pending.push({ m, id });
    }
    for (const p of pending) undated.push({ ...p, fileYears: fileYears.get(p.id) ?? new Set<number>() });
  }
  for (const { m, id, fileYears } of undated) {
    const years = fileYears.size > 0 ? fileYears : (corpusYears.get(id) ?? new Set<number>());
    keys.set(m, { id, year: years.size === 1 ? [...years][0]! : null });
  }
  return keys;
}

export function citationTable(results: readonly DocResult[]): CitationRow[] {
  const keys = rowKeys(results);
  const groups = new Map<string, { id: string; year: number | null; mentions: DocumentMention[]; sources: Set<string> }>();
  for (const r of results) {
    const source = sourceKey(r);
    for (const m of r.documents) {
      const key = keys.get(m);
      if (!key) continue;
      const k = `${key.id}\u0000${key.year ?? ''}`;
      const g = groups.get(k) ?? { ...key, mentions: [], sources: new Set<string>() };
      g.mentions.push(m);
      g.sources.add(source);
      groups.set(k, g);
    }
  }
  const rows: CitationRow[] = [...groups.values()].map(({ id, year, ...g }) => {
    // Fields are read from the coded mentions when there are some (an uncoded one has no system)
    const coded = g.mentions.filter((m) => m.id !== null);
    const from = coded.length > 0 ? coded : g.mentions;
    return {
      id,
      year,
      type: mostFrequent(from.map((m) => m.type)),
      issuer: mostFrequent(g.mentions.map((m) => m.issuer)),
      issued: mostFrequent(g.mentions.map((m) => m.issued)),
      issuedDates: [...new Set(g.mentions.flatMap((m) => (m.issued ? [m.issued] : [])))].sort(byCodePoint),
      system: mostFrequent(from.map((m) => m.system)),
      citingFiles: g.sources.size,
      mentions: g.mentions.length,
      sources: [...g.sources].sort(byCodePoint),
    };
  });
  return rows.sort((a, b) => b.citingFiles - a.citingFiles || b.mentions - a.mentions || byCodePoint(a.id, b.id) || (a.year ?? 0) - (b.year ?? 0));
}
