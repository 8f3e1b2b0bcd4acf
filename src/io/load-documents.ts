/**
 * One input reference → the documents it holds, ready for the pipeline.
 * A text or HTML file holds one document; a failure is a LoadFailure that
 * names the reason, and never stops the batch.
 */
import type { ExtractInput } from '../core/pipeline.js';
import type { Meta, Source } from '../types.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { readInput, type InputRef, type ReadOptions } from './read-inputs.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface LoadOptions extends ReadOptions {
  inputFormat: InputFormat;
}

export type Loaded =
  | { ok: true; input: ExtractInput; meta?: Partial<Meta> }
  | { ok: false; source: Source; error: InputError };

/** The format of a file by its name when `--input-format` is auto. */
export function formatOf(ref: InputRef, requested: InputFormat): Exclude<InputFormat, 'auto'> {
  if (requested !== 'auto') return requested;
  const lower = ref.path.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return 'text';
}

export async function* loadDocuments(ref: InputRef, options: LoadOptions): AsyncGenerator<Loaded> {
  const format = formatOf(ref, options.inputFormat);
  const source: Source = { path: ref.path, format, encoding: null, bytes: 0, sha256: null };
  try {
    const raw = await readInput(ref, options);
    source.bytes = raw.bytes.length;
    source.sha256 = raw.sha256;
    const decoded = decodeBytes(raw.bytes);
    source.encoding = decoded.encoding;
    yield { ok: true, input: { text: decoded.text, source, warnings: decoded.warnings } };
  } catch (err) {
    if (err instanceof InputError) yield { ok: false, source, error: err };
    else throw err;
  }
}
