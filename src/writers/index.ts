/** The writer registry: one per `--format`. */
import { csvWriter } from './csv.js';
import { jsonWriter } from './json.js';
import { jsonlWriter } from './jsonl.js';
import type { Format, Writer, WriterOptions } from './writer.js';

export { FORMATS, type Format, type Writer, type WriterOptions } from './writer.js';

export const WRITERS = {
  json: jsonWriter,
  jsonl: () => jsonlWriter(),
  csv: csvWriter,
} satisfies Record<Format, (options: WriterOptions) => Writer>;
