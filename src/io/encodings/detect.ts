/**
 * Which legacy 8-bit Vietnamese encoding a byte string is in, when it is not
 * UTF-8: TCVN3 (ABC), VNI-Windows or Windows-1258.
 *
 * Two measures, both cheap, on a sample of the input:
 * - signatures: byte patterns only that encoding produces (TCVN3: its letter
 *   codes 0xA1–0xAE next to letters, the bytes of ă â ê ô ơ ư đ; VNI: a vowel
 *   followed by a mark byte no Vietnamese letter of another reading uses;
 *   Windows-1258: a vowel followed by a combining tone byte, and đ/ư/ơ/ă);
 * - damage: the sample decoded each way, counting what real Vietnamese text
 *   never has (Latin-1 letters and symbols that are not Vietnamese letters,
 *   stray combining marks, words with two marked vowels other than ươ).
 * The reading with the least damage wins, signatures breaking ties; it is
 * confident when it is clean and clearly better than the next reading.
 */
import { CP1258_LETTER_BYTES, CP1258_TONE_BYTES, LEGACY_FONT_NAMES, VNI_LETTERS } from '../../lexicon/legacy-encodings.js';
import { decodeCp1258 } from './cp1258.js';
import { TCVN3, VIETNAMESE_LETTERS, VNI } from './tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni-windows' | 'windows-1258';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni-windows', 'windows-1258'];

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') return TCVN3.decode(bytes).normalize('NFC');
  if (encoding === 'vni-windows') return VNI.decode(bytes).normalize('NFC');
  return decodeCp1258(bytes);
}

const SAMPLE_BYTES = 256 * 1024;
const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const ASCII_VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));

/** VNI mark bytes that are not a Vietnamese letter in Windows-1258 or TCVN3 lowercase-heavy text: ø û ï å ä ü ë and capitals. */
const VNI_ONLY_MARKS = new Set([0xf8, 0xfb, 0xef, 0xe5, 0xe4, 0xfc, 0xeb, 0xd8, 0xdb, 0xcf, 0xc5, 0xc4, 0xdc, 0xcb]);
/** VNI base bytes that take a mark: the ASCII vowels and ô ö (ơ ư) in both cases. */
const VNI_BASES = new Set([...ASCII_VOWELS, ...Object.values(VNI_LETTERS).filter((b) => b.length === 2).map((b) => b[0]!)]);
/** Windows-1258 bytes of vowels a tone may follow: ASCII vowels, â ê ô ơ ư ă and capitals. */
const CP1258_VOWELS = new Set([...ASCII_VOWELS, 0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3]);
const CP1258_TONES = new Set(CP1258_TONE_BYTES);
const CP1258_LETTERS = new Set(CP1258_LETTER_BYTES);

export interface Signatures {
  tcvn3: number;
  'vni-windows': number;
  'windows-1258': number;
  /** Bytes 0x80 and above in the sample. */
  high: number;
}

export function signatures(bytes: Uint8Array): Signatures {
  const s: Signatures = { tcvn3: 0, 'vni-windows': 0, 'windows-1258': 0, high: 0 };
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    s.high++;
    const prev = bytes[i - 1];
    const next = bytes[i + 1];
    const nearLetter = isAsciiLetter(prev) || isAsciiLetter(next);
    if (b >= 0xa1 && b <= 0xae && nearLetter) s.tcvn3++;
    if (VNI_ONLY_MARKS.has(b) && prev !== undefined && VNI_BASES.has(prev)) s['vni-windows']++;
    if ((CP1258_TONES.has(b) && prev !== undefined && CP1258_VOWELS.has(prev)) || (CP1258_LETTERS.has(b) && nearLetter)) s['windows-1258']++;
  }
  return s;
}

/** Font names in the bytes (`<font face=".VnTime">`, RTF font tables) that name the encoding outright. */
export function fontHint(bytes: Uint8Array): LegacyEncoding | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE_BYTES)).toString('latin1');
  const count = (names: readonly string[]): number => names.reduce((sum, name) => sum + head.split(name).length - 1, 0);
  const tcvn = count(LEGACY_FONT_NAMES.tcvn3);
  const vni = count(LEGACY_FONT_NAMES['vni-windows']);
  if (tcvn > vni) return 'tcvn3';
  if (vni > tcvn) return 'vni-windows';
  return null;
}

/** Non-ASCII characters a Vietnamese text may carry besides its letters. */
const PUNCTUATION = new Set([...'\u00a0“”‘’–—…•°€™‰×·§']);
const HORN_U = new Set([...'ưừứửữựƯỪỨỬỮỰ']);
const HORN_O = new Set([...'ơờớởỡợƠỜỚỞỠỢ']);
const isCombining = (c: number): boolean => c >= 0x300 && c <= 0x36f;

export interface Damage {
  /** Characters real Vietnamese text does not have, plus malformed words. */
  bad: number;
  /** Vietnamese letters outside ASCII. */
  good: number;
}

/** How much a decoded text looks like something other than Vietnamese. */
export function damage(text: string): Damage {
  let bad = 0;
  let good = 0;
  let marked = 0; // marked vowels in the current word
  let prevMarked = '';
  let hornPair = false;
  const endWord = (): void => {
    if (marked >= 2 && !(marked === 2 && hornPair)) bad++;
    marked = 0;
    prevMarked = '';
    hornPair = false;
  };
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      if (!isAsciiLetter(code)) endWord();
      else prevMarked = '';
      continue;
    }
    if (VIETNAMESE_LETTERS.has(ch)) {
      good++;
      if (ch !== 'đ' && ch !== 'Đ') {
        if (HORN_O.has(ch) && HORN_U.has(prevMarked)) hornPair = true;
        marked++;
        prevMarked = ch;
      } else prevMarked = '';
      continue;
    }
    if (PUNCTUATION.has(ch)) {
      endWord();
      continue;
    }
    if (isCombining(code)) bad++;
    else if (code < 0x250) bad++; // a Latin-1 or Latin Extended letter or symbol no Vietnamese word has
    endWord();
  }
  endWord();
  return { bad, good };
}

export interface Detection {
  encoding: LegacyEncoding;
  text: string;
  confident: boolean;
  /** Why, for the warning: damage per candidate. */
  reason: string;
}

/**
 * The most likely legacy reading of `bytes`, or null when none looks like
 * Vietnamese (no signature at all, or every reading is badly damaged).
 */
export function detectLegacy(bytes: Uint8Array, hint: LegacyEncoding | null = null): Detection | null {
  const sig = signatures(bytes);
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  const scored = LEGACY_ENCODINGS.map((encoding) => {
    const d = damage(decodeLegacy(sample, encoding));
    return { encoding, ...d, sig: sig[encoding] + (hint === encoding ? 50 : 0), rate: d.bad / Math.max(1, d.good + d.bad) };
  }).sort((a, b) => a.rate - b.rate || b.sig - a.sig);
  const [best, next] = scored;
  if (!best || best.sig === 0 || best.good === 0 || best.rate > 0.2) return null;
  const clean = best.rate <= 0.02;
  const clear = !next || next.rate >= Math.max(3 * best.rate, best.rate + 0.05);
  const reason = scored.map((s) => `${s.encoding} ${(100 * s.rate).toFixed(1)}%`).join(', ');
  return { encoding: best.encoding, text: decodeLegacy(bytes, best.encoding), confident: clean && clear, reason };
}
