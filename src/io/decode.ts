/**
 * Bytes → text, and which encoding it was in.
 *
 * Order: `--encoding` when given (no guessing); empty; byte-order marks
 * (UTF-8, UTF-16 LE/BE); UTF-16 without a mark (NUL bytes at every other
 * position); binary (NUL or many control bytes); strict UTF-8, then checked
 * for legacy text pasted in as Windows-1252 (repaired, with a warning);
 * for an HTML page not in UTF-8, the charset its <meta> declares; last, the
 * legacy Vietnamese encodings (TCVN3, VNI-Windows, Windows-1258) detected by
 * their signatures. Every failure is an InputError with a one-line reason.
 */
import type { Warning } from '../types.js';
import { detectLegacy, fontHint, type Detection, type LegacyEncoding } from './encodings/detect.js';
import { decodeAs } from './encodings/decode-as.js';
import { canonicalEncoding } from './encodings/names.js';
import { repairMojibake } from './encodings/repair.js';
import { InputError } from './errors.js';
import { matchAt, vx } from '../patterns/regex.js';

export interface Decoded {
  text: string;
  /** What was read: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, `tcvn3`, `vni-windows`, `utf-8+tcvn3` (repaired), or the name given. */
  encoding: string;
  warnings: Warning[];
}

export interface DecodeOptions {
  /** `--encoding`: decode with this, detect nothing. */
  encoding?: string;
  /** The bytes are an HTML page: its <meta charset> counts when they are not UTF-8. */
  html?: boolean;
}

const SAMPLE = 8192;

/** A warning about the whole input (no span in the text). */
export function documentWarning(code: string, message: string): Warning {
  return { code, text: '', start: 0, end: 0, message };
}

/** Share of control characters above which a text is binary data rather than text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Binary data rather than text, checked over the whole file (a NUL byte
 * after the first pages is still binary): a NUL byte anywhere, or control
 * bytes (other than tab, LF, CR, FF, ESC) in more than a tenth of the bytes.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return binaryReason(bytes) !== null;
}

function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `binary data, not text (a NUL byte at offset ${nul})`;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return bytes.length > 0 && control / bytes.length > MAX_CONTROL_SHARE ? 'binary data, not text (control bytes)' : null;
}

/** C0 control characters other than tab, LF, FF and CR, and DEL: never part of a text. */
const isStrayControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;

/**
 * The whole-text rule for control characters, after decoding, for every
 * input (files in any encoding, JSON Lines records): a NUL makes the input
 * `binary`, and so do other control characters when they are more than a
 * tenth of the text; below that share they are removed (they would reach
 * terminals and spreadsheets), with one `control-characters` warning naming
 * their count.
 */
export function dropControls(text: string): { text: string; warnings: Warning[] } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new InputError('binary', `binary data, not text (a NUL character at offset ${i})`);
    if (isStrayControl(c)) {
      count++;
      if (first === -1) first = i;
    }
  }
  if (count === 0) return { text, warnings: [] };
  if (count / text.length > MAX_CONTROL_SHARE) throw new InputError('binary', 'binary data, not text (control characters)');
  let kept = '';
  let from = 0;
  for (let i = first; i < text.length; i++) {
    if (!isStrayControl(text.charCodeAt(i))) continue;
    kept += text.slice(from, i);
    from = i + 1;
  }
  kept += text.slice(from);
  return {
    text: kept,
    warnings: [documentWarning('control-characters', `${count} control character(s) removed (the first at offset ${first} of the decoded text)`)],
  };
}

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark: text of mostly Latin script has a NUL
 * high byte in most code units, on one side only.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul > units * 0.3 && evenNul < units * 0.02) return 'utf-16le';
  if (evenNul > units * 0.3 && oddNul < units * 0.02) return 'utf-16be';
  return null;
}

/**
 * Where the first invalid UTF-8 sequence starts, for the error message: the
 * offset of the bad byte itself (a lead byte whose continuation is missing or
 * wrong, a stray continuation byte, an overlong or surrogate form), so the
 * user can look at it with `xxd -s OFFSET`.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  const cont = (at: number, lo = 0x80, hi = 0xbf): boolean => at < n && bytes[at]! >= lo && bytes[at]! <= hi;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (!cont(i + 1, lo, hi)) return i;
    for (let k = 2; k < len; k++) if (!cont(i + k)) return i;
    i += len;
  }
  return n;
}

// <meta charset="windows-1258"> or <meta http-equiv="Content-Type" content="text/html; charset=TCVN3">
const META_CHARSET = vx(
  'decode/meta-charset',
  String.raw`
    <meta [^>]{0,400}? charset [ \t]{0,3} = [ \t]{0,3} ["']? (?<name> [A-Za-z0-9_.:\-]{1,40} )
  `,
  'i',
);

/** The charset an HTML page declares in its first 4 KiB, as a canonical name dvx can decode. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at !== -1; at = lower.indexOf('<meta', at + 1)) {
    const m = matchAt(META_CHARSET, head, at);
    if (m?.groups.name) return canonicalEncoding(m.groups.name);
  }
  return null;
}

/** Code pages an old page declares although its text is TCVN3 or VNI (the fonts did the Vietnamese). */
const WESTERN = new Set(['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'cp1252', 'iso88591', 'windows1252']);

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  if (options.encoding) return forced(bytes, options.encoding);

  const utf16 = hasUtf16Bom(bytes);
  if (utf16) return checkNotBlank({ text: new TextDecoder(utf16, { fatal: false, ignoreBOM: false }).decode(bytes), encoding: utf16, warnings: [] });
  const sniffed = sniffUtf16(bytes);
  if (sniffed) {
    const text = new TextDecoder(sniffed, { fatal: false }).decode(bytes);
    return checkNotBlank({ text, encoding: sniffed, warnings: [documentWarning('encoding-uncertain', `no byte-order mark; read as ${sniffed.toUpperCase()} from its NUL bytes`)] });
  }
  const binary = binaryReason(bytes);
  if (binary) throw new InputError('binary', binary);

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (hasBom) throw invalidUtf8(bytes);
  }
  if (text !== null) {
    const encoding = hasBom ? 'utf-8-bom' : 'utf-8';
    if (options.html) return checkNotBlank({ text, encoding, warnings: [] }); // repaired after the markup is gone
    return checkNotBlank(withRepair(text, encoding));
  }

  const declared = options.html ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8' && !WESTERN.has(declared)) {
    const { text: t, replaced } = decodeAs(bytes, declared);
    return checkNotBlank({ text: t, encoding: declared, warnings: replaced ? [replacedWarning(replaced, declared)] : [] });
  }
  const found = detectLegacy(bytes, fontHint(bytes));
  if (!found) {
    if (declared && WESTERN.has(declared)) {
      const { text: t } = decodeAs(bytes, declared);
      return checkNotBlank({ text: t, encoding: declared, warnings: [] });
    }
    throw invalidUtf8(bytes);
  }
  return checkNotBlank({ text: found.text, encoding: found.encoding, warnings: found.confident ? [] : [uncertain(found)] });
}

/** Legacy mojibake inside valid UTF-8 → repaired text, `utf-8+tcvn3`, and an `encoding-repaired` warning. */
export function withRepair(text: string, encoding: string): Decoded {
  const repaired = repairMojibake(text);
  if (!repaired) return { text, encoding, warnings: [] };
  return {
    text: repaired.text,
    encoding: `${encoding}+${repaired.encoding}`,
    warnings: [
      documentWarning(
        'encoding-repaired',
        `the text was ${legacyName(repaired.encoding)} read as Windows-1252 and saved as UTF-8; converted from ${legacyName(repaired.encoding)}${repaired.confident ? '' : ` (a guess: ${repaired.reason})`}`,
      ),
    ],
  };
}

function forced(bytes: Uint8Array, name: string): Decoded {
  const canonical = canonicalEncoding(name);
  if (!canonical) throw new InputError('invalid-encoding', `unknown encoding ${JSON.stringify(name)}`);
  let start = 0;
  if (canonical === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const { text, replaced } = decodeAs(bytes.subarray(start), canonical);
  try {
    return checkNotBlank({ text, encoding: canonical, warnings: replaced ? [replacedWarning(replaced, canonical)] : [] });
  } catch (err) {
    // NULs from a wrong --encoding (UTF-16 read as UTF-8): say which encoding was forced
    if (err instanceof InputError && err.code === 'binary') throw new InputError('binary', `${err.message} when read as ${canonical}; check --encoding`);
    throw err;
  }
}

function legacyName(e: LegacyEncoding): string {
  return e === 'tcvn3' ? 'TCVN3 (ABC)' : e === 'vni-windows' ? 'VNI-Windows' : 'Windows-1258';
}

function uncertain(found: Detection): Warning {
  return documentWarning('encoding-uncertain', `not UTF-8; read as ${legacyName(found.encoding)}, a guess (damage per reading: ${found.reason}); pass --encoding to be sure`);
}

function replacedWarning(count: number, encoding: string): Warning {
  return documentWarning('encoding-repaired', `${count} byte sequence(s) not valid in ${encoding} were replaced by U+FFFD`);
}

function invalidUtf8(bytes: Uint8Array): InputError {
  const at = firstInvalidUtf8(bytes);
  const byte = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
  return new InputError('invalid-encoding', `not valid UTF-8 (byte 0x${byte} at offset ${at}) nor TCVN3, VNI or Windows-1258 text; pass --encoding to name its encoding`);
}

/** Every decoded input: control characters checked (dropControls), then not blank. */
function checkNotBlank(d: Decoded): Decoded {
  const clean = dropControls(d.text);
  if (clean.text.trim().length === 0) throw new InputError('empty', 'no text (only white space)');
  return clean.warnings.length ? { ...d, text: clean.text, warnings: [...d.warnings, ...clean.warnings] } : d;
}
