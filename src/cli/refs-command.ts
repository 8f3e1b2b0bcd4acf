/**
 * `dvx refs <inputs...>`: the corpus-level citation table. Every input runs
 * through the pipeline (documents and what they depend on), then one row per
 * canonical document id: type, issuer, issue date, how many files cite it and
 * which. Unreadable inputs are reported on stderr and the table is still written.
 */
import type { ToneStyle } from '../core/normalize.js';
import type { InputFormat, LoadOptions } from '../io/load-documents.js';
import { DEFAULT_GLOBS, expandInputs } from '../io/read-inputs.js';
import type { Shard } from '../io/shard.js';
import { citationTable, partsTable } from '../refs/citation-table.js';
import { formatCitationTable, formatPartsTable, type CitationFormat } from '../refs/format.js';
import type { DocResult } from '../types.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { checkOutputTarget } from './output-target.js';
import { atomicFileOutput, stdoutOutput, type Output } from './output.js';
import { loadOptionsFor, noticeTo, processEntry, reportFailure } from './process-input.js';

export interface RefsCommandOptions {
  format: CitationFormat;
  output?: string;
  glob?: string[];
  shard?: Shard;
  tone: ToneStyle;
  inputFormat: InputFormat;
  encoding?: string;
  bom: boolean;
  maxBytes: number;
  /** One row per (document, article) instead of one per document. */
  parts?: boolean;
}

export async function refsCommand(inputs: string[], opts: RefsCommandOptions, io: CliIo): Promise<ExitCode> {
  if (opts.output !== undefined) checkOutputTarget(opts.output);
  const entries = await expandInputs(inputs, { globs: opts.glob?.length ? opts.glob : DEFAULT_GLOBS, notice: noticeTo(io), ...(opts.shard ? { shard: opts.shard } : {}) });
  const load: LoadOptions = loadOptionsFor(opts, io);
  const results: DocResult[] = [];
  let failed = 0;
  for (const entry of entries) {
    for await (const { record, failure } of processEntry(entry, load, { only: ['documents'], tone: opts.tone })) {
      if (failure) {
        failed++;
        reportFailure(io, record.source, failure);
        continue;
      }
      results.push(record);
    }
  }
  const out: Output = opts.output ? atomicFileOutput(opts.output) : stdoutOutput(io.stdout);
  try {
    const table = opts.parts
      ? formatPartsTable(partsTable(results), opts.format, { bom: opts.bom })
      : formatCitationTable(citationTable(results), opts.format, { bom: opts.bom });
    await out.write(table);
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
  return failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
}
