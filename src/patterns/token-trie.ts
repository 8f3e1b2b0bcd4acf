/**
 * A multi-pattern matcher over words, for lexicons too big for a regex alternation (the ~13,000 names of the
 * gazetteer): the text is cut into word tokens once, and a trie keyed by whole lower-cased words gives, at any
 * token, every lexicon phrase that starts there, longest first.
 *
 * Word tokens make the boundaries exact (a phrase never starts or ends inside a word), and a walk is bounded by
 * the longest phrase in words, so a scan of the whole text is linear: O(tokens × depth), depth ≤ 10 here.
 * Tokens are cut by a loop over character codes (a table of word characters), not a regex: the cut runs over
 * every text, and a loop is several times faster than any pattern for it.
 */
import { codeClass, vx } from './regex.js';

// one letter, mark or digit: what a word is made of (the table below is built from it once)
const WORD_CHAR = vx('token-trie/word-char', String.raw`[\p{L}\p{M}\p{N}]`);

const APOSTROPHE = 0x27;

/** Whether the UTF-16 code unit is part of a word (letters of other scripts above U+2000 are not: no place has them). */
export const isWordCode = codeClass(WORD_CHAR);

/** Word tokens as two parallel arrays of offsets: a word is [starts[k], ends[k]). An inner apostrophe stays in it (`H'Leo`). */
export interface Tokens {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Where the next word starts at or after `i` (`text.length` when none does). */
function wordStart(text: string, i: number): number {
  while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where the word that starts at `start` ends: word characters, and an apostrophe between two of them. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) i++;
    else if (c === APOSTROPHE && i > start && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

/** The word tokens of `text`, in order. */
export function tokenize(text: string): Tokens {
  const starts = new Uint32Array((text.length >> 1) + 1);
  const ends = new Uint32Array((text.length >> 1) + 1);
  let count = 0;
  let i = wordStart(text, 0);
  while (i < text.length) {
    const end = wordEnd(text, i);
    starts[count] = i;
    ends[count] = end;
    count++;
    i = wordStart(text, end);
  }
  return { count, starts, ends };
}

/** The words of a short phrase as written, cut as `tokenize` cuts a text (no offset arrays: for building lexicons). */
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  let i = wordStart(phrase, 0);
  while (i < phrase.length) {
    const end = wordEnd(phrase, i);
    words.push(phrase.slice(i, end));
    i = wordStart(phrase, end);
  }
  return words;
}

/** The lower-cased words of a lexicon phrase. */
export const phraseKeys = (phrase: string): string[] => phraseWords(phrase).map((w) => w.toLowerCase());

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

export interface TrieMatch<V> {
  /** How many tokens the phrase covers. */
  length: number;
  values: readonly V[];
}

export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };
  private depth = 0;

  /** Add a phrase given as its keys (see `phraseKeys`). */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) throw new Error('TokenTrie: empty phrase');
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
    this.depth = Math.max(this.depth, keys.length);
  }

  /** The longest phrase, in words. */
  get maxLength(): number {
    return this.depth;
  }

  /** Whether some phrase starts with this word. */
  starts(key: string): boolean {
    return this.root.next.has(key);
  }

  /**
   * Every phrase that starts at token `i`, longest first. `keyAt(j)` gives token j's key (null past the end);
   * `joined(j)` says whether token j + 1 may continue a phrase that reached token j (the caller decides which
   * separators a phrase may span).
   */
  matchesAt(i: number, keyAt: (j: number) => string | null, joined: (j: number) => boolean = () => true): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    let node: Node<V> | undefined = this.root;
    for (let j = i; ; j++) {
      if (j > i && !joined(j - 1)) break;
      const key = keyAt(j);
      if (key === null) break;
      node = node.next.get(key);
      if (!node) break;
      if (node.values.length > 0) found.push({ length: j - i + 1, values: node.values });
    }
    return found.reverse();
  }
}
