/**
 * The trigger pass: where a rule may match, found for every rule at once by one pass over the match view.
 *
 * A rule declares its trigger as data (`Rule.trigger`): words its match needs, and/or any run of digits, and how
 * far before such a word the match may start. One tokenizer pass cuts the view into runs of letters and runs of
 * ASCII digits and records, for each letter run that is some rule's trigger word (case-folded), where it starts,
 * and where every digit run starts, straight into the list of every trigger that wants it (so each trigger's
 * list comes out ascending, with nothing to merge or sort per document). A rule then runs its own pattern,
 * anchored (sticky), only at those positions (or in the bounded window before each), in order, going on from the end of each match exactly as a global scan
 * does. Anchored at a position, a pattern matches exactly what a global scan reaching that position matches
 * (lookbehinds and lookaheads still see the whole text), so when every position where the pattern can match is a
 * candidate, the matches are the same, one for one; test/unit/triggers.test.ts and test/trigger-equivalence.test.ts
 * check it on every fixture and on generated texts.
 *
 * Why a tokenizer and a trie, not an Aho–Corasick automaton over the literals: every trigger word is a whole word
 * in the patterns (a boundary before it, a space or a boundary after it), so a word lookup is exact, and runs of
 * letters are what `[\p{L}]` boundaries cut anyway; the pass is one loop over character codes (the letter table
 * of patterns/token-trie.ts's kind) that walks each run of letters down a trie of the trigger words' folded code
 * units, a typed-array table (no word is cut out or lower-cased as a string), with no dependency, and its cost
 * does not grow with the number of rules or words. Letters of other scripts above U+2000 count as separators: that can only add
 * candidates (a run cut in two), never lose one.
 */
import { codeClass, matchAllNear, test, vx, type Match, type MatchExtension, type Pattern } from '../patterns/regex.js';
import { NUMBER_GROUPS } from '../patterns/vi-number.js';

/** Where a rule's match can start, declared with the rule. */
export interface Trigger {
  /**
   * Words the match needs. Only each word's first run of letters counts (`xấp xỉ` → `xấp`), case-folded; it must
   * stand as a whole run of letters in the text where the pattern matches it (the patterns' boundaries ensure it).
   * A word that starts with a digit stands for any run of digits; one that starts with another character (`(`,
   * `“`) for that one character.
   */
  readonly words?: readonly string[];
  /** Any run of ASCII digits is a trigger too. */
  readonly digit?: boolean;
  /**
   * With `digit` (or a word that stands for digits): only a run of at most this many digits (1–8) is a trigger, for
   * a match that starts with a day, a month or an hour (`5`, `05`), never with a year or an amount (`2021`, `370`).
   */
  readonly digitsAtMost?: number;
  /**
   * Any word that starts with a capital letter is a trigger too (names in capitals, brands): the start of every
   * run of letters whose first letter is upper case (`\p{Lu}`), and every capital letter beyond the letter table.
   */
  readonly capital?: boolean;
  /**
   * Any word in capitals is a trigger too: a capital as `capital` finds it, unless a letter that is not a capital
   * follows it (`UBND`, `TP.`, `A` are triggers, `Nam` is not). For a pattern that reads runs of capitals: most
   * capitalized words of a text are names written `Nam`, where such a pattern fails at its second letter.
   */
  readonly upper?: boolean;
  /** The match starts at most this many characters before the trigger (0, the default: at the trigger). */
  readonly before?: number;
  /**
   * At a trigger that is a run of digits, the characters that may stand right after the number written there
   * (`numberEnd`), for a match that starts with that number and goes on with one of them (a space, a scale word's
   * first letter): the runs of digits followed by anything else are no candidates. Only with `before` 0.
   */
  readonly numberThen?: string;
  /**
   * A word every match holds further on, at most `within` characters after the match's start (where the word
   * starts): a unit, a currency. Its words are read like `words` (each must stand as a whole run of letters, or be
   * one character), and a trigger position is kept only when one of them starts in the window from `before`
   * characters before it to `within` after it; the others could start no match.
   */
  readonly near?: {
    readonly words: readonly string[];
    readonly within: number;
    /**
     * At a trigger that is a run of digits, a tighter window: the word starts at most this many characters after
     * the end of the number written there (`numberEnd`), for a match that starts with that number and whose word
     * follows the number's tail (a scale word, a currency). Only with `before` 0.
     */
    readonly afterNumber?: number;
    /**
     * The words are needed only at a trigger that is a run of digits: a trigger word is kept whatever follows it,
     * for a pattern whose alternatives that start with a word need none of them (a document's type word, `số`)
     * and whose alternative that starts with a number does (its symbol's slash). Only with `before` 0.
     */
    readonly digitsOnly?: boolean;
  };
}

// one letter: what a word token is made of (the table below is built from it once)
const LETTER = vx('triggers/letter', String.raw`\p{L}`);

const isLetter = codeClass(LETTER);
// one capital letter (`\p{Lu}`): the capital trigger's class
const CAPITAL = vx('triggers/capital', String.raw`\p{Lu}`);
const isCapital = codeClass(CAPITAL);
const CAPITAL_AT = vx('triggers/capital-at', String.raw`^\p{Lu}`);
/** Whether the character at a code unit beyond the letter table (0x2000 on, surrogate pairs read whole) is a capital; memoized by code point. */
const HIGH_CAPITALS = new Map<number, boolean>();
function isHighCapital(view: string, i: number): boolean {
  const cp = view.codePointAt(i)!;
  let yes = HIGH_CAPITALS.get(cp);
  if (yes === undefined) HIGH_CAPITALS.set(cp, (yes = test(CAPITAL_AT, String.fromCodePoint(cp))));
  return yes;
}
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The key of a word as the pattern engine compares it case-insensitively: lower case, and the one Latin letter
 * whose case folding lower case misses (`ſ`, long s, folds to `s`).
 */
export const foldWord = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
};

/** A trigger ready to use: the ids of its words, whether digits trigger it, its window, and an id shared by equal triggers. */
interface CompiledTrigger {
  readonly id: string;
  readonly keys: readonly string[];
  /** The keys' ids in the vocabulary (`KEY_IDS`). */
  readonly keyIds: readonly number[];
  readonly digit: boolean;
  /** The longest run of digits that triggers it (Infinity: any; it has digits only with `digit`). */
  readonly digitsAtMost: number;
  readonly capital: boolean;
  readonly upper: boolean;
  readonly before: number;
  /** `numberThen`, or null. */
  readonly numberThen: string | null;
  /** Its positions' list in a document's index (`GROUPS`): its words, digits and capitals together. */
  readonly group: number;
  /** The ids of the `near` words, their list in the index, and their windows (`afterNumber` -1: none); or null. */
  readonly near: {
    readonly id: string;
    readonly keyIds: readonly number[];
    readonly group: number;
    readonly within: number;
    readonly afterNumber: number;
    readonly digitsOnly: boolean;
  } | null;
}

/** Every key some compiled trigger looks for, by id (ids are given in order and never change); a document's index is rebuilt when it grows. */
const KEY_IDS = new Map<string, number>();
let vocabularyVersion = 0;
let longestKey = 0;
/** Whether some compiled trigger asks for capitals, or for words in capitals (the pass records them only then). */
let anyCapital = false;
let anyUpper = false;

/**
 * The position lists a document's index holds, one per distinct set of words, digits and capitals (a trigger's, or
 * a trigger's near words), by id. The pass appends each position it finds to every list that wants it, so each
 * list comes out ascending: no list is merged and sorted per document afterwards. A new list makes the indexes
 * built before stale.
 */
const GROUPS = new Map<string, number>();
/** The lists each key's positions go to, by key id. */
const KEY_GROUPS: number[][] = [];
/** Runs of digits up to this long go to the lists of the triggers that take only short runs (`digitsAtMost`). */
const SHORT_RUN = 8;
/** The lists a run of digits goes to, by its length (1 to SHORT_RUN; a longer run at 0); every capital; every word in capitals. */
const DIGIT_GROUPS: number[][] = Array.from({ length: SHORT_RUN + 1 }, () => []);
const CAPITAL_GROUPS: number[] = [];
const UPPER_GROUPS: number[] = [];

/** The list of a set of keys, runs of digits (at most `digits` long: 0 none), capitals and words in capitals, made now if new. */
function groupOf(keyIds: readonly number[], digits: number, capital: boolean, upper: boolean): number {
  const id = `${digitsId(digits)}${capital ? 'capital|' : ''}${upper ? 'upper|' : ''}${keyIds.join('|')}`;
  let group = GROUPS.get(id);
  if (group !== undefined) return group;
  GROUPS.set(id, (group = GROUPS.size));
  vocabularyVersion++;
  for (const key of keyIds) (KEY_GROUPS[key] ??= []).push(group);
  for (let length = 0; length <= SHORT_RUN; length++) if (length === 0 ? digits === Infinity : length <= digits) DIGIT_GROUPS[length]!.push(group);
  if (capital) CAPITAL_GROUPS.push(group);
  if (upper) UPPER_GROUPS.push(group);
  return group;
}
const COMPILED = new WeakMap<Trigger, CompiledTrigger>();
/** The digits part of a trigger's id: any run, runs of at most N digits, or none. */
const digitsId = (digits: number): string => (digits === Infinity ? 'digit|' : digits > 0 ? `digit<=${digits}|` : '');

/** Characters other than letters and digits that some trigger looks for (by code unit): their key's id + 1. */
const SYMBOLS = new Int32Array(0x10000);
// a space of any kind: never a trigger (it starts nothing)
const SPACE = vx('triggers/space', String.raw`^\s`);

/** The first run of letters of a word (its key), the digit class, or its first character; null for a space or nothing. */
function firstRun(word: string): { key: string; symbol: boolean } | { digit: true } | null {
  const first = word.charCodeAt(0);
  if (Number.isNaN(first) || test(SPACE, word)) return null;
  if (isDigit(first)) return { digit: true };
  if (!isLetter(first)) return { key: word[0]!, symbol: true };
  let i = 1;
  while (i < word.length && isLetter(word.charCodeAt(i))) i++;
  return { key: foldWord(word.slice(0, i)), symbol: false };
}

/** The id of a key, given now if it is new (the vocabulary grows, and indexes built before are stale). */
function keyId(key: string, symbol: boolean): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) {
    KEY_IDS.set(key, (id = KEY_IDS.size));
    vocabularyVersion++;
    if (symbol) SYMBOLS[key.charCodeAt(0)] = id + 1;
    else longestKey = Math.max(longestKey, key.length);
  }
  return id;
}

/** The words a match holds further on, as keys; a word that starts with a digit or a space is an error. */
function compileNear(near: NonNullable<Trigger['near']>, before: number): NonNullable<CompiledTrigger['near']> {
  if (!Number.isInteger(near.within) || near.within < 0 || near.within > 512) throw new Error(`near window must be 0–512 characters, not ${near.within}`);
  const afterNumber = near.afterNumber ?? -1;
  if (near.afterNumber !== undefined && (!Number.isInteger(afterNumber) || afterNumber < 0 || afterNumber > near.within || before !== 0)) {
    throw new Error(`afterNumber must be 0–${near.within} characters (within), with before 0, not ${afterNumber}`);
  }
  if (near.digitsOnly && before !== 0) throw new Error('digitsOnly needs before 0 (the match starts at the number)');
  const keys = new Map<string, boolean>();
  for (const word of near.words) {
    const run = firstRun(word);
    if (run === null || 'digit' in run) throw new Error(`near word '${word}' must start with a letter or a symbol`);
    keys.set(run.key, run.symbol);
  }
  if (keys.size === 0) throw new Error('near needs words');
  const sorted = [...keys.keys()].sort();
  const keyIds = sorted.map((key) => keyId(key, keys.get(key)!));
  const digitsOnly = near.digitsOnly === true;
  const id = `${near.within}|${afterNumber}|${digitsOnly ? 'digits|' : ''}${sorted.join('|')}`;
  return { id, keyIds, group: groupOf(keyIds, 0, false, false), within: near.within, afterNumber, digitsOnly };
}

/** Compile a trigger (once per declaration); a word that does not start with a letter or digit is an error. */
export function compileTrigger(trigger: Trigger): CompiledTrigger {
  const done = COMPILED.get(trigger);
  if (done) return done;
  const keys = new Map<string, boolean>();
  let digit = trigger.digit === true;
  for (const word of trigger.words ?? []) {
    const run = firstRun(word);
    if (run === null) throw new Error(`trigger word '${word}' is empty or starts with a space`);
    if ('digit' in run) digit = true;
    else keys.set(run.key, run.symbol);
  }
  const before = trigger.before ?? 0;
  if (!Number.isInteger(before) || before < 0 || before > 256) throw new Error(`trigger window must be 0–256 characters, not ${before}`);
  const capital = trigger.capital === true;
  if (capital && !anyCapital) {
    anyCapital = true;
    vocabularyVersion++;
  }
  const upper = trigger.upper === true;
  if (upper && !anyUpper) {
    anyUpper = true;
    vocabularyVersion++;
  }
  if (keys.size === 0 && !digit && !capital && !upper) throw new Error('a trigger needs words, digits or capitals');
  const atMost = trigger.digitsAtMost;
  if (atMost !== undefined && (!digit || !Number.isInteger(atMost) || atMost < 1 || atMost > SHORT_RUN)) {
    throw new Error(`digitsAtMost must be 1–${SHORT_RUN}, with digits, not ${atMost}`);
  }
  const digits = !digit ? 0 : (atMost ?? Infinity);
  const sorted = [...keys.keys()].sort();
  const keyIds = sorted.map((key) => keyId(key, keys.get(key)!));
  const near = trigger.near ? compileNear(trigger.near, before) : null;
  const numberThen = trigger.numberThen ?? null;
  if (numberThen !== null && (numberThen.length === 0 || before !== 0 || !digit)) throw new Error('numberThen needs characters, digits and before 0');
  const then = numberThen === null ? '' : `|then ${[...numberThen].map((c) => c.charCodeAt(0)).sort((a, b) => a - b).join(',')}`;
  const id = `${digitsId(digits)}${capital ? 'capital|' : ''}${upper ? 'upper|' : ''}${before}|${sorted.join('|')}${near ? `|near ${near.id}` : ''}${then}`;
  const compiled = { id, keys: sorted, keyIds, digit, digitsAtMost: digits, capital, upper, before, numberThen, group: groupOf(keyIds, digits, capital, upper), near };
  COMPILED.set(trigger, compiled);
  return compiled;
}

/**
 * The letter keys as a trie over case-folded code units, rebuilt when the vocabulary grows: the pass walks it
 * along each run of letters instead of cutting and lower-casing every word. `FOLD[c]` is the code unit a letter
 * below U+2000 folds to when it folds to one code unit on its own, as `foldWord` folds it inside any word; 0 for
 * the letters it does not (`İ` becomes two, final `Σ` depends on its neighbours, some fold beyond the table): a run
 * with one of those is cut and folded as a string.
 */
const FOLD = new Uint16Array(0x2000);
/** Fill FOLD (once, with the first trie: not at start-up). */
function foldTable(): void {
  for (let c = 0; c < FOLD.length; c++) {
    if (!isLetter(c)) continue;
    const folded = foldWord(String.fromCharCode(c));
    if (folded.length === 1 && folded.charCodeAt(0) < 0x2000 && c !== 0x3a3) FOLD[c] = folded.charCodeAt(0);
  }
}
interface KeyTrie {
  readonly version: number;
  /**
   * The node after a node and a folded code unit: `next[node * width + column]`, 0 where there is none (no edge
   * leads back to the root). A dense table over the few code units the keys are written with (`COLUMN`), not a
   * Map: the pass takes one step per letter of the text, and a typed-array read is several times cheaper than a
   * Map lookup of a computed number.
   */
  readonly next: Int32Array;
  readonly width: number;
  /** A folded code unit's column in `next` + 1, 0 for a unit no key holds (the walk falls off the trie). */
  readonly column: Uint16Array;
  /** A node's key id + 1, or 0 where no key ends. */
  readonly ends: Int32Array;
}
let trie: KeyTrie | null = null;

function keyTrie(): KeyTrie {
  if (trie?.version === vocabularyVersion) return trie;
  if (trie === null) foldTable();
  // symbols are found by their table; a key folded beyond the table can only come from a run cut as a string
  const keys = [...KEY_IDS].filter(([key]) => isLetter(key.charCodeAt(0)) && ![...key].some((ch) => ch.charCodeAt(0) >= 0x2000));
  const column = new Uint16Array(0x2000);
  let width = 0;
  for (const [key] of keys) for (let i = 0; i < key.length; i++) if (column[key.charCodeAt(i)] === 0) column[key.charCodeAt(i)] = ++width;
  let next = new Int32Array(64 * width);
  const endsOf: number[] = [0];
  for (const [key, id] of keys) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = node * width + column[key.charCodeAt(i)]! - 1;
      if (next[edge] === 0) {
        next[edge] = endsOf.length;
        endsOf.push(0);
        if (endsOf.length * width > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
      }
      node = next[edge]!;
    }
    endsOf[node] = id + 1;
  }
  return (trie = { version: vocabularyVersion, next, width, column, ends: Int32Array.from(endsOf) });
}

/** One document's trigger positions: a list per group (`GROUPS`), and each trigger's positions once asked for. */
export interface TriggerIndex {
  readonly version: number;
  /** Each group's positions, ascending, without repeats (by group). */
  readonly groups: readonly number[][];
  /** A near trigger's candidate starts by trigger id, made once per document. */
  readonly merged: Map<string, readonly number[]>;
  /** The text indexed (a window after a number is measured in it). */
  readonly view: string;
}

/** Add a position to each of some lists (a capital word that is also a trigger word comes twice, in a row). */
function recordIn(lists: number[][], groups: readonly number[], at: number): void {
  for (let g = 0; g < groups.length; g++) {
    const list = lists[groups[g]!]!;
    if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
  }
}

/** The one pass: runs of letters walked down the key trie, runs of digits and trigger symbols recorded. */
export function indexTriggers(view: string): TriggerIndex {
  const { next, width, column, ends, version } = keyTrie();
  const lists: number[][] = Array.from({ length: GROUPS.size }, () => []);
  const none: readonly number[] = [];
  const keyGroups = (id: number): readonly number[] => KEY_GROUPS[id] ?? none;
  const withCapitals = anyCapital;
  const withUpper = anyUpper;
  const n = view.length;
  let i = 0;
  while (i < n) {
    const c = view.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      if ((withCapitals || withUpper) && isCapital(c)) {
        if (withCapitals) recordIn(lists, CAPITAL_GROUPS, start);
        // a word in capitals: no letter but a capital after the first (a unit beyond the table is no letter here)
        const d = start + 1 < n ? view.charCodeAt(start + 1) : 0;
        if (withUpper && (!isLetter(d) || isCapital(d))) recordIn(lists, UPPER_GROUPS, start);
      }
      // walk the trie while the run's folded letters stay on it; a letter that folds to no one unit cuts the run as a string
      let node = 0;
      let plain = true;
      for (; i < n; i++) {
        const d = view.charCodeAt(i);
        if (!isLetter(d)) break;
        if (node < 0) continue;
        const f = FOLD[d]!;
        if (f === 0) {
          plain = false;
          node = -1;
          continue;
        }
        const col = column[f]!;
        node = col === 0 ? -1 : next[node * width + col - 1]! || -1;
      }
      if (plain) {
        if (node > 0 && ends[node]! > 0) recordIn(lists, keyGroups(ends[node]! - 1), start);
        continue;
      }
      if (i - start > longestKey) continue; // no trigger word is that long (folding never shortens a run)
      const id = KEY_IDS.get(foldWord(view.slice(start, i)));
      if (id !== undefined) recordIn(lists, keyGroups(id), start);
    } else if (isDigit(c)) {
      const start = i;
      i++;
      while (i < n && isDigit(view.charCodeAt(i))) i++;
      recordIn(lists, DIGIT_GROUPS[i - start <= SHORT_RUN ? i - start : 0]!, start);
    } else {
      if ((withCapitals || withUpper) && c >= 0x2000 && isHighCapital(view, i)) {
        if (withCapitals) recordIn(lists, CAPITAL_GROUPS, i);
        if (withUpper) recordIn(lists, UPPER_GROUPS, i);
      }
      const symbol = SYMBOLS[c]!;
      if (symbol > 0) recordIn(lists, keyGroups(symbol - 1), i);
      i++;
    }
  }
  return { version, groups: lists, merged: new Map(), view };
}

/** Whether an index still covers every compiled trigger (no trigger was compiled after it was built). */
export const indexCurrent = (index: TriggerIndex): boolean => index.version === vocabularyVersion;

/** The trigger positions of one trigger in a document, ascending, without repeats. */
export function triggerPositions(index: TriggerIndex, trigger: CompiledTrigger): readonly number[] {
  const { near, numberThen } = trigger;
  if (!near && numberThen === null) return groupPositions(index, trigger.group);
  const cached = index.merged.get(trigger.id);
  if (cached) return cached;
  // the positions whose number goes on as the pattern needs, with a near word in their window: one walk over both
  // ascending lists
  const base = groupPositions(index, trigger.group);
  const words = near ? groupPositions(index, near.group) : [];
  const kept: number[] = [];
  const view = index.view;
  let j = 0;
  for (let k = 0; k < base.length; k++) {
    const p = base[k]!;
    const digits = isDigit(view.charCodeAt(p));
    const end = digits && (numberThen !== null || (near !== null && near.afterNumber >= 0)) ? numberEnd(view, p) : -1;
    // (past the text's end `charAt` is '', which no character list holds)
    if (numberThen !== null && digits && (end === view.length || !numberThen.includes(view.charAt(end)))) continue;
    if (!near || (near.digitsOnly && !digits)) {
      kept.push(p);
      continue;
    }
    while (j < words.length && words[j]! < p - trigger.before) j++;
    if (j === words.length) continue;
    const last = near.afterNumber >= 0 && digits ? Math.min(p + near.within, end + near.afterNumber) : p + near.within;
    if (words[j]! <= last) kept.push(p);
  }
  index.merged.set(trigger.id, kept);
  return kept;
}

/**
 * Where the number that starts at `p` (a run of digits) ends at the latest: up to `NUMBER_GROUPS` runs of digits,
 * each joined to the next by one `.` or `,`. A pattern's number (`NUMBER_TOKEN`) is a prefix of these runs, so
 * whatever it reads after the number starts no later than here.
 */
export function numberEnd(view: string, p: number): number {
  let i = p;
  for (let runs = 1; ; runs++) {
    while (i < view.length && isDigit(view.charCodeAt(i))) i++;
    const c = view.charCodeAt(i);
    if (runs === NUMBER_GROUPS || (c !== 0x2e && c !== 0x2c) || !isDigit(view.charCodeAt(i + 1))) return i;
    i++;
  }
}

/**
 * One group's positions, the index's own list (read, never copied: a typed copy of every list asked for cost more
 * than the reads it sped up); an index older than the group is an error.
 */
function groupPositions(index: TriggerIndex, group: number): readonly number[] {
  const list = index.groups[group];
  if (!list) throw new Error('the trigger index is older than the trigger: build it again (indexCurrent)');
  return list;
}

/**
 * The matches of `regex` in `view` that start at a trigger position or at most `before` characters before one,
 * left to right and without overlaps, exactly as `matchAll` finds them when no match starts anywhere else: the
 * pattern anchored at each candidate start in turn, from the end of the last match on. (An anchored attempt costs
 * about what a global scan spends on a few characters, so even a trigger as common as any digit pays.)
 */
export function matchAtTriggers(regex: Pattern, view: string, positions: readonly number[], before: number, extend?: MatchExtension): Generator<Match> {
  return matchAllNear(regex, view, positions, before, extend);
}
