// Build step (start-up, issue 14): a pattern compiled with the `i` flag, rewritten to match the same without it.
//
// With `iu`, V8 closes every character class over case when it compiles the pattern (ICU's closeOver, code point by
// code point): the Unicode property classes XRegExp writes out (thousands of code points, repeated in each pattern)
// make the `i` patterns cost about twice as much to compile as without the flag, at every start. Here the closure is
// computed once, at build time, by V8 itself: each class gets the code points the `iu` class matches beside its own,
// each cased letter outside a class becomes the class of its case variants, and the flag goes.
//
// What a class matches under `iu` is read from V8 (a test of the class on each code point that has case variants):
// code points without any case variant match under `iu` exactly as without it, so they need no test.
// test/unit/caseless.test.ts proves old and new match the same spans at every position of every fixture text and of
// random strings. A pattern with a construct whose meaning `i` changes in other ways (\b, \w, back-references, \p)
// is left as it was (null).

let cased = null;

/** Every code point that has a case variant: one whose upper or lower case differs, and those it maps to. */
function casedCodePoints() {
  if (cased) return cased;
  const set = new Set();
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === ch && upper === ch) continue;
    set.add(c);
    for (const m of [lower, upper]) if ([...m].length === 1) set.add(m.codePointAt(0));
  }
  // and every code point V8 pairs with one of them under `iu` (the closure of them all, read from V8 itself)
  const all = [...set];
  const closure = new RegExp(`^[${all.map(hex).join('')}]$`, 'iu');
  for (let c = 0; c <= 0x10ffff; c++) if (!set.has(c) && closure.test(String.fromCodePoint(c))) set.add(c);
  cased = [...set].sort((a, b) => a - b);
  return cased;
}

const hex = (c) => `\\u{${c.toString(16)}}`;

/** The code points (of those with case variants) a one-atom pattern matches with `iu` and not with `u`. */
function addedByCase(atom) {
  const withCase = new RegExp(`^(?:${atom})$`, 'iu');
  const without = new RegExp(`^(?:${atom})$`, 'u');
  const added = [];
  for (const c of casedCodePoints()) {
    const ch = String.fromCodePoint(c);
    const a = withCase.test(ch);
    const b = without.test(ch);
    if (b && !a) throw new Error(`caseless: ${atom} matches ${hex(c)} only without i`);
    if (a && !b) added.push(c);
  }
  return added;
}

const CASELESS_ESCAPES = new Set(['d', 'D', 's', 'S', 'n', 'r', 't', 'f', 'v', '0']);
const UNSAFE_ESCAPES = new Set(['b', 'B', 'w', 'W', 'k', 'p', 'P', 'c', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/** The length of the escape at `source[i]` (a backslash), or -1 when its meaning under `i` is not one character's. */
function escapeLength(source, i) {
  const next = source[i + 1];
  if (next === undefined || UNSAFE_ESCAPES.has(next)) return -1;
  if (next === 'x') return 4;
  if (next === 'u') {
    if (source[i + 2] === '{') return source.indexOf('}', i) - i + 1;
    return 6;
  }
  return 2;
}

/**
 * The source of a pattern that matches without `i` what `source` matches with `iu`, or null when it cannot be
 * rewritten (a construct `i` changes beyond single characters).
 */
const memo = new Map();
/** The code points `addedByCase`, written as escapes (memoized: the same classes recur in many patterns). */
function closed(atom) {
  if (!memo.has(atom)) memo.set(atom, addedByCase(atom).map(hex).join(''));
  return memo.get(atom);
}

export function withoutIgnoreCase(source) {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const ch = source[i];
    if (ch === '\\') {
      const n = escapeLength(source, i);
      if (n < 0) return null;
      const esc = source.slice(i, i + n);
      i += n;
      if (CASELESS_ESCAPES.has(esc[1])) {
        out += esc;
        continue;
      }
      const added = closed(esc);
      out += added ? `[${esc}${added}]` : esc;
      continue;
    }
    if (ch === '[') {
      let j = i + 1;
      const negated = source[j] === '^';
      if (negated) j++;
      const contentStart = j;
      // in `u` mode a class ends at its first unescaped `]` (a `]` first in the class is an empty class's end)
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          const n = escapeLength(source, j);
          if (n < 0) return null;
          j += n;
        } else j++;
      }
      const content = source.slice(contentStart, j);
      i = j + 1;
      const added = closed(`[${content}]`);
      if (added && content.startsWith('-')) return null;
      out += `[${negated ? '^' : ''}${added}${content}]`;
      continue;
    }
    if (ch === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // a named group: its name is not matched text
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const cp = source.codePointAt(i);
    const char = String.fromCodePoint(cp);
    i += char.length;
    if ('()|*+?.^$'.includes(char) || /[\d,{}:=!<-]/u.test(char)) {
      out += char;
      continue;
    }
    const added = closed(hex(cp));
    out += added ? `[${hex(cp)}${added}]` : char;
  }
  return out;
}

/** An ahead-of-time entry without the `i` flag when its source can be rewritten (see above), else as it is. */
export function caselessEntry(entry) {
  if (!entry.flags.includes('i')) return entry;
  const source = withoutIgnoreCase(entry.source);
  return source === null ? entry : { ...entry, source, flags: entry.flags.replace('i', '') };
}
