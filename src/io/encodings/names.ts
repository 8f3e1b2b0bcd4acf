/**
 * `--encoding` names: the ones dvx decodes itself (UTF-8, UTF-16, the legacy
 * Vietnamese encodings) under their common aliases, and any other charset
 * iconv-lite knows (VISCII, Windows-1252, ...).
 */
import iconv from 'iconv-lite';
import { decodeLegacy, type LegacyEncoding } from './detect.js';

export type OwnEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

const ALIASES: Readonly<Record<string, OwnEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  tcvn3: 'tcvn3',
  'tcvn-3': 'tcvn3',
  tcvn: 'tcvn3',
  abc: 'tcvn3',
  vntime: 'tcvn3',
  vni: 'vni-windows',
  'vni-windows': 'vni-windows',
  'vni-win': 'vni-windows',
  'windows-1258': 'windows-1258',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  '1258': 'windows-1258',
};

/** The canonical name of an encoding dvx can decode, or null. */
export function canonicalEncoding(name: string): string | null {
  const key = name.trim().toLowerCase();
  const own = ALIASES[key];
  if (own) return own;
  return iconv.encodingExists(key) ? key : null;
}

/** Names listed in `--help` and in the error for an unknown name. */
export const ENCODING_NAMES = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;

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
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), canonical).normalize('NFC');
  }
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, replaced };
}
