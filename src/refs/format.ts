/** The citation table as json (one array), jsonl (one row per line) or csv (flat columns, snake_case headers). */
import { stringify } from 'csv-stringify/sync';
import type { CitationFormat, CitationRow, PartRow } from './citation-table.js';

export { CITATION_FORMATS, type CitationFormat } from './citation-table.js';

const CSV_COLUMNS = ['id', 'scope', 'name', 'year', 'type', 'issuer', 'issued', 'issued_dates', 'system', 'citing_files', 'mentions', 'sources'] as const;
const PART_COLUMNS = ['id', 'scope', 'name', 'year', 'type', 'article', 'clauses', 'citing_files', 'mentions', 'sources'] as const;

const cell = (v: string | number | null): string | number => v ?? '';

/** `dvx refs --parts`: one row per (document, article), most cited first. */
export function formatPartsTable(rows: readonly PartRow[], format: CitationFormat, options: { bom?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'jsonl':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv': {
      const body = stringify(
        rows.map((r) => [cell(r.id), cell(r.scope), cell(r.name), cell(r.year), cell(r.type), r.article, r.clauses.join('; '), r.citingFiles, r.mentions, r.sources.join('; ')]),
        { header: true, columns: [...PART_COLUMNS], record_delimiter: '\n' },
      );
      return `${options.bom ? '\uFEFF' : ''}${body}`;
    }
  }
}

export function formatCitationTable(rows: readonly CitationRow[], format: CitationFormat, options: { bom?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'jsonl':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv': {
      const body = stringify(
        rows.map((r) => [cell(r.id), cell(r.scope), cell(r.name), cell(r.year), r.type ?? '', r.issuer ?? '', r.issued ?? '', r.issuedDates.join('; '), r.system ?? '', r.citingFiles, r.mentions, r.sources.join('; ')]),
        { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\n' },
      );
      return `${options.bom ? '\uFEFF' : ''}${body}`;
    }
  }
}
