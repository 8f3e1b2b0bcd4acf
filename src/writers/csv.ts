/**
 * csv: for every input one `document` row (its source, sha256, record id,
 * meta, mention count and error code, so a document with no mentions is
 * still listed), then one row per mention and per warning; flat columns a
 * spreadsheet user can filter: where it is, what it says, then the value
 * columns of every category, empty where they do not apply. No JSON in cells.
 */
import { createRequire } from 'node:module';
import { vx } from '../patterns/regex.js';
// the category names from the lexicon: types.ts holds the zod schemas, which the writers never need
import { CATEGORY_NAMES as CATEGORIES } from '../lexicon/categories.js';
import type { Category, DocResult, MentionOf } from '../types.js';
import type { Writer, WriterOptions } from './writer.js';

// csv-stringify, loaded when the CSV writer first writes (start-up, issue 14: a JSON run never loads it), as its one-file
// CommonJS build (the ES build is a dozen modules)
const requireCjs = createRequire(import.meta.url);
let csv: typeof import('csv-stringify/sync') | null = null;
const stringify: typeof import('csv-stringify/sync').stringify = (input, options) => (csv ??= requireCjs('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(input, options);

/** Column → where its value comes from. Order is the CSV's column order. */
export const CSV_COLUMNS = [
  'source', 'category', 'start', 'end', 'text',
  // dates
  'grain', 'from', 'to', 'range', 'inferred', 'relative', 'time', 'utc_offset',
  // documents
  'type', 'number', 'year', 'type_code', 'issuer_code', 'system', 'id', 'issued', 'issuer', 'title', 'resolved_id', 'named',
  // organizations (and the body of a person's title)
  'name', 'abbr', 'level', 'location',
  // people: one row per person, the name and its titles (each with its body, as written) in their own columns
  'person', 'honorific', 'person_titles',
  // places (name and level in the columns above; parents and now as codes separated by `;`)
  'map', 'place_code', 'parents', 'now',
  // statistics
  'value', 'kind', 'unit', 'qualifier', 'currency', 'total', 'change', 'compared_from', 'compared_to',
  // warnings and errors
  'code', 'message',
  // the record id of a JSON Lines input
  'source_id',
  // document rows: how the input was read, and its meta
  'format', 'encoding', 'bytes', 'sha256', 'mentions',
  'meta_title', 'meta_published', 'meta_author', 'meta_outlet',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null | undefined>>;

// utcOffset → utc_offset
const UPPER = vx('writers/camel-case-hump', '[A-Z]');
const snake = (key: string): string => key.replace(UPPER.regex, (c) => `_${c.toLowerCase()}`);

/**
 * Rows are made as arrays of values in column order, not as objects merged by spreads and read back column by
 * column: a CSV record has a row per mention and sixty columns, and the objects' shapes (a different set of keys for
 * each category) made every read a dictionary look-up (issue 14: CSV output cost 70% more than JSON Lines).
 */
type Values = Row[Column][];
const COLUMN_AT = new Map<string, number>(CSV_COLUMNS.map((c, i) => [c, i]));
const at = (column: Column): number => COLUMN_AT.get(column)!;
const SOURCE = at('source');
const SOURCE_ID = at('source_id');
const CATEGORY = at('category');
const START = at('start');
/** A mention key's column (its snake_case name), or -1 when it has none; made once per key. */
const KEY_COLUMN = new Map<string, number>();
const columnOfKey = (key: string): number => {
  let column = KEY_COLUMN.get(key);
  if (column === undefined) KEY_COLUMN.set(key, (column = COLUMN_AT.get(snake(key)) ?? -1));
  return column;
};

/** A row of the input `base` names (its source path and record id), with `values` set on it by column. */
function rowOf(base: Values, values: Row): Values {
  const row = base.slice();
  for (const key in values) row[at(key as Column)] = values[key as Column];
  return row;
}

/** A mention's fields under their snake_case column names, on a row of its input. */
function mentionRow(base: Values, category: string, mention: object): Values {
  const row = base.slice();
  row[CATEGORY] = category;
  for (const key of Object.keys(mention)) {
    const value = (mention as Record<string, unknown>)[key];
    if (key === 'compared' && value && typeof value === 'object') {
      // a statistic's compared period: two flat columns, no JSON in cells
      const period = value as { from: string; to: string };
      row[at('compared_from')] = period.from;
      row[at('compared_to')] = period.to;
    } else {
      const column = columnOfKey(key);
      if (column >= 0) row[column] = value as Row[Column];
    }
  }
  return row;
}

/** The rows of one mention of each category; the compiler asks for every registered category. */
const ROWS: { [C in Category]: (base: Values, m: MentionOf[C]) => Values } = {
  dates: (base, m) => mentionRow(base, 'dates', m),
  documents: (base, m) => mentionRow(base, 'documents', m),
  organizations: (base, m) => mentionRow(base, 'organizations', m),
  // one row per person: the name in `person`, every title as written (`Phó Chủ tịch UBND tỉnh`) in `person_titles`, `; ` between
  people: (base, p) =>
    rowOf(base, { category: 'people', start: p.start, end: p.end, text: p.text, person: p.name, honorific: p.honorific, person_titles: p.titles.map((t) => t.text).join('; ') }),
  places: (base, m) => {
    const row = mentionRow(base, 'places', { text: m.text, start: m.start, end: m.end, name: m.name, level: m.level, map: m.map });
    row[at('place_code')] = m.code;
    row[at('parents')] = m.parents.join(';');
    row[at('now')] = m.now.join(';');
    return row;
  },
  statistics: (base, m) => mentionRow(base, 'statistics', m),
};

/** The values of the row that stands for the input itself: written for every input, with or without mentions, failed or not. */
export function documentRow(record: DocResult): Row {
  const { source, meta } = record;
  const error = record.errors[0];
  return {
    category: 'document',
    format: source.format,
    encoding: source.encoding,
    bytes: source.bytes,
    sha256: source.sha256,
    mentions: CATEGORIES.reduce((n, c) => n + record[c].length, 0),
    meta_title: meta.title,
    meta_published: meta.published,
    meta_author: meta.author,
    meta_outlet: meta.outlet,
    code: error?.code,
    message: error?.message,
  };
}

/** The record's rows, as values in column order: its document row, then its mentions and warnings by start. */
function rowsOf(record: DocResult): Values[] {
  const base: Values = new Array<Row[Column]>(CSV_COLUMNS.length).fill(undefined);
  base[SOURCE] = record.source.path;
  base[SOURCE_ID] = record.source.id ?? '';
  const rows: Values[] = [];
  for (const category of CATEGORIES) {
    const row = ROWS[category] as (base: Values, m: MentionOf[Category]) => Values;
    for (const m of record[category] as MentionOf[Category][]) rows.push(row(base, m));
  }
  for (const w of record.warnings) rows.push(mentionRow(base, 'warning', w));
  // a second error and more (a record has one as a rule): rows of their own
  for (const e of record.errors.slice(1)) rows.push(rowOf(base, { category: 'error', code: e.code, message: e.message }));
  rows.sort((a, b) => Number(a[START] ?? -1) - Number(b[START] ?? -1));
  return [rowOf(base, documentRow(record)), ...rows];
}

export const cell = (v: Row[Column]): string | number =>
  v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : typeof v === 'number' ? v : String(v);

/** First characters that make a spreadsheet read a cell as a formula (OWASP; the full-width forms for Apple Numbers). */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Columns whose every value has a fixed form checked by the schema, so a
 * leading sign is data, not a formula: `utc_offset` is `+07:00`.
 */
const FIXED_FORM = new Set<Column>(['utc_offset']);

/**
 * A text cell that a spreadsheet would run as a formula gets a leading
 * apostrophe (OWASP's advice, as csv-stringify's escape_formulas does).
 * Numbers are never touched: `-5` in `change` is a number.
 */
export function neutralize(value: string | number, column: Column): string | number {
  if (typeof value !== 'string' || FIXED_FORM.has(column) || !FORMULA_STARTS.has(value.charAt(0))) return value;
  return `'${value}`;
}

/** Rows a piece of a big record's CSV holds (`pieces`): csv-stringify writes each row alone, ending in its line break. */
const ROWS_PER_PIECE = 2000;

export function csvWriter(options: WriterOptions): Writer {
  // `--raw-cells` keeps the cells as extracted, for pipelines that read the CSV as data
  const safe = options.rawCells === true ? (v: string | number) => v : neutralize;
  const cellsOf = (values: Values): (string | number)[] => {
    const cells = new Array<string | number>(values.length);
    for (let i = 0; i < values.length; i++) {
      const value = cell(values[i]);
      cells[i] = value === '' ? value : safe(value, CSV_COLUMNS[i]!);
    }
    return cells;
  };
  return {
    header: () => (options.bom ? '\uFEFF' : '') + stringify([[...CSV_COLUMNS]]),
    separator: () => '',
    item: (record) => stringify(rowsOf(record).map(cellsOf)),
    *pieces(record) {
      const rows = rowsOf(record);
      for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) yield stringify(rows.slice(i, i + ROWS_PER_PIECE).map(cellsOf));
    },
    footer: () => '',
  };
}
