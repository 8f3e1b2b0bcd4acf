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
import { codeTable, vx } from './regex.js';

// one letter, mark or digit: what a word is made of (the table below is built from it once)
const WORD_CHAR = vx('token-trie/word-char', String.raw`[\p{L}\p{M}\p{N}]`);

const APOSTROPHE = 0x27;

/** 1 for a UTF-16 code unit that is part of a word, below U+2000 (letters of other scripts above it are not: no place has them). */
const WORD_CODES = codeTable(WORD_CHAR);
/** Whether the UTF-16 code unit is part of a word. */
export const isWordCode = (code: number): boolean => code < WORD_CODES.length && WORD_CODES[code] === 1;

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

/**
 * The word tokens of `text`, in order: cut as `wordStart` and `wordEnd` cut a phrase, by a loop of its own that reads
 * the table in place and calls nothing. The two helpers also cut the gazetteer's names, a group at a time while the
 * documents are read; sharing them, the documents' cut ran about 2.5 times as slowly per megabyte in the pipeline as
 * alone (V8's code for a loop is made from what it has seen, as with the tone placement: issue 14).
 * test/unit/token-trie.test.ts checks both cuts give the same words.
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let starts: Uint32Array = new Uint32Array(firstCapacity(n));
  let ends: Uint32Array = new Uint32Array(starts.length);
  const size = WORD_CODES.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= size || WORD_CODES[c] !== 1) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < size && WORD_CODES[c] === 1) continue;
      // an apostrophe between two word characters (`H'Leo`)
      if (c !== APOSTROPHE || i + 1 >= n) break;
      const d = text.charCodeAt(i + 1);
      if (d >= size || WORD_CODES[d] !== 1) break;
    }
    if (count === starts.length) {
      starts = grown(starts, n);
      ends = grown(ends, n);
    }
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { count, starts, ends };
}

/**
 * Room for the tokens of a text of `n` code units, at first: a quarter of its length (Vietnamese prose has a word
 * every 4.6 to 5.5 units: a syllable, its space, some punctuation), and more only when that fills. Room for the most
 * tokens a text can have (one every other unit) was twice too much: for a 64 MB gazette, ~200 MB of offsets held while
 * its places were read (issue 14).
 */
const firstCapacity = (n: number): number => Math.min((n >> 1) + 1, (n >> 2) + 64);

/** The offsets with twice the room (never more than a text of `n` units can fill). */
function grown(offsets: Uint32Array, n: number): Uint32Array {
  const more = new Uint32Array(Math.min(offsets.length * 2, (n >> 1) + 1));
  more.set(offsets);
  return more;
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

/** The first word of a phrase as `phraseWords` cuts it, or null when it has none. */
export function firstWord(phrase: string): string | null {
  const i = wordStart(phrase, 0);
  return i < phrase.length ? phrase.slice(i, wordEnd(phrase, i)) : null;
}

/** The lower-cased words of a lexicon phrase. */
export const phraseKeys = (phrase: string): string[] => phraseWords(phrase).map((w) => w.toLowerCase());

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

/** A phrase: its keys (see `phraseKeys`) and its value. */
export interface Phrase<V> {
  keys: readonly string[];
  value: V;
}

export interface TrieMatch<V> {
  /** How many tokens the phrase covers. */
  length: number;
  values: readonly V[];
}

/** Put a phrase's keys from `from` on below `node`. */
function insertBelow<V>(node: Node<V>, keys: readonly string[], from: number, value: V): void {
  let at = node;
  for (let k = from; k < keys.length; k++) {
    let child = at.next.get(keys[k]!);
    if (!child) {
      child = { next: new Map(), values: [] };
      at.next.set(keys[k]!, child);
    }
    at = child;
  }
  at.values.push(value);
}

/**
 * Phrases are kept by their first word and put into the trie when a text first asks for that word: a short
 * document looks up a few hundred first words, not the gazetteer's ~28,000 names (start-up, issue 14). Each node's
 * values keep the order the phrases were added in, as if every phrase had gone in at once.
 */
export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };
  /** Phrases by first word, not yet in the trie: made (`later`), or groups of them to make. */
  private readonly pending = new Map<string, (Phrase<V> | (() => readonly Phrase<V>[]))[]>();
  private depth = 0;
  private later = 0;

  /** Add a phrase given as its keys (see `phraseKeys`). */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) throw new Error('TokenTrie: empty phrase');
    this.depth = Math.max(this.depth, keys.length);
    const first = keys[0]!;
    const waiting = this.pending.get(first);
    if (waiting) waiting.push({ keys, value });
    else if (this.root.next.has(first)) this.insert(keys, value);
    else this.pending.set(first, [{ keys, value }]);
  }

  /**
   * Add phrases known by their first key, made (their keys, their values, in order) only when a text first asks for
   * that key: the gazetteer's ~28,000 names, of which a document asks for a few dozen first words (start-up, issue
   * 14). One group is one call, so the index adds a few thousand groups rather than every name. `make` must give
   * keys that start with `first`. The phrases take their place in the order of `add` as if added now.
   */
  addLater(first: string, make: () => readonly Phrase<V>[]): void {
    this.later++;
    const waiting = this.pending.get(first);
    if (waiting) waiting.push(make);
    else if (this.root.next.has(first)) for (const phrase of this.made(first, make)) this.insert(phrase.keys, phrase.value);
    else this.pending.set(first, [make]);
  }

  /**
   * The node of a first word, its phrases put in on first use. The node is built whole and then put in place, so a
   * step stopped midway (the main thread's --doc-timeout, cli/main-budget.ts) leaves the phrases waiting, not half
   * in the trie; the next text that asks builds it again.
   */
  private firstNode(key: string): Node<V> | undefined {
    const waiting = this.pending.get(key);
    if (!waiting) return this.root.next.get(key);
    const node: Node<V> = { next: new Map(), values: [] };
    for (const item of waiting) {
      for (const { keys, value } of this.made(key, item)) insertBelow(node, keys, 1, value);
    }
    this.root.next.set(key, node);
    this.pending.delete(key);
    return node;
  }

  /** The phrases of a pending item: itself, or the group it makes (counted in the depth then). */
  private made(first: string, item: Phrase<V> | (() => readonly Phrase<V>[])): readonly Phrase<V>[] {
    if (typeof item !== 'function') return [item];
    const group = item();
    for (const phrase of group) {
      if (phrase.keys[0] !== first) throw new Error(`TokenTrie: a phrase added under ${first} starts with ${String(phrase.keys[0])}`);
      this.depth = Math.max(this.depth, phrase.keys.length);
    }
    return group;
  }

  private insert(keys: readonly string[], value: V): void {
    insertBelow(this.root, keys, 0, value);
  }

  /** The longest phrase, in words (phrases added later are made to count them). */
  get maxLength(): number {
    if (this.later > 0) {
      for (const [first, waiting] of this.pending) this.pending.set(first, waiting.flatMap((item) => this.made(first, item)));
      this.later = 0;
    }
    return this.depth;
  }

  /** Whether some phrase starts with this word. */
  starts(key: string): boolean {
    return this.root.next.has(key) || this.pending.has(key);
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
      node = j === i ? this.firstNode(key) : node.next.get(key);
      if (!node) break;
      if (node.values.length > 0) found.push({ length: j - i + 1, values: node.values });
    }
    return found.reverse();
  }
}
