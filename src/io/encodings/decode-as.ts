/** Decoding with an encoding named by `--encoding` (see names.ts), without detection. */
import { iconv } from './iconv.js';
import { decodeLegacy } from './detect.js';

/**
 * Decode with a named encoding, no detection. Undecodable bytes become
 * U+FFFD; the count is returned so the caller can warn.
 */
export function decodeAs(bytes: Uint8Array, canonical: string): { text: string; replaced: number } {
  let text: string;
  if (canonical === 'tcvn3' || canonical === 'vni-windows' || canonical === 'windows-1258') {
    text = decodeLegacy(bytes, canonical);
  } else if (canonical === 'utf-8' || canonical === 'utf-16le' || canonical === 'utf-16be') {
    text = new TextDecoder(canonical, { fatal: false, ignoreBOM: false }).decode(bytes);
  } else {
    text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), canonical).normalize('NFC');
  }
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, replaced };
}
