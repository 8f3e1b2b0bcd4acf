/**
 * One input reference → the documents it holds, ready for the pipeline.
 *
 * A text or HTML file holds one document. A JSON Lines input holds one per
 * line, `{"id": ..., "text": ...}` or `{"id": ..., "html": ...}`, read as a
 * stream: memory stays constant whatever the length of the stream, and one
 * line longer than --max-bytes is skipped without being held. A failure is
 * a Loaded with `ok: false` that names the reason (and the line), and never
 * stops the batch or the stream.
 */
import { createHash } from 'node:crypto';
import type { ExtractInput, Meta, Source, Warning } from '../types.js';
import { decodeBytes, documentWarning, dropControls, withRepair } from './decode.js';
import { mojibakeScore } from './encodings/suspect.js';
import { InputError } from './errors.js';
import { readInput, streamInput, type InputRef, type ReadOptions } from './read-inputs.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface LoadOptions extends ReadOptions {
  inputFormat: InputFormat;
  /** `--encoding`: the encoding of text and HTML inputs, not detected. */
  encoding?: string;
  /** Runs the reader's own computing (an HTML page's DOM and text) under a caller's time budget. */
  guard?: Guard;
}

/**
 * A step of work run under a time budget: it returns the step's result, or throws an InputError `timeout`
 * when the step would go over (the CLI's --doc-timeout on its main thread, cli/main-budget.ts).
 */
export type Guard = <T>(step: () => T) => T;

export type Loaded =
  | { ok: true; input: ExtractInput; meta?: Partial<Meta> }
  | { ok: false; source: Source; error: InputError };

/** The format of a file by its name when `--input-format` is auto. */
export function formatOf(ref: InputRef, requested: InputFormat): Exclude<InputFormat, 'auto'> {
  if (requested !== 'auto') return requested;
  const lower = ref.path.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return 'text';
}

/** The documents of an input. */
export async function* loadDocuments(ref: InputRef, options: LoadOptions): AsyncGenerator<Loaded> {
  const format = formatOf(ref, options.inputFormat);
  if (format === 'jsonl') {
    yield* loadJsonLines(ref, options);
    return;
  }
  yield finishUnder(await loadDeferred(ref, options), options.guard);
}

/**
 * A document read and decoded, and what is left of its loading: an HTML page's DOM and article text, the reader's
 * computing, which a caller runs under its time budget (`finish`), alone or with other work of its own; nothing for a
 * text file or a failure (`ready`).
 */
export interface Deferred {
  source: Source;
  /** The document, or why not, when nothing is left to compute (a text file, a failure); null for an HTML page. */
  ready: Loaded | null;
  /** The document, or why not (an exception other than an InputError is thrown, as `loadBytes` throws it). */
  finish(): Loaded;
  /** Its characters, about (an HTML page's markup included): what a caller sizes groups of documents by. */
  chars: number;
  /** Its failure record for an InputError of the caller's while it runs `finish` (the time budget's). */
  failed(err: InputError): Loaded & { ok: false };
}

const done = (loaded: Loaded, source: Source): Deferred => ({
  source,
  ready: loaded,
  finish: () => loaded,
  chars: loaded.ok ? loaded.input.text.length : 0,
  failed: (err) => ({ ok: false, source, error: err }),
});

/** A text or HTML file read and decoded (`loadDocuments` for one that is not JSON Lines), its page's computing left. */
export async function loadDeferred(ref: InputRef, options: LoadOptions): Promise<Deferred> {
  const format = formatOf(ref, options.inputFormat);
  if (format === 'jsonl') throw new Error(`loadDeferred: ${ref.path} is JSON Lines`);
  const source: Source = { path: ref.path, format, encoding: null, bytes: 0, sha256: null };
  let raw;
  try {
    raw = await readInput(ref, options);
  } catch (err) {
    if (err instanceof InputError) return done({ ok: false, source, error: err }, source);
    throw err;
  }
  // stdin has no name to go by: a page that starts like HTML is read as HTML
  const sniff = ref.kind === 'stdin' && options.inputFormat === 'auto';
  return loadBytesDeferred(raw.bytes, { path: ref.path, format: sniff ? 'auto' : format, ...(options.encoding ? { encoding: options.encoding } : {}) });
}

/** The document of a deferred load, its computing run under `guard` when it has any. */
function finishUnder(deferred: Deferred, guard?: Guard): Loaded {
  if (deferred.ready) return deferred.ready;
  if (!guard) return deferred.finish();
  try {
    return guard(() => deferred.finish());
  } catch (err) {
    if (err instanceof InputError) return deferred.failed(err);
    throw err;
  }
}

export interface BytesSource {
  /** Where the bytes came from, for `source.path` (`-` when they have no name). */
  path: string;
  /** text or html; auto: html when the bytes start like a page (`<!DOCTYPE html>`, `<html>`). */
  format: 'auto' | 'text' | 'html';
  /** The encoding, instead of detecting it. */
  encoding?: string;
  /** The time budget of the reader's work (LoadOptions.guard). */
  guard?: Guard;
}

/** One text or HTML document's bytes → the pipeline's input (decoded, article text of a page), or why not. */
export async function loadBytes(bytes: Uint8Array, from: BytesSource): Promise<Loaded> {
  const { guard, ...rest } = from;
  return finishUnder(await loadBytesDeferred(bytes, rest), guard);
}

/** `loadBytes` with an HTML page's computing left for the caller (`Deferred`). */
export async function loadBytesDeferred(bytes: Uint8Array, from: Omit<BytesSource, 'guard'>): Promise<Deferred> {
  const format = from.format === 'auto' ? (looksLikeHtml(bytes) ? 'html' : 'text') : from.format;
  const source: Source = { path: from.path, format, encoding: null, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  const failed = (err: InputError): Loaded & { ok: false } => ({ ok: false, source, error: err });
  let decoded;
  try {
    decoded = decodeBytes(bytes, { html: format === 'html', ...(from.encoding ? { encoding: from.encoding } : {}) });
  } catch (err) {
    if (err instanceof InputError) return done(failed(err), source);
    throw err;
  }
  source.encoding = decoded.encoding;
  if (format === 'text') {
    return done({ ok: true, input: { text: decoded.text, source, warnings: [...decoded.warnings, ...suspect(decoded.text, decoded.encoding)] } }, source);
  }
  const { htmlToText } = await htmlReader();
  const { text: html, encoding, warnings } = decoded;
  const finish = (): Loaded => {
    try {
      const page = pageOf(encoding, !from.encoding, () => htmlToText(html));
      source.encoding = page.encoding;
      return { ok: true, input: { text: page.text, source, warnings: [...warnings, ...page.warnings, ...suspect(page.text, page.encoding)] }, meta: page.meta };
    } catch (err) {
      if (err instanceof InputError) return failed(err);
      throw err;
    }
  };
  return { source, ready: null, finish, chars: html.length, failed };
}

/** Tags an HTML page starts with (after a byte-order mark, white space and comments). */
const HTML_STARTS = ['<!doctype html', '<html', '<head', '<body', '<meta', '<title'];

/** Whether bytes read from stdin start like an HTML page (`<!DOCTYPE html>`, `<html>`, ...). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1').toLowerCase();
  if (head.startsWith('\u00ef\u00bb\u00bf')) head = head.slice(3);
  for (;;) {
    head = head.trimStart();
    if (head.startsWith('<?xml')) head = head.slice(Math.max(head.indexOf('?>'), 0) + 2);
    else if (head.startsWith('<!--') && head.includes('-->')) head = head.slice(head.indexOf('-->') + 3);
    else break;
  }
  return HTML_STARTS.some((tag) => {
    const next = head.charAt(tag.length);
    return head.startsWith(tag) && !(next >= 'a' && next <= 'z');
  });
}

/** An `encoding-suspect` warning when the decoded text looks like mojibake. */
function suspect(text: string, encoding: string): Warning[] {
  const s = mojibakeScore(text);
  if (!s.suspect) return [];
  return [
    documentWarning(
      'encoding-suspect',
      `the text read as ${encoding} looks garbled: ${s.count} characters no Vietnamese text uses (${s.examples.map((c) => JSON.stringify(c)).join(', ')}); check --encoding`,
    ),
  ];
}

interface Page {
  text: string;
  encoding: string;
  warnings: Warning[];
  meta: Partial<Meta>;
}

/** The HTML reader (and htmlparser2 under it) loads on the first page, so plain-text runs never pay for it. */
let reader: Promise<typeof import('./html/html-to-text.js')> | null = null;
const htmlReader = (): Promise<typeof import('./html/html-to-text.js')> => (reader ??= import('./html/html-to-text.js'));

/** An HTML page's article text and meta, `read` by the HTML reader; legacy mojibake in the text repaired when `repair`. */
function pageOf(encoding: string, repair: boolean, read: () => { text: string; meta: Partial<Meta> }): Page {
  const { text, meta } = read();
  if (text.trim().length === 0) throw new InputError('empty', 'no article text in the HTML page');
  if (!repair || !encoding.startsWith('utf-')) return { text, encoding, warnings: [], meta };
  const fixed = withRepair(text, encoding);
  return { text: fixed.text, encoding: fixed.encoding, warnings: fixed.warnings, meta };
}

// --- JSON Lines ---------------------------------------------------------------

export interface Line {
  number: number;
  bytes: Uint8Array | null;
  /** Length of a line dropped for being longer than --max-bytes. */
  dropped?: number;
}

/**
 * Bytes → lines (LF or CRLF), one line in memory at a time. A line longer
 * than `maxBytes` is not kept: its bytes are counted and skipped up to the
 * next line feed.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let dropping = false;
  let number = 0;
  const finish = (tail: Uint8Array): Line => {
    number++;
    if (dropping) {
      const line = { number, bytes: null, dropped: size + tail.length };
      dropping = false;
      parts = [];
      size = 0;
      return line;
    }
    let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return { number, bytes };
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      if (nl === -1) {
        if (!dropping) parts.push(piece);
        size += piece.length;
        if (size > maxBytes && !dropping) {
          dropping = true;
          parts = [];
        }
        break;
      }
      if (!dropping && size + piece.length > maxBytes) dropping = true;
      yield finish(piece);
      from = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0 || dropping) yield finish(new Uint8Array());
}

const RESERVED = new Set(['id', 'text', 'html']);
const isBlank = (bytes: Uint8Array): boolean => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);

async function* loadJsonLines(ref: InputRef, options: LoadOptions): AsyncGenerator<Loaded> {
  for await (const item of jsonLines(ref, options)) {
    yield 'failed' in item ? item.failed : await loadJsonLine(ref.path, item, options.maxBytes, options.guard);
  }
}

/** The records of a JSON Lines input, each read and parsed, an HTML record's page left to compute (`Deferred`). */
export async function* loadDeferredLines(ref: InputRef, options: ReadOptions): AsyncGenerator<Deferred> {
  for await (const item of jsonLines(ref, options)) {
    yield 'failed' in item ? done(item.failed, item.failed.source) : await loadRecordDeferred(item, jsonlSource(ref.path), options.maxBytes);
  }
}

/**
 * The non-blank lines of a JSON Lines input, as bytes, one at a time (or, last, the failure that ended the
 * stream): what the worker pool hands out in batches, each read by `loadJsonLine` where it runs.
 */
export async function* jsonLines(ref: InputRef, options: ReadOptions): AsyncGenerator<Line | { failed: Loaded & { ok: false } }> {
  try {
    for await (const line of splitLines(streamInput(ref, options), options.maxBytes)) {
      if (line.bytes && isBlank(line.bytes)) continue;
      yield line;
    }
  } catch (err) {
    if (err instanceof InputError) yield { failed: { ok: false, source: jsonlSource(ref.path), error: err } };
    else throw err;
  }
}

const jsonlSource = (path: string): Source => ({ path, format: 'jsonl', encoding: null, bytes: 0, sha256: null });

/** One line of a JSON Lines input → its document, or the reason it has none. */
export function loadJsonLine(path: string, line: Line, maxBytes: number, guard?: Guard): Promise<Loaded> {
  return loadRecord(line, jsonlSource(path), maxBytes, guard);
}

async function loadRecord(line: Line, source: Source, maxBytes: number, guard?: Guard): Promise<Loaded> {
  return finishUnder(await loadRecordDeferred(line, source, maxBytes), guard);
}

async function loadRecordDeferred(line: Line, source: Source, maxBytes: number): Promise<Deferred> {
  const failure = (code: InputError['code'], message: string): Loaded & { ok: false } => ({ ok: false, source, error: new InputError(code, `line ${line.number}: ${message}`) });
  const fail = (code: InputError['code'], message: string): Deferred => done(failure(code, message), source);
  if (!line.bytes) return fail('too-large', `record too large (${line.dropped} bytes > --max-bytes ${maxBytes})`);
  let bytes = line.bytes;
  if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('invalid-encoding', 'not valid UTF-8 (JSON Lines must be UTF-8)');
  }
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch (err) {
    return fail('malformed-record', `not valid JSON (${(err as Error).message})`);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) return fail('malformed-record', 'expected a JSON object {"id": ..., "text": ...}');
  const r = record as Record<string, unknown>;
  source.id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : String(line.number);
  const fields = Object.fromEntries(Object.entries(r).filter(([k]) => !RESERVED.has(k)));
  if (Object.keys(fields).length > 0) source.fields = fields;
  const isHtml = typeof r.text !== 'string' && typeof r.html === 'string';
  const given = typeof r.text === 'string' ? r.text : typeof r.html === 'string' ? r.html : null;
  if (given === null) return fail('malformed-record', 'the record has no "text" or "html" string');
  const utf8 = Buffer.from(given, 'utf8');
  source.bytes = utf8.length;
  source.sha256 = createHash('sha256').update(utf8).digest('hex');
  source.encoding = 'utf-8';
  /** The record's document, or its failure (an InputError thrown by `make`, its line number in front). */
  const failed = (err: InputError): Loaded & { ok: false } => failure(err.code, err.message);
  const settle = (make: () => Loaded): Loaded => {
    try {
      return make();
    } catch (err) {
      if (err instanceof InputError) return failed(err);
      throw err;
    }
  };
  let dropped;
  try {
    dropped = dropControls(given);
  } catch (err) {
    if (err instanceof InputError) return done(failed(err), source);
    throw err;
  }
  const { text: content, warnings } = dropped;
  if (isHtml) {
    const { htmlToText } = await htmlReader();
    const finish = (): Loaded =>
      settle(() => {
        const page = pageOf('utf-8', true, () => htmlToText(content));
        source.encoding = page.encoding;
        return { ok: true, input: { text: page.text, source, warnings: [...warnings, ...page.warnings, ...suspect(page.text, page.encoding)] }, meta: page.meta };
      });
    return { source, ready: null, finish, chars: content.length, failed };
  }
  const loaded = settle(() => {
    if (content.trim().length === 0) throw new InputError('empty', 'no text (only white space)');
    const fixed = withRepair(content, 'utf-8');
    source.encoding = fixed.encoding;
    return { ok: true, input: { text: fixed.text, source, warnings: [...warnings, ...fixed.warnings, ...suspect(fixed.text, fixed.encoding)] } };
  });
  return { ...done(loaded, source), failed };
}
