/** The citation table as json (one array), jsonl (one row per line) or csv (flat columns, snake_case headers). */
import { createRequire } from 'node:module';
import type { CitationFormat, CitationRow, PartRow } from './citation-table.js';

// csv-stringify, loaded when the CSV citation table first writes (start-up, issue 14: a JSON run never loads it), as its one-file
// CommonJS build (the ES build is a dozen modules)
const requireCjs = createRequire(import.meta.url);
let csv: typeof import('csv-stringify/sync') | null = null;
const stringify: typeof import('csv-stringify/sync').stringify = (input, options) => (csv ??= requireCjs('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(input, options);

export { CITATION_FORMATS, type CitationFormat } from './citation-table.js';

const CSV_COLUMNS = ['id', 'scope', 'name', 'year', 'type', 'issuer', 'issued', 'issued_dates', 'system', 'citing_files', 'mentions', 'sources'] as const;
const PART_COLUMNS = ['id', 'scope', 'name', 'year', 'type', 'article', 'clauses', 'citing_files', 'mentions', 'sources'] as const;

const cell = (v: string | number | null): string | number => v ?? '';

interface CsvOptions {
  bom?: boolean;
  /** `--raw-cells`: no formula neutralization. */
  rawCells?: boolean;
}

/** Rows as json (one array), jsonl (one per line) or csv (the given columns, one cell list per row). */
function formatRows<R>(rows: readonly R[], format: CitationFormat, columns: readonly string[], cells: (r: R) => (string | number)[], options: CsvOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'jsonl':
      return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      // a cell that a spreadsheet would run as a formula gets a leading ' (OWASP), unless --raw-cells
      return `${options.bom ? '\uFEFF' : ''}${stringify(rows.map(cells), { header: true, columns: [...columns], record_delimiter: '\n', escape_formulas: options.rawCells !== true })}`;
  }
}

/** `dvx refs --parts`: one row per (document, article), most cited first. */
export function formatPartsTable(rows: readonly PartRow[], format: CitationFormat, options: CsvOptions = {}): string {
  return formatRows(rows, format, PART_COLUMNS, (r) => [cell(r.id), cell(r.scope), cell(r.name), cell(r.year), cell(r.type), r.article, r.clauses.join('; '), r.citingFiles, r.mentions, r.sources.join('; ')], options);
}

export function formatCitationTable(rows: readonly CitationRow[], format: CitationFormat, options: CsvOptions = {}): string {
  return formatRows(
    rows,
    format,
    CSV_COLUMNS,
    (r) => [cell(r.id), cell(r.scope), cell(r.name), cell(r.year), cell(r.type), cell(r.issuer), cell(r.issued), r.issuedDates.join('; '), cell(r.system), r.citingFiles, r.mentions, r.sources.join('; ')],
    options,
  );
}
