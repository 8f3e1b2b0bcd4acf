/**
 * The text helpers every layer shares, written once: runs of spaces
 * collapsed (names as output), the lookup key of a written word or
 * phrase (lexicon maps are keyed by it), a text's lines and tokens with their offsets.
 */

/** `Ủy  ban   nhân dân` → `Ủy ban nhân dân`: runs of spaces become one, none at the ends (only U+0020; tabs and newlines stay). */
export function collapseSpaces(s: string): string {
  // most names have nothing to collapse: no copy then (this runs for every mention and lookup)
  if (!s.includes('  ') && s[0] !== ' ' && s[s.length - 1] !== ' ') return s;
  return s.split(' ').filter(Boolean).join(' ');
}

/**
 * A pure function of a string, remembered: names, places and titles repeat within a text and across a corpus, so
 * most calls are one map lookup. At most `atMost` answers are kept; when full, the memory is emptied and fills again
 * (no answer ever depends on what is remembered).
 */
export function memoByText<T>(fn: (s: string) => T, atMost: number): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let value = known.get(s);
    if (value !== undefined) return value; // (an undefined answer is computed again each time)
    if (known.size >= atMost) known.clear();
    known.set(s, (value = fn(s)));
    return value;
  };
}

/**
 * The parts and then `last` as one string, copied once into a flat string (`join`). A string grown with `+=` is a rope
 * of its pieces (V8's cons string), read through one more indirection at every character: a text the rules read
 * throughout (the normalized text, the folded view of capitals) is built with this instead.
 */
export function joinedFlat(parts: string[], last: string): string {
  parts.push(last);
  return parts.join('');
}

/** The key a lexicon looks a written word up by: lower case, spaces collapsed (`Mười  Một` → `mười một`). */
export function wordKey(s: string): string {
  return collapseSpaces(s.toLowerCase());
}

/** A line of a text without its surrounding white space, and where that stands in the text. */
export interface TrimmedLine {
  text: string;
  start: number;
  end: number;
}

/** The lines of `text` (cut at `\n`) that are not blank, each trimmed, with its offsets. */
export function trimmedLines(text: string): TrimmedLine[] {
  const lines: TrimmedLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const found = text.indexOf('\n', start); // not a loop over every character: this runs over every text twice
    const i = found < 0 ? text.length : found;
    const raw = text.slice(start, i);
    const trimmed = raw.trim();
    const lead = trimmed.length === raw.length ? 0 : raw.length - raw.trimStart().length;
    if (trimmed) lines.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = i + 1;
  }
  return lines;
}

/** A token of a short text and where it stands. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The tokens of `s`: each run of characters `inWord` accepts is one token, white space
 * (space, tab, line break) only separates, and any other character is a token alone
 * (the `,` of `điểm a, b`).
 */
export function tokensOf(s: string, inWord: (c: string) => boolean): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    if (inWord(s[i]!)) {
      while (i < s.length && inWord(s[i]!)) i++;
    } else {
      i++;
      if (isSpace(s[start]!)) continue;
    }
    out.push({ text: s.slice(start, i), start, end: i });
  }
  return out;
}
