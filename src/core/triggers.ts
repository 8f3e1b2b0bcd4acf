/**
 * The trigger pass: where a rule may match, found for every rule at once by one pass over the match view.
 *
 * A rule declares its trigger as data (`Rule.trigger`): words its match needs, and/or any run of digits, and how
 * far before such a word the match may start. One tokenizer pass cuts the view into runs of letters and runs of
 * ASCII digits and records, for each letter run that is some rule's trigger word (case-folded), where it starts,
 * and where every digit run starts. A rule then runs its own pattern, anchored (sticky), only at those positions
 * (or in the bounded window before each), in order, going on from the end of each match exactly as a global scan
 * does. Anchored at a position, a pattern matches exactly what a global scan reaching that position matches
 * (lookbehinds and lookaheads still see the whole text), so when every position where the pattern can match is a
 * candidate, the matches are the same, one for one; test/unit/triggers.test.ts and test/trigger-equivalence.test.ts
 * check it on every fixture and on generated texts.
 *
 * Why a tokenizer and a Map, not an Aho–Corasick automaton over the literals: every trigger word is a whole word
 * in the patterns (a boundary before it, a space or a boundary after it), so a word lookup is exact, and runs of
 * letters are what `[\p{L}]` boundaries cut anyway; the pass is one loop over character codes (the letter table
 * of patterns/token-trie.ts's kind) and one Map lookup per word, with no dependency, and its cost does not grow
 * with the number of rules or words. Letters of other scripts above U+2000 count as separators: that can only add
 * candidates (a run cut in two), never lose one.
 */
import { codeClass, matchAllNear, test, vx, type Match, type MatchExtension } from '../patterns/regex.js';

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
   * Any word that starts with a capital letter is a trigger too (names in capitals, brands): the start of every
   * run of letters whose first letter is upper case (`\p{Lu}`), and every capital letter beyond the letter table.
   */
  readonly capital?: boolean;
  /** The match starts at most this many characters before the trigger (0, the default: at the trigger). */
  readonly before?: number;
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

/** A trigger ready to use: the keys of its words, whether digits trigger it, its window, and an id shared by equal triggers. */
interface CompiledTrigger {
  readonly id: string;
  readonly keys: readonly string[];
  readonly digit: boolean;
  readonly capital: boolean;
  readonly before: number;
}

/** Every key some compiled trigger looks for; a document's index is rebuilt when it grows. */
const VOCABULARY = new Set<string>();
let vocabularyVersion = 0;
let longestKey = 0;
/** Whether some compiled trigger asks for capitals (the pass records them only then). */
let anyCapital = false;
const COMPILED = new WeakMap<Trigger, CompiledTrigger>();

/** Characters other than letters and digits that some trigger looks for (by code unit). */
const SYMBOLS = new Uint8Array(0x10000);
// a space of any kind: never a trigger (it starts nothing)
const SPACE = vx('triggers/space', String.raw`^\s`);

/** The first run of letters of a word (its key), the digit class, or its first character; null for a space or nothing. */
function firstRun(word: string): { key: string } | { digit: true } | null {
  const first = word.charCodeAt(0);
  if (Number.isNaN(first) || test(SPACE, word)) return null;
  if (isDigit(first)) return { digit: true };
  if (!isLetter(first)) {
    SYMBOLS[first] = 1;
    return { key: word[0]! };
  }
  let i = 1;
  while (i < word.length && isLetter(word.charCodeAt(i))) i++;
  return { key: foldWord(word.slice(0, i)) };
}

/** Compile a trigger (once per declaration); a word that does not start with a letter or digit is an error. */
export function compileTrigger(trigger: Trigger): CompiledTrigger {
  const done = COMPILED.get(trigger);
  if (done) return done;
  const keys = new Set<string>();
  let digit = trigger.digit === true;
  for (const word of trigger.words ?? []) {
    const run = firstRun(word);
    if (run === null) throw new Error(`trigger word '${word}' is empty or starts with a space`);
    if ('digit' in run) digit = true;
    else keys.add(run.key);
  }
  const before = trigger.before ?? 0;
  if (!Number.isInteger(before) || before < 0 || before > 256) throw new Error(`trigger window must be 0–256 characters, not ${before}`);
  const capital = trigger.capital === true;
  if (capital && !anyCapital) {
    anyCapital = true;
    vocabularyVersion++;
  }
  if (keys.size === 0 && !digit && !capital) throw new Error('a trigger needs words, digits or capitals');
  const sorted = [...keys].sort();
  for (const key of sorted) {
    if (!VOCABULARY.has(key)) {
      VOCABULARY.add(key);
      vocabularyVersion++;
      longestKey = Math.max(longestKey, key.length);
    }
  }
  const compiled = { id: `${digit ? 'digit|' : ''}${capital ? 'capital|' : ''}${before}|${sorted.join('|')}`, keys: sorted, digit, capital, before };
  COMPILED.set(trigger, compiled);
  return compiled;
}

/** One document's trigger positions: where each vocabulary word starts, where each digit run starts. */
export interface TriggerIndex {
  readonly version: number;
  readonly words: ReadonlyMap<string, readonly number[]>;
  readonly digits: readonly number[];
  /** Where each word that starts with a capital letter starts (recorded only when a trigger asks for capitals). */
  readonly capitals: readonly number[];
  /** Candidate starts by trigger id, merged once per document. */
  readonly merged: Map<string, Int32Array>;
}

/** The one pass: runs of letters looked up in the vocabulary, runs of digits and trigger symbols recorded. */
export function indexTriggers(view: string): TriggerIndex {
  const words = new Map<string, number[]>();
  const digits: number[] = [];
  const capitals: number[] = [];
  const withCapitals = anyCapital;
  const n = view.length;
  let i = 0;
  while (i < n) {
    const c = view.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      if (withCapitals && isCapital(c)) capitals.push(start);
      i++;
      while (i < n && isLetter(view.charCodeAt(i))) i++;
      if (i - start > longestKey) continue; // no trigger word is that long (folding never shortens a run)
      const key = foldWord(view.slice(start, i));
      if (!VOCABULARY.has(key)) continue;
      const list = words.get(key);
      if (list) list.push(start);
      else words.set(key, [start]);
    } else if (isDigit(c)) {
      digits.push(i);
      i++;
      while (i < n && isDigit(view.charCodeAt(i))) i++;
    } else {
      if (withCapitals && c >= 0x2000 && isHighCapital(view, i)) capitals.push(i);
      if (SYMBOLS[c] === 1) {
        const key = view[i]!;
        const list = words.get(key);
        if (list) list.push(i);
        else words.set(key, [i]);
      }
      i++;
    }
  }
  return { version: vocabularyVersion, words, digits, capitals, merged: new Map() };
}

/** Whether an index still covers every compiled trigger (no trigger was compiled after it was built). */
export const indexCurrent = (index: TriggerIndex): boolean => index.version === vocabularyVersion;

/** The trigger positions of one trigger in a document, ascending, without repeats. */
export function triggerPositions(index: TriggerIndex, trigger: CompiledTrigger): Int32Array {
  const cached = index.merged.get(trigger.id);
  if (cached) return cached;
  const lists: (readonly number[])[] = trigger.keys.map((k) => index.words.get(k) ?? []);
  if (trigger.digit) lists.push(index.digits);
  if (trigger.capital) lists.push(index.capitals);
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  if (lists.length === 1) {
    index.merged.set(trigger.id, all);
    return all;
  }
  all.sort(); // typed arrays sort numerically; a capital word that is also a trigger word stands twice
  let kept = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[kept++] = all[k]!;
  const unique = kept === all.length ? all : all.slice(0, kept);
  index.merged.set(trigger.id, unique);
  return unique;
}

/**
 * The matches of `regex` in `view` that start at a trigger position or at most `before` characters before one,
 * left to right and without overlaps, exactly as `matchAll` finds them when no match starts anywhere else: the
 * pattern anchored at each candidate start in turn, from the end of the last match on. (An anchored attempt costs
 * about what a global scan spends on a few characters, so even a trigger as common as any digit pays.)
 */
export function matchAtTriggers(regex: RegExp, view: string, positions: Int32Array, before: number, extend?: MatchExtension): Generator<Match> {
  return matchAllNear(regex, view, positions, before, extend);
}
