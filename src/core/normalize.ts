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
const ZERO_WIDTH_SET = new Set(ZERO_WIDTH);

/** Unicode NFC: NFD input (base letter + combining marks) becomes precomposed. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Remove zero-width characters (ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen). Changes length. */
export function removeZeroWidth(text: string): string {
  let out = '';
  for (const ch of text) if (!ZERO_WIDTH_SET.has(ch)) out += ch;
  return out;
}

/** Odd spaces to U+0020, dash variants to `-`, quote variants to “ ” and ', Ð to Đ. Keeps length. */
export function unifyCharacters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ONE_TO_ONE.get(ch) ?? ch;
  }
  return out;
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
/** Vietnamese letters all have case, so a case change tells a letter from anything else. */
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/**
 * Move the tone mark of a word-final oa/oe/uy cluster.
 * traditional: hoà → hòa, khoẻ → khỏe, thuỷ → thủy, Uỷ → Ủy;
 * modern: the reverse. `quy` keeps its mark on y in both styles (u belongs to qu).
 * Closed syllables (hoàn, hoạt) and three-vowel clusters (ngoài) are untouched.
 * Keeps length.
 */
export function placeTones(text: string, style: ToneStyle): string {
  if (style === 'keep') return text;
  // Work on UTF-16 indices; every character involved is in the BMP.
  const out = text.split('');
  for (let i = 0; i + 1 < out.length; i++) {
    const a = TONED.get(out[i]!);
    const b = TONED.get(out[i + 1]!);
    if (!a || !b) continue;
    const pair = (a.base + b.base).toLowerCase();
    if (!PAIRS.has(pair)) continue;
    if (isLetter(out[i + 2])) continue; // closed syllable or longer cluster
    const before = out[i - 1];
    if (pair === 'uy' && before !== undefined && before.toLowerCase() === 'q') continue;
    if (before !== undefined && TONED.has(before)) continue; // three-vowel cluster (ngoai, khuya...)
    if (style === 'traditional' && a.tone === 0 && b.tone !== 0) {
      out[i] = WITH_TONE.get(`${a.base}${b.tone}`)!;
      out[i + 1] = b.base;
    } else if (style === 'modern' && a.tone !== 0 && b.tone === 0) {
      out[i] = a.base;
      out[i + 1] = WITH_TONE.get(`${b.base}${a.tone}`)!;
    }
  }
  return out.join('');
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

/** ASCII fold for keys: `Vĩnh Phúc` → `vinh phuc`, `Đảng` → `dang`. Lower-cases; spaces collapsed. */
export function asciiFold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += ASCII_FOLD_EXTRA[ch] ?? ch;
  }
  return out.toLowerCase().split(' ').filter(Boolean).join(' ');
}
