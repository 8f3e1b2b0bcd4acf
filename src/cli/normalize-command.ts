/**
 * `dvx normalize`: the text that mention offsets point into, read exactly as
 * `extract` reads it (encoding detection, HTML article extraction), then
 * normalized. A JSON Lines input prints one normalized text per record,
 * each followed by a form feed, so a record's text can be told apart.
 */
import { normalizeText, type ToneStyle } from '../core/normalize.js';
import { loadDocuments, type InputFormat } from '../io/load-documents.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { loadOptionsFor, reportFailure } from './process-input.js';

export interface NormalizeCommandOptions {
  tone: ToneStyle;
  inputFormat: InputFormat;
  encoding?: string;
  maxBytes: number;
}

export async function normalizeCommand(input: string, opts: NormalizeCommandOptions, io: CliIo): Promise<ExitCode> {
  const ref = { path: input, kind: input === '-' ? ('stdin' as const) : ('file' as const) };
  let failed = false;
  let records = 0;
  const docs = loadDocuments(ref, loadOptionsFor(opts, io));
  for await (const loaded of docs) {
    records++;
    if (!loaded.ok) {
      failed = true;
      reportFailure(io, loaded.source, loaded.error.message);
      continue;
    }
    const text = normalizeText(loaded.input.text, { tone: opts.tone });
    await io.stdout.write(loaded.input.source.format === 'jsonl' ? `${text}\f\n` : text);
  }
  return failed || records === 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}
