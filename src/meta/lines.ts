/**
 * Line classifiers for the header and footer: the self-naming lead tag and
 * the byline.
 */
import { BYLINE_NOTES, BYLINE_PREFIXES, MAX_BYLINE_LENGTH, OUTLET_DOMAIN_ENDINGS } from '../lexicon/meta.js';
import { alternation, matchAt, vx } from '../patterns/regex.js';

// "(baophutho.vn) - Ngày 13/1", "(Vinhlong.gov.vn) – Ngày 12/3/2019", "(Mặt trận) - ", "(PLO)- "
const PAREN_TAG = vx(
  'meta/outlet-paren-tag',
  String.raw`\( [ ]{0,2} (?<tag> [^()\n\d]{2,40} ) [ ]{0,2} \) [ ]{0,2} - [ ]{0,2} (?= [\p{L}\p{N}“"] )`,
);

// "ĐTO - Ban Dân vận Tỉnh ủy", "QĐND - ", "ND- ", "TP - " (capitals only)
const CAPS_TAG = vx('meta/outlet-caps-tag', String.raw`(?<tag> \p{Lu}{2,8} ) [ ]{0,2} - [ ]{0,2} (?= \p{Lu} )`);

// baophutho.vn, Vinhlong.gov.vn
const DOMAIN = vx(
  'meta/outlet-domain',
  String.raw`^ [\p{L}\p{N}-]{1,40} (?: \. [\p{L}\p{N}-]{1,40} ){0,3} \. ${alternation(OUTLET_DOMAIN_ENDINGS)} $`,
  'i',
);

/** The outlet named by a body line's lead tag, or null. */
export function outletOf(line: string): string | null {
  const paren = matchAt(PAREN_TAG, line, 0);
  if (paren) {
    const tag = (paren.groups.tag ?? '').trim();
    const words = tag.split(' ').filter(Boolean);
    const isDomain = matchAt(DOMAIN, tag, 0) !== null;
    // "(PLO)", "(HBĐT)", "(Mặt trận)": a short name that starts with a capital; not a caption note "(Ảnh ...)", no commas
    const first = words[0] ?? '';
    const isName = words.length <= 3 && first[0] !== undefined && first[0] !== first[0].toLowerCase() && !first.startsWith('Ảnh') && !tag.includes(',');
    return isDomain || isName ? tag : null;
  }
  const caps = matchAt(CAPS_TAG, line, 0);
  return caps ? (caps.groups.tag ?? null) : null;
}

/** The author of a closing byline line, or null when the line is not a byline. */
export function bylineOf(line: string): string | null {
  let s = line.trim();
  for (const note of BYLINE_NOTES) if (s.endsWith(note)) s = s.slice(0, -note.length).trim();
  let prefixed = false;
  for (const prefix of BYLINE_PREFIXES) {
    if (s.startsWith(`${prefix} `) || (prefix.endsWith(':') && s.startsWith(prefix))) {
      s = s.slice(prefix.length).trim();
      prefixed = true;
      break;
    }
  }
  if (!s || s.length > MAX_BYLINE_LENGTH || s.includes(':')) return null;
  if ([...s].some((c) => c >= '0' && c <= '9')) return null;
  if (prefixed) return s;
  // "N.H", "N.H.", "T.L": initials
  const initials = s.split('.').filter(Boolean);
  if (initials.length >= 2 && initials.every((p) => p.length <= 2 && p === p.toUpperCase())) return s;
  if (s.endsWith('.') || s.endsWith('!') || s.endsWith('?') || s.endsWith(',') || s.endsWith(';')) return null;
  const words = s.split(' ').filter(Boolean);
  if (words.length > 6) return null;
  const connectors = new Set(['và', '-', '–', '&']);
  const capitalized = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();
  return words.every((w) => capitalized(w) || connectors.has(w)) && words.some(capitalized) ? s : null;
}
