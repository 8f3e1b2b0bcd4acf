/**
 * Bytes → text. Checks in order: empty, binary (NUL bytes or many control
 * characters), byte-order marks (UTF-8, UTF-16 LE/BE), then strict UTF-8.
 * Every failure is an InputError whose message names the reason.
 */
import type { Warning } from '../types.js';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

const SAMPLE = 8192;

/** Share of control bytes (other than tab, LF, CR, FF, ESC) in the first 8 KiB: binary when high. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The first invalid UTF-8 position, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (end: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'empty file');
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16, { fatal: false, ignoreBOM: false }).decode(bytes);
    return checkNotBlank({ text, encoding: utf16, warnings: [] });
  }
  if (looksBinary(bytes)) throw new InputError('binary', 'binary data, not text (NUL or control bytes)');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
    throw new InputError('invalid-encoding', `not valid UTF-8 (byte 0x${byte} at offset ${at}); pass --encoding to name its encoding`);
  }
  return checkNotBlank({ text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', warnings: [] });
}

function checkNotBlank(d: Decoded): Decoded {
  if (d.text.trim().length === 0) throw new InputError('empty', 'no text (only white space)');
  return d;
}
