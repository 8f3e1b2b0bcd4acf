/**
 * The library API: one document in, one complete record out, the same
 * record the CLI writes (schema-valid, no internal keys).
 *
 *   extract(text | { text, path?, publishedAt?, refDate? }, options?)  → DocResult
 *   extractBytes(bytes, options?)   text or HTML, UTF-8 or a legacy encoding → Promise<DocResult>
 *   extractFile(path, options?)     the same, read from a file            → Promise<DocResult>
 *
 * Input that cannot be read (empty, binary, an unknown encoding, a missing
 * file) is not thrown: the record has `errors: [{ code, message }]`, as in
 * the CLI's output. Wrong arguments (a number instead of text, an unknown
 * category) throw a TypeError naming the argument.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import type { ToneStyle } from '../core/normalize.js';
import { withRepair } from '../io/decode.js';
import { loadBytes, type Loaded } from '../io/load-documents.js';
import { errorRecord } from '../pipeline/error-record.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { CategorySchema, DocResultSchema, type Category, type DocResult, type Source } from '../types.js';

const IsoDate = z.iso.date();

export const ExtractOptionsSchema = z
  .object({
    /** Categories to output (those they depend on still run); all by default. */
    only: z.array(CategorySchema).optional(),
    /** Tone-mark placement in oa/oe/uy: traditional (default), modern, or keep. */
    tone: z.enum(['traditional', 'modern', 'keep']).optional(),
    /** The date (YYYY-MM-DD) year-less dates resolve against; default: the publication date. */
    refDate: IsoDate.nullable().optional(),
    /** Add the normalized text (`text`) every offset points into. */
    includeText: z.boolean().optional(),
    /** Add the rule of every mention, and list what refiners and precedence removed or changed (`--explain`). */
    explain: z.boolean().optional(),
  })
  .strict();

/** Options of `extract`. */
export interface ExtractOptions {
  only?: Category[];
  tone?: ToneStyle;
  refDate?: string | null;
  includeText?: boolean;
  explain?: boolean;
}

export const BytesOptionsSchema = ExtractOptionsSchema.extend({
  /** How to read the bytes: `auto` (HTML when they start like a page, or by the file name), `text` or `html`. */
  format: z.enum(['auto', 'text', 'html']).optional(),
  /** The encoding (`utf-8`, `windows-1258`, `tcvn3`, `vni`, …) instead of detecting it. */
  encoding: z.string().optional(),
  /** `source.path` of the record (extractBytes; `-` by default). */
  path: z.string().optional(),
  /** Refuse larger inputs (extractFile; default 64 MiB). */
  maxBytes: z.number().int().positive().optional(),
}).strict();

/** Options of `extractBytes` and `extractFile`. */
export interface BytesOptions extends ExtractOptions {
  format?: 'auto' | 'text' | 'html';
  encoding?: string;
  path?: string;
  maxBytes?: number;
}

const TextInputSchema = z
  .object({
    text: z.string(),
    /** `source.path` of the record; `-` by default. */
    path: z.string().optional(),
    /** The publication date (YYYY-MM-DD, or a date-time with offset): the record's `meta.published`. */
    publishedAt: z.union([IsoDate, z.iso.datetime({ offset: true })]).optional(),
    /** Overrides `options.refDate`. */
    refDate: IsoDate.optional(),
  })
  .strict();

/** What `extract` takes: the text, or the text with its path, publication date and reference date. */
export type TextInput = string | { text: string; path?: string; publishedAt?: string; refDate?: string };

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function parseArg<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `${what}.${issue.path.join('.')}` : what;
  throw new TypeError(`dvx: ${where}: ${issue.message}`);
}

function pipelineOptions(options: ExtractOptions): Parameters<typeof extractDocument>[1] {
  return {
    ...(options.only ? { only: options.only } : {}),
    tone: options.tone ?? 'traditional',
    refDate: options.refDate ?? null,
    includeText: options.includeText ?? false,
    ...(options.explain ? { explain: true } : {}),
  };
}

/** A loaded document → its record, validated (which drops keys the schema does not name). */
function recordOf(loaded: Loaded, options: ExtractOptions, published?: string): DocResult {
  if (!loaded.ok) return errorRecord(loaded.source, loaded.error.code, loaded.error.message);
  const meta = { ...(loaded.meta ?? {}), ...(published ? { published } : {}) };
  const result = extractDocument(loaded.input, { ...pipelineOptions(options), ...(Object.keys(meta).length ? { meta } : {}) });
  return DocResultSchema.parse(result);
}

/** Extract from a text (a string, as the CLI reads a UTF-8 file after decoding). */
export function extract(input: TextInput, options: ExtractOptions = {}): DocResult {
  const given = parseArg(TextInputSchema, typeof input === 'string' ? { text: input } : input, 'input');
  const opts = parseArg(ExtractOptionsSchema, options, 'options');
  const utf8 = Buffer.from(given.text, 'utf8');
  const source: Source = { path: given.path ?? '-', format: 'text', encoding: 'utf-8', bytes: utf8.length, sha256: createHash('sha256').update(utf8).digest('hex') };
  if (given.text.trim().length === 0) return errorRecord(source, 'empty', 'no text (only white space)');
  const fixed = withRepair(given.text, 'utf-8');
  source.encoding = fixed.encoding;
  const loaded: Loaded = { ok: true, input: { text: fixed.text, source, warnings: fixed.warnings } };
  return recordOf(loaded, { ...opts, ...(given.refDate ? { refDate: given.refDate } : {}) }, given.publishedAt);
}

/** Extract from bytes: text or an HTML page, UTF-8, UTF-16 or a legacy Vietnamese encoding (detected, or `encoding`). */
export async function extractBytes(bytes: Uint8Array, options: BytesOptions = {}): Promise<DocResult> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('dvx: bytes: expected a Uint8Array or Buffer');
  const { format, encoding, path, maxBytes, ...opts } = parseArg(BytesOptionsSchema, options, 'options');
  const from = { path: path ?? '-', format: format ?? 'auto', ...(encoding ? { encoding } : {}) } as const;
  const limit = maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) {
    return errorRecord({ path: from.path, format: from.format === 'html' ? 'html' : 'text', encoding: null, bytes: bytes.length, sha256: null }, 'too-large', `input too large (${bytes.length} bytes > maxBytes ${limit})`);
  }
  return recordOf(await loadBytes(bytes, from), opts);
}

/** The format a file name says (`.html`, `.htm`, `.xhtml` in any case), else auto. */
function formatOfName(file: string): 'html' | 'auto' {
  const lower = file.toLowerCase();
  return lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml') ? 'html' : 'auto';
}

/** Extract from a file (text or HTML, any encoding dvx reads); `source.path` is the path as given. */
export async function extractFile(file: string, options: BytesOptions = {}): Promise<DocResult> {
  if (typeof file !== 'string' || file === '') throw new TypeError('dvx: path: expected a file path');
  const opts = parseArg(BytesOptionsSchema, options, 'options');
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = opts.format ?? formatOfName(file);
  const failed = (code: string, message: string): DocResult =>
    errorRecord({ path: file, format: format === 'html' ? 'html' : 'text', encoding: null, bytes: 0, sha256: null }, code, message);
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return failed('not-a-file', 'not a regular file');
    if (info.size > limit) return failed('too-large', `file too large (${info.size} bytes > maxBytes ${limit})`);
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failed('not-found', 'no such file or directory');
    if (code === 'EACCES' || code === 'EPERM') return failed('unreadable', 'permission denied');
    return failed('unreadable', (err as Error).message);
  }
  return extractBytes(bytes, { ...opts, format, path: file, maxBytes: limit });
}
