/**
 * Lexicon phrases as prose and names write them, and the two readers of one word trie built from them.
 *
 * Case: the first letter of every lexicon word matches in either case (`Hội đồng Nhân dân`, `Mặt trận tổ quốc`,
 * `Ban chỉ đạo`); abbreviations (`HĐND`, `BTV`) match exactly. Words are separated by runs of 1–3 spaces, and a
 * `-` by 0–2 spaces on either side.
 *
 * The phrases go into a trie of words, each node's branches ordered longest phrase first. `looseAlternation`
 * spells the trie as a regex alternation, for patterns that embed a lexicon of modest size (organs, bases, fields);
 * `LooseTrie` walks the same trie in code, trying the branches in exactly the order the alternation does, for the
 * lexicon-sized ones (the provinces' and districts' names after a body: organizations/level.ts), which as a regex
 * cost tens of milliseconds of compilation in every process.
 */
import { escapeLiteral } from '../../patterns/regex.js';

/** A written form that is an abbreviation (`UBND`, `GD&ĐT`, `TP.`): matched exactly. */
export const isAbbreviation = (word: string): boolean => {
  if (word.includes('&') || word.includes('.')) return true;
  let capitals = 0;
  for (const c of word) {
    // a letter (it has two cases) written in upper case
    const upper = c.toUpperCase();
    if (c === upper && c.toLowerCase() !== upper && ++capitals >= 2) return true;
  }
  return false;
};

/**
 * What a word's pattern is, as a key: `=` and the word for one matched exactly (an abbreviation, or a word whose first
 * character has no case), else its first letter in both cases and the rest. Two words share a key exactly when
 * `looseWord` spells them as the same pattern (`Tỉnh` and `tỉnh`).
 */
const KEYS = new Map<string, string>(); // by word: the lexicons repeat their words (`Tân`, `Phú`, `Ủy`) thousands of times
function wordKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) KEYS.set(word, (key = keyOf(word)));
  return key;
}
function keyOf(word: string): string {
  if (word === '-') return '-';
  if (isAbbreviation(word)) return `=${word}`;
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? `=${word}` : `${lower}${upper}\u0000${word.slice(1)}`;
}

/** One word: an abbreviation exactly, a word with its first letter in either case. */
function looseWord(word: string): string {
  if (isAbbreviation(word)) return escapeLiteral(word);
  const first = word[0]!;
  const rest = escapeLiteral(word.slice(1));
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? escapeLiteral(first) + rest : `[${lower}${upper}]${rest}`;
}

/** A phrase of the lexicon as a pattern: words in either case, runs of 1–3 spaces, `-` with optional spaces. */
export function loosePhrase(phrase: string): string {
  const words = phrase.split(' ').filter(Boolean);
  let out = '';
  words.forEach((w, i) => {
    if (i > 0) out += w === '-' || words[i - 1] === '-' ? '[ ]{0,2}' : '[ ]{1,3}';
    out += w === '-' ? '-' : looseWord(w);
  });
  return out;
}

interface WordTrie {
  /** A phrase ends here. */
  end: boolean;
  /** Length of the longest phrase through this node. */
  longest: number;
  /** By the word's pattern (`wordKey`: `[tT]ỉnh`): case variants of a word share a branch. */
  next: Map<string, Branch>;
}

interface Branch {
  /** The word as first written in the lexicon. */
  word: string;
  /** Its `wordKey`. */
  key: string;
  node: WordTrie;
}

const newTrie = (): WordTrie => ({ end: false, longest: 0, next: new Map() });

function buildTrie(phrases: Iterable<string>): WordTrie {
  const root = newTrie();
  for (const phrase of new Set(phrases)) {
    let node = root;
    node.longest = Math.max(node.longest, phrase.length);
    for (const word of phrase.split(' ').filter(Boolean)) {
      const key = wordKey(word);
      let branch = node.next.get(key);
      if (!branch) node.next.set(key, (branch = { word, key, node: newTrie() }));
      node = branch.node;
      node.longest = Math.max(node.longest, phrase.length);
    }
    node.end = true;
  }
  return root;
}

/** The branches of a node in the order both readers try them: longest phrase first, then by word. */
const sortedBranches = (node: WordTrie): Branch[] =>
  [...node.next.values()].sort((a, b) => b.node.longest - a.node.longest || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));

/** Whether the separator before `word` (after `prev`) is the one around a hyphen, `[ ]{0,2}`, not `[ ]{1,3}`. */
const hyphenated = (prev: string, word: string): boolean => word === '-' || prev === '-';

function emitTrie(node: WordTrie, prev: string | null): string {
  const alts = sortedBranches(node).map(({ word, node: child }) => {
    const sep = prev === null ? '' : hyphenated(prev, word) ? '[ ]{0,2}' : '[ ]{1,3}';
    return sep + (word === '-' ? '-' : looseWord(word)) + emitTrie(child, word);
  });
  if (node.end && alts.length > 0) alts.push(''); // the shorter phrase after every longer one
  if (alts.length === 0) return '';
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * Alternation of phrases, longest first, factored by words (`Ủy ban (?:nhân dân|Kiểm tra|...)`):
 * the engine reads a shared head once instead of once per phrase. Phrases end at word
 * boundaries, so preferring the longest branch at each word is preferring the longest phrase.
 */
export function looseAlternation(phrases: Iterable<string>): string {
  return `(?:${emitTrie(buildTrie(phrases), null)})`;
}

// --- the reader ----------------------------------------------------------------------------------------------------

interface ReadBranch {
  /** The word after its first character, matched exactly. */
  readonly rest: string;
  /** The separator before it is `[ ]{0,2}` (a hyphen on either side), else `[ ]{1,3}`. */
  readonly nearHyphen: boolean;
  readonly node: ReadNode;
}

const SPACE = 0x20;

/** The code points of a first letter's two cases, as the class `[ŀĿ]` of `looseWord` lists them. */
function casePoints(first: string): number[] {
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower.length === 1 && upper.length === 1) {
    const l = lower.charCodeAt(0);
    const u = upper.charCodeAt(0);
    return l === u ? [l] : [l, u];
  }
  return [...new Set([...(lower + upper)].map((c) => c.codePointAt(0)!))];
}

/**
 * A node's branches by the code point their word starts with: the points in a typed array, scanned (most nodes have
 * a few), or, for a node with many (a trie's first words), a table by code point below U+2000 and a map above.
 */
interface FirstIndex {
  readonly points: Int32Array;
  readonly lists: readonly (readonly ReadBranch[])[];
  /** For a node with many points: a point's list in `lists` + 1, 0 for none, by code point below `TABLE_SIZE`. */
  readonly table: Uint16Array | null;
  readonly map: ReadonlyMap<number, readonly ReadBranch[]> | null;
}
/** A node with more first code points than this looks them up in its table (every Vietnamese letter is below it). */
const SCAN_AT_MOST = 8;
const TABLE_SIZE = 0x2000;

/** The branches whose word starts with `cp`, in trie order, or undefined. */
function branchesOf(index: FirstIndex, cp: number): readonly ReadBranch[] | undefined {
  const table = index.table;
  if (table !== null) {
    if (cp >= TABLE_SIZE) return index.map!.get(cp);
    const k = table[cp]!;
    return k === 0 ? undefined : index.lists[k - 1];
  }
  const points = index.points;
  for (let i = 0; i < points.length; i++) if (points[i] === cp) return index.lists[i];
  return undefined;
}

/**
 * A node of the trie as the reader walks it. Its branches are sorted and keyed by first code point when a walk
 * first reaches it: a text reaches a few dozen nodes of tries that hold every province's and district's forms, and
 * compiling them all when the first body name was read cost ~5 ms of every start (issue 14).
 */
class ReadNode {
  private branches: FirstIndex | null = null;

  constructor(
    private readonly trie: WordTrie,
    /** The word before this node's (null at the root). */
    private readonly prev: string | null,
  ) {}

  get end(): boolean {
    return this.trie.end;
  }

  /** The branches by the code point their word can start with (both cases of a loose word), in trie order. */
  get byFirst(): FirstIndex {
    return (this.branches ??= indexFirsts(compile(this.trie, this.prev)));
  }
}

function indexFirsts(byFirst: ReadonlyMap<number, readonly ReadBranch[]>): FirstIndex {
  const points = Int32Array.from(byFirst.keys());
  if (points.length <= SCAN_AT_MOST) return { points, lists: [...byFirst.values()], table: null, map: null };
  const table = new Uint16Array(TABLE_SIZE);
  points.forEach((cp, i) => {
    if (cp < TABLE_SIZE) table[cp] = i + 1;
  });
  return { points, lists: [...byFirst.values()], table, map: byFirst };
}

function compile(node: WordTrie, prev: string | null): ReadonlyMap<number, readonly ReadBranch[]> {
  const byFirst = new Map<number, ReadBranch[]>();
  for (const { word, key, node: child } of sortedBranches(node)) {
    // the code points the word's pattern accepts first: exactly as written, or its first letter in both cases
    const exact = key === '-' || key.startsWith('=');
    const first = exact ? word.codePointAt(0)! : 0;
    const points = exact ? [first] : casePoints(word[0]!);
    const rest = word.slice(exact && first > 0xffff ? 2 : 1);
    const branch: ReadBranch = { rest, nearHyphen: prev !== null && hyphenated(prev, word), node: new ReadNode(child, word) };
    for (const cp of points) {
      const list = byFirst.get(cp);
      if (list) list.push(branch);
      else byFirst.set(cp, [branch]);
    }
  }
  return byFirst;
}

/**
 * The loose alternation of a set of phrases, read in code: `first(text, pos, accept)` is the end of the first phrase
 * at `pos`, in the order `looseAlternation` of the same phrases tries them, that `accept` takes (what follows the
 * alternation in a pattern: a boundary, more of the pattern). The branches a character can start are looked up, not
 * tried one by one, so a lexicon of thousands of names costs a few map lookups per position.
 */
export class LooseTrie {
  private readonly root: ReadNode;

  constructor(phrases: Iterable<string>) {
    this.root = new ReadNode(buildTrie(phrases), null);
  }

  /** The end of the first phrase at `pos` that `accept` takes, or -1. */
  first(text: string, pos: number, accept: (end: number) => boolean): number {
    return walk(this.root, text, pos, true, accept);
  }
}

/**
 * The ends below `node` reached at `p` (the end of its word), in alternation order: every branch (separator, word,
 * its own ends), then `p` itself when a phrase ends here. The separators are deterministic: a word never starts with
 * a space, so only the whole run of spaces before it can precede it.
 */
function walk(node: ReadNode, text: string, p: number, root: boolean, accept: (end: number) => boolean): number {
  const index = node.byFirst;
  if (index.points.length > 0) {
    let spaces = 0;
    // reads stay inside the text: a read past its end (NaN, undefined) is the same "no" but makes V8 drop the
    // optimized function and compile it again
    if (!root) while (spaces < 4 && p + spaces < text.length && text.charCodeAt(p + spaces) === SPACE) spaces++;
    const q = p + spaces;
    const cp = q < text.length ? text.codePointAt(q) : undefined;
    const branches = cp === undefined ? undefined : branchesOf(index, cp);
    if (branches) {
      const after = q + (cp! > 0xffff ? 2 : 1);
      for (const b of branches) {
        if (!root && (b.nearHyphen ? spaces > 2 : spaces < 1 || spaces > 3)) continue;
        if (!restAt(text, after, b.rest)) continue;
        const end = walk(b.node, text, after + b.rest.length, false, accept);
        if (end >= 0) return end;
      }
    }
  }
  return node.end && accept(p) ? p : -1;
}

/** `text.startsWith(rest, at)` for a word's short rest, compared in place. */
function restAt(text: string, at: number, rest: string): boolean {
  if (at + rest.length > text.length) return false;
  for (let k = 0; k < rest.length; k++) if (text.charCodeAt(at + k) !== rest.charCodeAt(k)) return false;
  return true;
}
