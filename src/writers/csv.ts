/**
 * csv: one row per mention (and per warning and error), flat columns a
 * spreadsheet user can filter: where it is, what it says, then the value
 * columns of every category, empty where they do not apply. No JSON in cells.
 */
import { stringify } from 'csv-stringify/sync';
import { vx } from '../patterns/regex.js';
import { CATEGORIES, type Category, type DocResult, type MentionOf } from '../types.js';
import type { Writer, WriterOptions } from './writer.js';

/** Column → where its value comes from. Order is the CSV's column order. */
export const CSV_COLUMNS = [
  'source', 'category', 'start', 'end', 'text',
  // dates
  'grain', 'from', 'to', 'range', 'inferred', 'time', 'utc_offset',
  // documents
  'type', 'number', 'year', 'type_code', 'issuer_code', 'system', 'id', 'issued', 'issuer', 'title', 'resolved_id', 'named',
  // organizations (and the body of a person's title)
  'name', 'abbr', 'level', 'location',
  // people: one row per title, `title` holds the title words, the body in the organization columns
  'person', 'honorific',
  // statistics
  'value', 'kind', 'unit', 'qualifier', 'currency', 'total', 'change',
  // warnings and errors
  'code', 'message',
  // the record id of a JSON Lines input
  'source_id',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null | undefined>>;

// utcOffset → utc_offset
const UPPER = vx('writers/camel-case-hump', '[A-Z]');
const snake = (key: string): string => key.replace(UPPER, (c) => `_${c.toLowerCase()}`);

/** A mention's fields under their snake_case column names. */
function mentionRow(category: string, mention: object): Row {
  const row: Row = { category };
  for (const [key, value] of Object.entries(mention)) {
    const column = snake(key) as Column;
    if ((CSV_COLUMNS as readonly string[]).includes(column)) row[column] = value as Row[Column];
  }
  return row;
}

/** The rows of one mention of each category; the compiler asks for every registered category. */
const ROWS: { [C in Category]: (m: MentionOf[C]) => Row[] } = {
  dates: (m) => [mentionRow('dates', m)],
  documents: (m) => [mentionRow('documents', m)],
  organizations: (m) => [mentionRow('organizations', m)],
  // one row per title: `title` holds the title words, its body in the organization columns
  people: (p) =>
    p.titles.map((t) => {
      const body = t.organization ? mentionRow('people', { name: t.organization.name, abbr: t.organization.abbr, level: t.organization.level, location: t.organization.location }) : {};
      return { ...body, category: 'people', start: p.start, end: p.end, text: p.text, person: p.name, honorific: p.honorific, title: t.title };
    }),
  statistics: (m) => [mentionRow('statistics', m)],
};

const rowsOfCategory = <C extends Category>(record: DocResult, category: C): Row[] =>
  (record[category] as MentionOf[C][]).flatMap((m) => ROWS[category](m));

export function rowsOf(record: DocResult): Row[] {
  const base: Row = { source: record.source.path, source_id: record.source.id ?? '' };
  const rows: Row[] = [];
  for (const category of CATEGORIES) for (const r of rowsOfCategory(record, category)) rows.push({ ...base, ...r });
  for (const w of record.warnings) rows.push({ ...base, ...mentionRow('warning', w) });
  for (const e of record.errors) rows.push({ ...base, category: 'error', code: e.code, message: e.message });
  return rows.sort((a, b) => Number(a.start ?? -1) - Number(b.start ?? -1));
}

const cell = (v: Row[Column]): string => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v));

export function csvWriter(options: WriterOptions): Writer {
  return {
    header: () => (options.bom ? '\uFEFF' : '') + stringify([[...CSV_COLUMNS]]),
    separator: () => '',
    item: (record) => {
      const rows = rowsOf(record).map((r) => CSV_COLUMNS.map((c) => cell(r[c])));
      return rows.length ? stringify(rows) : '';
    },
    footer: () => '',
  };
}
