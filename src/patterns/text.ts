/**
 * The text helpers every layer shares, written once: runs of spaces
 * collapsed (names as output), and the lookup key of a written word or
 * phrase (lexicon maps are keyed by it).
 */

/** `Ủy  ban   nhân dân` → `Ủy ban nhân dân`: runs of spaces become one, none at the ends (only U+0020; tabs and newlines stay). */
export function collapseSpaces(s: string): string {
  // most names have nothing to collapse: no copy then (this runs for every mention and lookup)
  if (!s.includes('  ') && s[0] !== ' ' && s[s.length - 1] !== ' ') return s;
  return s.split(' ').filter(Boolean).join(' ');
}

/** The key a lexicon looks a written word up by: lower case, spaces collapsed (`Mười  Một` → `mười một`). */
export function wordKey(s: string): string {
  return collapseSpaces(s.toLowerCase());
}
