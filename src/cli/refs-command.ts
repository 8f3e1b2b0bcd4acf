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
import { fileOutput, OutputError, reportOutputFailure, stdoutOutput, type Output } from './output.js';
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
  rawCells?: boolean;
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
  const earned = failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
  let out: Output | null = null;
  try {
    out = opts.output ? fileOutput(opts.output, io.stdout) : stdoutOutput(io.stdout);
    const cells = { bom: opts.bom, rawCells: opts.rawCells === true };
    const table = opts.parts ? formatPartsTable(partsTable(results), opts.format, cells) : formatCitationTable(citationTable(results), opts.format, cells);
    await out.write(table);
    await out.commit();
  } catch (err) {
    out?.abort();
    if (err instanceof OutputError) return reportOutputFailure(io, err, earned);
    throw err;
  }
  return earned;
}
