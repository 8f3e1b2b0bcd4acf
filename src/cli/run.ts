/**
 * The command line: commander definitions only; each command's work lives
 * in its own module. `run(argv, io)` resolves to an exit code and never
 * calls process.exit, so tests run it in-process with fake streams.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { canonicalEncoding, ENCODING_NAMES } from '../io/encodings/names.js';
import { parseShard, type Shard } from '../io/shard.js';
import { isExists } from 'date-fns/isExists';
import { CATEGORY_NAMES as CATEGORIES } from '../lexicon/categories.js';
import type { Category } from '../types.js';
import { FORMATS } from '../writers/writer.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { NormalizeCommandOptions } from './normalize-command.js';
import { OutputError, reportOutputFailure } from './output.js';
import { CITATION_FORMATS } from '../refs/citation-table.js';
import type { CliIo } from './io.js';
import { UserError, writeFailure } from './user-error.js';

const VERSION = '0.1.0';
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Seconds one document may take: about a hundred times what a 1 MB report needs. */
const DEFAULT_DOC_TIMEOUT = 60;

const EXAMPLES = `
Examples:
  $ dvx extract report.txt                      one record, pretty JSON
  $ dvx extract crawl/ -f jsonl > out.jsonl     every .txt/.html/.htm below crawl/, one line each
  $ dvx extract crawl/ -f csv --bom -o out.csv  a row per document and per mention, for Excel
  $ cat page.html | dvx extract -               HTML on stdin is recognized by its content
  $ dvx extract old-report.txt --encoding tcvn3  a legacy file, when detection guesses wrong
  $ cat crawl.jsonl | dvx extract --input-format jsonl -f jsonl   {"id","text"|"html"} per line, streamed
  $ dvx extract a.txt --only dates,documents --ref-date 2022-01-09
  $ dvx normalize report.txt                    the text the offsets point into
  $ dvx schema > record.schema.json

Exit status: 0 all inputs processed, 1 some input failed (one line each on stderr,
and an error record in the output; a --doc-timeout too), 2 usage error (one line, a
wrong -o folder too) or a crash, 3 the output could not be written completely (a full
disk, /dev/full), 130/143 SIGINT/SIGTERM.`;

function parseCategories(value: string): Category[] {
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = parts.filter((p) => !(CATEGORIES as readonly string[]).includes(p));
  if (bad.length || parts.length === 0) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${CATEGORIES.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return parts as Category[];
}

function parseIsoDate(value: string): string {
  const [y = '', m = '', d = ''] = value.split('-');
  const digits = (s: string, n: number): boolean => s.length === n && [...s].every((c) => c >= '0' && c <= '9');
  const iso = value.split('-').length === 3 && digits(y, 4) && digits(m, 2) && digits(d, 2);
  if (!iso || !isExists(Number(y), Number(m) - 1, Number(d))) throw new InvalidArgumentError(`expected an ISO date (YYYY-MM-DD); got ${JSON.stringify(value)}`);
  return value;
}

function parseBytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number of bytes; got ${JSON.stringify(value)}`);
  return n;
}

function parseEncoding(value: string): string {
  const name = canonicalEncoding(value);
  if (!name) throw new InvalidArgumentError(`unknown encoding ${JSON.stringify(value)}; try ${ENCODING_NAMES.join(', ')} or any iconv-lite charset`);
  return name;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, 0 or more; got ${JSON.stringify(value)}`);
  return n;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`expected a number of seconds, 0 or more; got ${JSON.stringify(value)}`);
  return n;
}

/** A commander error message on one line, without its `error: ` prefix. */
function usageLine(message: string): string {
  const line = message.trim().split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return line.startsWith('error: ') ? line.slice('error: '.length) : line;
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** How inputs are read: the same options for every command that reads them. */
function inputOptions(command: Command, { folders }: { folders: boolean }): Command {
  if (folders) {
    command
      .option('--glob <pattern>', 'file pattern inside folders (repeatable; default **/*.txt, **/*.html, **/*.htm)', collect)
      .option('--shard <K/N>', 'take only share K of N of the files (a stable hash of each path), for N jobs or machines', parseShardOption);
  }
  return command
    .addOption(new Option('--tone <style>', 'tone-mark placement in oa/oe/uy').choices(['traditional', 'modern', 'keep']).default('traditional'))
    .addOption(new Option('--input-format <format>', 'how to read inputs').choices(['auto', 'text', 'html', 'jsonl']).default('auto'))
    .option('--encoding <name>', `encoding of text and HTML inputs, instead of detecting it (${ENCODING_NAMES.join(', ')}, ...)`, parseEncoding)
    .option('--max-bytes <n>', 'refuse inputs larger than this', parseBytes, DEFAULT_MAX_BYTES);
}

/** A command over a batch of inputs (files, folders, stdin) written in one of `formats`, to stdout or `-o`. */
function batchCommand(program: Command, name: string, description: string, formats: readonly string[]): Command {
  return inputOptions(
    program
      .command(name)
      .description(description)
      .argument('[inputs...]', 'files, folders, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('json'))
      .option('-o, --output <file>', 'write to FILE atomically instead of stdout'),
    { folders: true },
  )
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (Excel)', false)
    .option('--raw-cells', 'csv: cells exactly as extracted (by default a cell starting with =, +, -, @, tab or CR gets a leading \' so spreadsheets never run it)', false);
}

export function buildProgram(io: CliIo, setExit: (code: ExitCode) => void): Command {
  const program = new Command('dvx')
    .description('Extract dates, document references, organizations, people and statistics from Vietnamese government reports and news.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's "error: unknown option '--x'" as the one `dvx: ...` line every user error is
      outputError: (s, write) => write(`dvx: ${usageLine(s)} (dvx --help for usage)\n`),
    })
    .addHelpText('after', EXAMPLES);

  batchCommand(program, 'extract', 'extract mentions from files, folders (recursive) or stdin (`-`, or no input)', FORMATS)
    .option('--only <categories>', `run a subset: ${CATEGORIES.join(',')}`, parseCategories)
    .option('--include-text', 'add the normalized text that offsets point into', false)
    .option('--explain', 'add the rule of every mention, and list what refiners and precedence removed or changed', false)
    .option('--ref-date <date>', 'ISO date that year-less dates resolve against (default: the publication date)', parseIsoDate)
    .option('--validate', 'check every record against the schema (dvx schema) before writing it', false)
    .option('--no-progress', 'no progress bar on stderr')
    .option('-j, --jobs <n>', 'worker threads for files (0: one per core, as many as the batch pays for: 8 files or more, 5 MB a worker)', parseCount, 0)
    .option('--doc-timeout <seconds>', 'stop a document after this many seconds: a timeout error record, the batch goes on (0: no limit)', parseSeconds, DEFAULT_DOC_TIMEOUT)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts, command: Command) => {
      if (noInput(inputs, command)) return setExit(EXIT.USAGE);
      const { extractCommand } = await import('./extract-command.js');
      setExit(await extractCommand(inputs, opts, io));
    });

  batchCommand(program, 'refs', 'the citation table: one row per cited document (id and scope, or name and year), with the files that cite it, most cited first', CITATION_FORMATS)
    .option('--parts', 'one row per cited article of a document (from `Điều 5 Nghị định …`), most cited first', false)
    .action(async (inputs: string[], opts, command: Command) => {
      if (noInput(inputs, command)) return setExit(EXIT.USAGE);
      const { refsCommand } = await import('./refs-command.js');
      setExit(await refsCommand(inputs, opts, io));
    });

  inputOptions(
    program
      .command('normalize')
      .description('print the normalized text of one input (what mention offsets point into), read as extract reads it')
      .argument('[input]', 'a file, or - for stdin', '-'),
    { folders: false },
  ).action(async (input: string, opts: NormalizeCommandOptions, command: Command) => {
      if (input === '-' && noInput(command.args, command)) return setExit(EXIT.USAGE);
      const { normalizeCommand } = await import('./normalize-command.js');
      setExit(await normalizeCommand(input, opts, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of one output record (generated from the zod schema)')
    .action(async () => {
      const [{ z }, { DocResultSchema }] = await Promise.all([import('zod'), import('../types.js')]);
      io.stdout.write(`${JSON.stringify(z.toJSONSchema(DocResultSchema, { io: 'output' }), null, 2)}\n`);
      setExit(EXIT.OK);
    });

  program
    .command('eval')
    .description('score the extractors against gold files: precision, recall, F1 per category and file')
    .argument('<seeds>', 'folder of texts')
    .argument('<gold>', 'folder of gold JSON files (same base names)')
    .option('--baseline <file>', 'exit 1 when a category falls below its F1 floor in FILE')
    .option('--json', 'machine-readable report', false)
    .option('--no-details', 'omit the lists of misses and extras')
    .option('--strict', 'a match needs the exact span and every field equal (default: agreeing values, overlapping spans)', false)
    .option('--exact', 'a match needs the exact span and agreeing values', false)
    .action(async (seeds: string, gold: string, opts: { baseline?: string; json: boolean; details: boolean; strict: boolean; exact: boolean }) => {
      const { evalCommand } = await import('./eval-command.js');
      setExit(await evalCommand(seeds, gold, opts, io));
    });

  /**
   * No input argument reads stdin; when stdin is a terminal nobody is piping
   * anything, so waiting would look like a hang: print the usage instead.
   */
  function noInput(inputs: readonly string[], command: Command): boolean {
    if (inputs.length > 0 || !io.stdinIsTTY) return false;
    io.stderr.write(`dvx: ${command.name()}: no input; give files or folders, or pipe text on stdin\n`);
    command.outputHelp({ error: true });
    return true;
  }

  return program;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code = EXIT.OK as ExitCode;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    // whatever a command wrote to stdout has reached it, or the write error is known (a command that met one has reported it)
    if (code !== EXIT.OUTPUT) await io.stdout.flush?.();
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof OutputError) return reportOutputFailure(io, err, code);
    // The user's failures (a wrong path) are one line, never a stack trace.
    const line = err instanceof UserError ? err.message : writeFailure(err);
    if (line === null) throw err;
    io.stderr.write(`dvx: ${line}\n`);
    return err instanceof UserError ? err.exitCode : EXIT.USAGE;
  }
  return code;
}

