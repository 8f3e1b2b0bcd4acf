/**
 * `dvx extract`: inputs → documents → pipeline → writer → output.
 * One bad input is one line on stderr and one error record; the batch goes on.
 */
import { extractDocument, type ExtractOptions } from '../core/pipeline.js';
import { loadDocuments, type InputFormat, type Loaded } from '../io/load-documents.js';
import { DEFAULT_GLOBS, expandInputs } from '../io/read-inputs.js';
import { DocResultSchema, type Category, type DocResult, type Source } from '../types.js';
import { WRITERS, type Format } from '../writers/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { atomicFileOutput, stdoutOutput, type Output } from './output.js';
import { progressBar } from './progress.js';
import type { ToneStyle } from '../core/normalize.js';

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  only?: Category[];
  includeText: boolean;
  glob?: string[];
  tone: ToneStyle;
  refDate?: string;
  bom: boolean;
  maxBytes: number;
  inputFormat: InputFormat;
  progress: boolean;
}

export function errorRecord(source: Source, code: string, message: string): DocResult {
  return {
    source,
    meta: { title: null, published: null, author: null, outlet: null },
    dates: [],
    documents: [],
    organizations: [],
    statistics: [],
    warnings: [],
    errors: [{ code, message }],
  };
}

/** Run the pipeline on one loaded document; an exception becomes an error record, not a crash of the batch. */
export function processLoaded(loaded: Loaded, options: ExtractOptions): { record: DocResult; failure?: string } {
  if (!loaded.ok) {
    return { record: errorRecord(loaded.source, loaded.error.code, loaded.error.message), failure: loaded.error.message };
  }
  try {
    const result = extractDocument(loaded.input, { ...options, ...(loaded.meta ? { meta: loaded.meta } : {}) });
    return { record: DocResultSchema.parse(result) };
  } catch (err) {
    const message = `internal error: ${(err as Error).message}`;
    return { record: errorRecord(loaded.input.source, 'internal', message), failure: message };
  }
}

export async function extractCommand(inputs: string[], opts: ExtractCommandOptions, io: CliIo): Promise<ExitCode> {
  const { refs, failures } = await expandInputs(inputs, opts.glob?.length ? opts.glob : DEFAULT_GLOBS);
  const single = inputs.length <= 1 && refs.length + failures.length === 1 && opts.inputFormat !== 'jsonl' && !refs[0]?.path.endsWith('.jsonl');
  const writer = WRITERS[opts.format]({ single, bom: opts.bom });
  const out: Output = opts.output ? atomicFileOutput(opts.output) : stdoutOutput(io.stdout);
  const extractOptions: ExtractOptions = {
    ...(opts.only ? { only: opts.only } : {}),
    tone: opts.tone,
    refDate: opts.refDate ?? null,
    includeText: opts.includeText,
  };
  const progress = progressBar(io, refs.length, opts.progress);
  let count = 0;
  let failed = 0;
  const emit = async (record: DocResult, failure?: string): Promise<void> => {
    if (failure) {
      failed++;
      io.stderr.write(`dvx: ${record.source.path}${record.source.id ? `#${record.source.id}` : ''}: ${failure}\n`);
    }
    const index = count++;
    await out.write(writer.item(record, index));
  };
  try {
    await out.write(writer.header());
    for (const { ref, error } of failures) {
      await emit(errorRecord({ path: ref.path, format: 'text', encoding: null, bytes: 0, sha256: null }, error.code, error.message), error.message);
    }
    for (const ref of refs) {
      progress.tick(ref.path);
      for await (const loaded of loadDocuments(ref, { inputFormat: opts.inputFormat, maxBytes: opts.maxBytes, stdin: () => io.readStdin() })) {
        const { record, failure } = processLoaded(loaded, extractOptions);
        await emit(record, failure);
      }
    }
    await out.write(writer.footer(count));
    progress.done();
    out.commit();
  } catch (err) {
    progress.done();
    out.abort();
    throw err;
  }
  return failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}
