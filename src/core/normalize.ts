/**
 * Vietnamese text normalization: pure functions, each with one job.
 *
 * `normalizeText` is what the pipeline runs at ingest. For NFC input without
 * zero-width characters it keeps the length exactly, so offsets into the
 * normalized text are offsets into the input as read. `matchView` is the
 * fold the rules match against: it never changes length, so a match in the
 * view is a span of the normalized text.
 */
import {
  CLOSING_DOUBLE_QUOTES,
  DASHES,
  ETH_LOOKALIKES,
  ODD_SPACES,
  OPENING_DOUBLE_QUOTES,
  SINGLE_QUOTES,
  TONE_ROWS,
  ZERO_WIDTH,
  ASCII_FOLD_EXTRA,
} from '../lexicon/characters.js';
import { codeClass, matchAt, vx } from '../patterns/regex.js';
import { joinedFlat, memoByText, wordKey } from '../patterns/text.js';

export type ToneStyle = 'traditional' | 'modern' | 'keep';

export interface NormalizeOptions {
  tone?: ToneStyle;
}

const charMap = (chars: string, to: string): Map<string, string> => new Map([...chars].map((c) => [c, to]));

const ONE_TO_ONE = new Map<string, string>([
  ...charMap(ODD_SPACES, ' '),
  ...charMap(DASHES, '-'),
  ...charMap(OPENING_DOUBLE_QUOTES, '“'),
  ...charMap(CLOSING_DOUBLE_QUOTES, '”'),
  ...charMap(SINGLE_QUOTES, '\''),
  ...Object.entries(ETH_LOOKALIKES),
]);
/** A character class of the given characters, each as a \u escape. */
const classOf = (chars: Iterable<string>): string =>
  `[${[...new Set(chars)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;

// U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN, ...
const ZERO_WIDTH_CHAR = vx('normalize/zero-width', classOf(ZERO_WIDTH));
// U+00A0 NO-BREAK SPACE, U+2013 EN DASH, « », Ð ...: a flag per UTF-16 code unit
const ODD_UNITS = new Uint8Array(0x10000);
for (const ch of ONE_TO_ONE.keys()) {
  if (ch.length !== 1) throw new Error(`normalize: ${JSON.stringify(ch)} is not one code unit`);
  ODD_UNITS[ch.charCodeAt(0)] = 1;
}

/** Unicode NFC: NFD input (base letter + combining marks) becomes precomposed. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Remove zero-width characters (ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen). Changes length. */
export function removeZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH_CHAR.regex, '');
}

/** Odd spaces to U+0020, dash variants to `-`, quote variants to “ ” and ', Ð to Đ. Keeps length. */
export function unifyCharacters(text: string): string {
  // one pass over the code units (every odd character is one unit of the BMP): only the text between them is copied
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (ODD_UNITS[text.charCodeAt(i)] === 1) {
      parts.push(text.slice(copied, i), ONE_TO_ONE.get(text[i]!)!);
      copied = i + 1;
    }
  }
  return copied === 0 ? text : joinedFlat(parts, text.slice(copied));
}

// --- tone placement in open syllables oa, oe, uy --------------------------

interface ToneInfo { base: string; tone: number }
const TONED = new Map<string, ToneInfo>();
const WITH_TONE = new Map<string, string>(); // `${base}${tone}` -> char
for (const row of TONE_ROWS) {
  row.forEach((ch, tone) => {
    TONED.set(ch, { base: row[0]!, tone });
    WITH_TONE.set(`${row[0]}${tone}`, ch);
  });
}
const PAIRS = new Set(['oa', 'oe', 'uy']);
const rowsOf = (bases: string): string[] => TONE_ROWS.filter((r) => bases.includes(r[0]!)).flat();
const marked = (bases: string): string[] => TONE_ROWS.filter((r) => bases.includes(r[0]!)).flatMap((r) => r.slice(1));

// hoà, Uỷ (a mark on the second vowel) · hòa, Ủy (a mark on the first) — a word-final two-vowel cluster:
//   (o|u in any tone)(a|e|y with a mark) or (o|u with a mark)(a|e|y in any tone), no letter after it.
// A table of code units, read by the loop in placeTones (every toned vowel is below U+2000)
const FIRST_ANY = 1; // o, u in any tone
const FIRST_MARKED = 2; // o, u with a tone mark
const SECOND_ANY = 4; // a, e, y in any tone
const SECOND_MARKED = 8; // a, e, y with a tone mark
const VOWEL_KIND = ((): Uint8Array => {
  const table = new Uint8Array(0x2000);
  const mark = (chars: string[], bit: number): void => {
    for (const ch of chars) {
      const c = ch.charCodeAt(0);
      if (ch.length !== 1 || c >= table.length) throw new Error(`placeTones: ${ch} is not a code unit below U+2000`);
      table[c]! |= bit;
    }
  };
  mark(rowsOf('oOuU'), FIRST_ANY);
  mark(marked('oOuU'), FIRST_MARKED);
  mark(rowsOf('aAeEyY'), SECOND_ANY);
  mark(marked('aAeEyY'), SECOND_MARKED);
  return table;
})();
const LETTER = vx('normalize/letter', String.raw`[\p{L}]`);
const isLetterCode = codeClass(LETTER);
/** Whether a letter starts at `i` (below U+2000 by the table, above it by the pattern itself, surrogate pairs included). */
const letterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 0x2000 ? isLetterCode(c) : matchAt(LETTER, text, i) !== null;
};

/**
 * Move the tone mark of a word-final oa/oe/uy cluster.
 * traditional: hoà → hòa, khoẻ → khỏe, thuỷ → thủy, Uỷ → Ủy;
 * modern: the reverse. `quy` keeps its mark on y in both styles (u belongs to qu).
 * Closed syllables (hoàn, hoạt) and three-vowel clusters (ngoài) are untouched.
 * Keeps length.
 */
export function placeTones(text: string, style: ToneStyle): string {
  if (style === 'keep') return text;
  // two pairs never overlap, a pair ends before a non-letter
  const parts: string[] = [];
  let copied = 0;
  let at = nextPair(text, 0);
  while (at >= 0) {
    if (at + 2 < text.length && letterAt(text, at + 2)) {
      at = nextPair(text, at + 1);
      continue;
    }
    const pairText = text.slice(at, at + 2);
    const placed = placePair(text, pairText, at, style);
    if (placed !== pairText) {
      parts.push(text.slice(copied, at), placed);
      copied = at + 2;
    }
    at = nextPair(text, at + 2);
  }
  return copied === 0 ? text : joinedFlat(parts, text.slice(copied));
}

/**
 * Where the next o/u + a/e/y pair with a tone mark on one of them starts, from `from` on, or -1: one loop over the
 * code units that reads two tables and calls nothing. It runs over every character of every document, and the rest
 * of the placement (the letter after, the pair's rules) only where a pair stands: kept apart, the loop's optimized
 * code no longer depends on what the rare branches and the gazetteer's short names taught the optimizer (with the
 * rare branches in the same loop, the documents' placement ran about twice as slowly once the gazetteer's names had
 * been placed: issue 14).
 */
function nextPair(text: string, from: number): number {
  const last = text.length - 1;
  for (let at = from; at < last; at++) {
    const c = text.charCodeAt(at);
    const first = c < 0x2000 ? VOWEL_KIND[c]! : 0;
    if ((first & (FIRST_ANY | FIRST_MARKED)) === 0) continue;
    const d = text.charCodeAt(at + 1);
    const second = d < 0x2000 ? VOWEL_KIND[d]! : 0;
    if (((first & FIRST_ANY) !== 0 && (second & SECOND_MARKED) !== 0) || ((first & FIRST_MARKED) !== 0 && (second & SECOND_ANY) !== 0)) return at;
  }
  return -1;
}

/** The tone placement of one oa/oe/uy pair found at `at` (itself when it stays). */
function placePair(text: string, pairText: string, at: number, style: ToneStyle): string {
  const a = TONED.get(pairText[0]!)!;
  const b = TONED.get(pairText[1]!)!;
  const pair = (a.base + b.base).toLowerCase();
  if (!PAIRS.has(pair)) return pairText;
  const before = text[at - 1];
  if (pair === 'uy' && before !== undefined && before.toLowerCase() === 'q') return pairText;
  if (before !== undefined && TONED.has(before)) return pairText; // three-vowel cluster (ngoai, khuya...)
  if (style === 'traditional' && a.tone === 0 && b.tone !== 0) return WITH_TONE.get(`${a.base}${b.tone}`)! + b.base;
  if (style === 'modern' && a.tone !== 0 && b.tone === 0) return a.base + WITH_TONE.get(`${b.base}${a.tone}`)!;
  return pairText;
}

/** The normalization dvx applies at ingest. */
export function normalizeText(raw: string, options: NormalizeOptions = {}): string {
  return placeTones(unifyCharacters(removeZeroWidth(toNfc(raw))), options.tone ?? 'traditional');
}

/**
 * The view rules match against: traditional tone placement whatever `--tone`
 * says, so a rule written `Ủy ban` also finds `Uỷ ban`. Same length as `text`.
 */
export function matchView(normalized: string, tone: ToneStyle): string {
  return tone === 'traditional' ? normalized : placeTones(normalized, 'traditional');
}

/**
 * ASCII fold for keys: `Vĩnh Phúc` → `vinh phuc`, `Đảng` → `dang`. Lower-cases; spaces collapsed. Remembered: keys
 * repeat (names, places, titles).
 */
export const asciiFold: (text: string) => string = memoByText(foldOnce, 20000);

function foldOnce(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += ASCII_FOLD_EXTRA[ch] ?? ch;
  }
  return wordKey(out);
}
