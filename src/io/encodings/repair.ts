/**
 * Mojibake repair: legacy text that was converted to UTF-8 as if it were
 * Windows-1252, the usual fate of TCVN3 and VNI documents pasted into web
 * pages ("Uû ban nh©n d©n" for "Uỷ ban nhân dân"). The text is valid UTF-8,
 * so only its characters tell: many legacy signatures and almost no real
 * Vietnamese letters outside Latin-1. Then the characters are turned back
 * into their bytes and decoded like a legacy file.
 */
import { detectLegacy, type Detection } from './detect.js';
import { cp1252Bytes } from './tables.js';

const MIN_SIGNATURES = 8;

/** Vietnamese letters that Windows-1252 cannot hold: present in real Unicode text, absent from mojibake. */
const isBeyondLatin1Vietnamese = (c: number): boolean => (c >= 0x102 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9);

/** The repaired text and the encoding it was in, or null when the text is not legacy mojibake. */
export function repairMojibake(text: string): Detection | null {
  // A letter of the Vietnamese block (U+1EA0–U+1EF9: ạ, ế, ữ …) has no byte in Windows-1252, so a text with one is
  // not mojibake: found in the first words of nearly every text, before the table (and iconv-lite) is needed.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1ea0 && c <= 0x1ef9) return null;
  }
  let vietnamese = 0;
  let high = 0;
  const bytes = new Uint8Array(text.length);
  const table = cp1252Bytes();
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (isBeyondLatin1Vietnamese(code)) vietnamese++;
    const b = code < 0x80 ? code : table.get(ch);
    if (b === undefined) return null; // a character no 8-bit reading produced: not mojibake
    if (b >= 0x80) high++;
    bytes[n++] = b;
  }
  if (high < MIN_SIGNATURES || vietnamese > high / 20) return null;
  const found = detectLegacy(bytes.subarray(0, n));
  if (!found || found.encoding === 'windows-1258' && !found.confident) return null;
  return found;
}
