/**
 * The corpus-level citation table (`dvx refs`): which documents a set of
 * reports cites, and how widely. One row per canonical id, from coded
 * mentions and from uncoded ones resolved to a coded mention of the same text
 * (`resolvedId`). Pure: results in, rows out.
 */
import type { DocResult, DocumentMention } from '../types.js';

/** The formats of `dvx refs` (here, not beside the writers, so the command line offers them without loading csv-stringify). */
export const CITATION_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationRow {
  id: string;
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
  const groups = new Map<string, { mentions: DocumentMention[]; sources: Set<string> }>();
  for (const r of results) {
    const key = sourceKey(r);
    for (const m of r.documents) {
      const id = citedId(m);
      if (id === null) continue;
      const g = groups.get(id) ?? { mentions: [], sources: new Set<string>() };
      g.mentions.push(m);
      g.sources.add(key);
      groups.set(id, g);
    }
  }
  const rows: CitationRow[] = [...groups].map(([id, g]) => {
    // Fields are read from the coded mentions when there are some (an uncoded one has no system)
    const coded = g.mentions.filter((m) => m.id !== null);
    const from = coded.length > 0 ? coded : g.mentions;
    return {
      id,
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
  return rows.sort((a, b) => b.citingFiles - a.citingFiles || b.mentions - a.mentions || byCodePoint(a.id, b.id));
}
