/**
 * Does a decoded text look like mojibake? Vietnamese is written in Latin
 * letters with a closed set of marks (grave, acute, hook, tilde, dot below,
 * circumflex, breve, horn) plus đ; text decoded with the wrong table shows
 * Latin letters outside that set (Ã³ is fine, but Æ°, Ä‘, ¸, ‡ are not) and
 * replacement characters. Letters of other scripts (a Russian or Chinese
 * name) and the punctuation Vietnamese print uses do not count.
 */

/** The combining marks of Vietnamese letters (in NFD). */
const VIETNAMESE_MARKS = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031b]);

/** Non-ASCII signs ordinary in Vietnamese print: quotes, dashes, bullets, degrees, currency, arrows, fractions. */
const ORDINARY_SIGNS = new Set(
  [
    '\u00A0', '«', '»', '°', '±', '×', '÷', '§', '©', '®', '²', '³', '½', '¼', '¾', '·', '€', '£', '¥', '№', '™', '‰',
    '\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u2022', '\u2032', '\u2033',
    '→', '←', '↑', '↓', '⇒', '✓', '★', '☆', '►', '▲', '▼', '■', '□', '●', '○', '◆', '≥', '≤', '≠', '≈', '∞', '√', '∑',
  ].map((c) => c.codePointAt(0)!),
);

function isVietnameseLetter(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x0110 || cp === 0x0111) return true; // Đ đ
  const nfd = ch.normalize('NFD');
  const base = nfd.charCodeAt(0);
  if (!((base >= 0x41 && base <= 0x5a) || (base >= 0x61 && base <= 0x7a))) return false;
  for (let i = 1; i < nfd.length; i++) if (!VIETNAMESE_MARKS.has(nfd.charCodeAt(i))) return false;
  return true;
}

/** A Latin-1 or Latin Extended character, or a sign of the blocks mojibake lands in (Latin-1 signs, C1 controls, U+FFFD). */
export function isSuspect(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80 || ORDINARY_SIGNS.has(cp)) return false;
  if (cp === 0xfffd || (cp >= 0x80 && cp <= 0x9f)) return true;
  if (cp >= 0x0300 && cp <= 0x036f) return !VIETNAMESE_MARKS.has(cp); // NFD text
  const latin = (cp >= 0xa0 && cp <= 0x024f) || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2000 && cp <= 0x20cf) || cp === 0x02c6 || cp === 0x02dc;
  return latin && !isVietnameseLetter(ch);
}

/**
 * `isSuspect` of every code point below U+2100 (1: suspect), computed once: the scan below reads one byte per
 * character instead of decomposing each accented letter (a per-character NFD cost about 30 ms per MB of
 * Vietnamese, paid on every document). Code points above the table are suspect only as U+FFFD.
 */
const TABLE_SIZE = 0x2100;
let suspectTable: Uint8Array | null = null;
function table(): Uint8Array {
  if (suspectTable) return suspectTable;
  const t = new Uint8Array(TABLE_SIZE);
  for (let cp = 0x80; cp < TABLE_SIZE; cp++) if (cp < 0xd800 && isSuspect(String.fromCharCode(cp))) t[cp] = 1;
  return (suspectTable = t);
}

export interface MojibakeScore {
  suspect: boolean;
  /** Characters no Vietnamese text uses. */
  count: number;
  /** Non-ASCII characters in all. */
  nonAscii: number;
  /** Up to three distinct examples, for the message. */
  examples: string[];
}

/** Suspect when at least 8 characters, and 5% of the non-ASCII ones, are foreign to Vietnamese. */
export function mojibakeScore(text: string): MojibakeScore {
  const suspectAt = table();
  let count = 0;
  let nonAscii = 0;
  const examples: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++; // a character: a surrogate pair counts once (and is never suspect: no table entry reaches it)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
      continue;
    }
    if (c < TABLE_SIZE ? suspectAt[c] !== 1 : c !== 0xfffd) continue;
    count++;
    const ch = text[i]!;
    if (examples.length < 3 && !examples.includes(ch)) examples.push(ch);
  }
  return { suspect: count >= 8 && count >= nonAscii * 0.05, count, nonAscii, examples };
}
