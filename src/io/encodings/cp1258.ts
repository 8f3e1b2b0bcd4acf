/**
 * Windows-1258: precomposed ă â ê ô ơ ư đ, and the five tones as combining
 * bytes after the letter. Decoding yields NFD-like text, so it is composed
 * to NFC; encoding does the reverse (precomposed where the code page has the
 * letter, else base letter + combining tone).
 */
import { iconv } from './iconv.js';

export function decodeCp1258(bytes: Uint8Array): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
}

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Text → Windows-1258 bytes; null when a character cannot be written in it. */
export function encodeCp1258(text: string): Uint8Array | null {
  const out: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = iconv().encode(ch, 'windows1258');
    if (iconv().decode(direct, 'windows1258') === ch) {
      out.push(direct);
      continue;
    }
    // ệ → ê + U+0323: keep the vowel marks composed, write the tone as its own byte.
    const nfd = ch.normalize('NFD');
    const tones = [...nfd].filter((c) => TONES.has(c));
    const base = [...nfd].filter((c) => !TONES.has(c)).join('').normalize('NFC');
    const parts = [base, ...tones].map((c) => iconv().encode(c, 'windows1258'));
    if (iconv().decode(Buffer.concat(parts), 'windows1258').normalize('NFC') !== ch) return null;
    out.push(...parts);
  }
  return Buffer.concat(out);
}
