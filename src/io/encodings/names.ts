/**
 * `--encoding` names: the ones dvx decodes itself (UTF-8, UTF-16, the legacy
 * Vietnamese encodings) under their common aliases, and any other charset
 * iconv-lite knows (VISCII, Windows-1252, ...).
 */
import { createRequire } from 'node:module';
import type { LegacyEncoding } from './detect.js';

// iconv-lite is loaded only when a name is not one of dvx's own: `--encoding` is checked at start-up.
const requireCjs = createRequire(import.meta.url);
const iconvKnows = (name: string): boolean => (requireCjs('iconv-lite') as typeof import('iconv-lite')).encodingExists(name);

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
  return iconvKnows(key) ? key : null;
}

/** Names listed in `--help` and in the error for an unknown name. */
export const ENCODING_NAMES = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
