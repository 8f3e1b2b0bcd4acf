/**
 * Organizations by grammar (issue 10): a head noun (`Bệnh viện`, `Công ty`,
 * `Báo`, `Hội`, `Đại sứ quán`: lexicon/org-heads.ts) followed by a name.
 *
 * The name is read word by word after the head:
 * - capitalized words, numbers and Latin-script brands (`Bạch Mai`, `108`,
 *   `Samsung Display`) are name words;
 * - a level word and its place (`tỉnh Quảng Trị`, `TP. HCM`, `quận Hoàn Kiếm`)
 *   closes the name;
 * - a parenthesized abbreviation inside it is part of it (`Trung tâm Kiểm soát
 *   bệnh tật (CDC) Đà Nẵng`); after its end, it is a mention of its own;
 * - lower-case words belong to the name only when a name word follows them
 *   (`Trường THPT chuyên Lê Quý Đôn`, `Viện Vệ sinh dịch tễ Trung ương`,
 *   `Công ty Cổ phần kinh doanh F88`), and never a stop word (`của`, `tại`,
 *   a verb of the clause) or `và` before another head noun;
 * - the name ends at punctuation and at a line break.
 */
import type { Context, Resolved, RuleMatch } from '../../core/define-extractor.js';
import { CITY_TOKENS, LEVEL_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { CENTRAL_WORDS, LEVEL_WORDS, type Level } from '../../lexicon/org-levels.js';
import { EVENT_HEADS } from '../../lexicon/org-names.js';
import {
  BEFORE_LOWER_HEAD,
  GENERIC_BEFORE,
  HEAD_COMPOUNDS,
  HEADS,
  KNOWN_BODIES,
  LEGAL_FORMS,
  NAME_STOP_WORDS,
  BARE_NOT_PLACES,
  BRAND_HEADS,
  COMMA_PAIRS,
  NOT_STOP_COMPOUNDS,
  PAREN_NAME_PARTS,
  type HeadEntry,
  type KnownBody,
} from '../../lexicon/org-heads.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, escapeLiteral, vx } from '../../patterns/regex.js';
import type { OrganizationMention } from '../../types.js';
import { formKey, resolvePlace } from './parse.js';
import { capitalsView } from './capitals.js';
import { chainAt, chainEnd } from './chain.js';
import { looseAlternation } from './patterns.js';

type Org = Resolved<OrganizationMention>;

const HEAD_BY_KEY = new Map<string, HeadEntry>();
for (const h of HEADS) for (const f of [h.name, ...(h.forms ?? [])]) if (!HEAD_BY_KEY.has(formKey(f))) HEAD_BY_KEY.set(formKey(f), h);
const formsOf = (h: HeadEntry): string[] => [h.name, ...(h.forms ?? [])];
const LOOSE_FORMS = HEADS.filter((h) => !h.capitalOnly).flatMap(formsOf);
const CAPITAL_FORMS = HEADS.filter((h) => h.capitalOnly).flatMap(formsOf);

// "Bệnh viện", "bệnh viện", "BV", "Công ty", "Cty", "hãng hàng không", "Trường THPT"; "Ủy ban", "Cục", "Sở" capitalized only
export const HEAD_RE = vx(
  'organizations/head',
  String.raw`${NOT_AFTER_WORD} (?: ${looseAlternation(LOOSE_FORMS)} | ${CAPITAL_FORMS.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((f) => f.split(' ').map(escapeLiteral).join('[ ]{1,3}')).join(' | ')} ) ${NOT_BEFORE_WORD}`,
);

/** The first word of every head form: a HEAD_RE match starts with one (the trigger pass looks the rule up by them). */
export const HEAD_START_WORDS: readonly string[] = [...new Set([...LOOSE_FORMS, ...CAPITAL_FORMS].map((f) => f.split(' ').filter(Boolean)[0]!))];

const KNOWN_BY_FORM = new Map<string, KnownBody>();
for (const b of KNOWN_BODIES) for (const f of [...b.forms, b.name]) if (!KNOWN_BY_FORM.has(f)) KNOWN_BY_FORM.set(f, b);
/** The first word of every known body's form: a KNOWN_RE match starts with one. */
export const KNOWN_START_WORDS: readonly string[] = [...new Set([...KNOWN_BY_FORM.keys()].map((f) => f.split(' ').filter(Boolean)[0]!))];
const KNOWN_BY_NAME = new Map(KNOWN_BODIES.map((b) => [formKey(b.name), b]));

// "WHO", "UNICEF", "TTXVN", "Viettel", "Vietnam Airlines": written exactly
export const KNOWN_RE = vx(
  'organizations/known-body',
  String.raw`${NOT_AFTER_WORD} (?: ${[...KNOWN_BY_FORM.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((f) => f.split(' ').map(escapeLiteral).join('[ ]')).join(' | ')} ) ${NOT_BEFORE_WORD}`,
);

// "DongA Bank", "Vietjet Air", "Sun Group": Latin-script words closed by an English industry or group word;
// "Trustbank", "Techcombank": a bank's brand written as one word
export const BRAND_RE = vx(
  'organizations/brand',
  String.raw`${NOT_AFTER_WORD} (?: (?: [A-Z][A-Za-z0-9&]{0,15} [ ] ){1,3} (?: ${BRAND_HEADS.join(' | ')} ) | [A-Z][A-Za-z]{1,15}bank ) ${NOT_BEFORE_WORD}`,
);

const STOPS = new Set(NAME_STOP_WORDS.map(formKey));
const STOP_LONGEST = Math.max(...NAME_STOP_WORDS.map((w) => w.split(' ').length));
const NOT_STOPS = new Set(NOT_STOP_COMPOUNDS.map(formKey));
/** `khám, chữa`: the words before the comma and the words after it. */
const PAIRS = COMMA_PAIRS.map((p) => p.split(', ').map((side) => side.split(' ').map(formKey)) as [string[], string[]]);
const LEGAL = new Set(LEGAL_FORMS.map(formKey));
const LEGAL_LONGEST = Math.max(...LEGAL_FORMS.map((w) => w.split(' ').length));
const COMPOUND_LONGEST = Math.max(...HEAD_COMPOUNDS.map((c) => c.length));
const GENERIC = new Set(GENERIC_BEFORE);
const BEFORE_LOWER = new Set(BEFORE_LOWER_HEAD);
const CENTRAL = new Set(CENTRAL_WORDS);
/** `tỉnh`, `thành phố`, `thị xã`: a place follows. */
const LEVEL_KEYS = Object.keys(LEVEL_WORDS);
const LEVEL_SET = new Set(LEVEL_KEYS);
const DOTTED_LEVELS = Object.keys(LEVEL_ABBREVIATIONS).filter((k) => k.endsWith('.'));
const LEVEL_FIRST_WORDS = new Set(LEVEL_KEYS.map((k) => k.split(' ')[0]!));
/** The level phrases with their length in words and their first word, in the lexicon's order. */
const LEVEL_PHRASES = LEVEL_KEYS.map((key) => ({ key, n: key.split(' ').length, head: key.split(' ')[0]! }));
/** Lower-case words of a name waiting for a name word after them; at most this many. */
const PENDING_MAX = 6;
const EVENTS = new Set(EVENT_HEADS.map((e) => e.split(' ')[0]!.toLowerCase() + ' ' + e.split(' ')[1]!.toLowerCase()));

interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'paren' | 'dash' | 'end';
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The two tests below on one character, as flags: it has two cases, and it is the upper one. */
const HAS_CASE = 1;
const UPPER = 2;
/** Set in the table below once a code unit's flags are there. */
const KNOWN = 4;
const caseFlags = (c: string): number => (c.toLowerCase() !== c.toUpperCase() ? HAS_CASE : 0) | (c !== c.toLowerCase() && c === c.toUpperCase() ? UPPER : 0);
/**
 * `caseFlags` of the code units below U+2000 (Latin with every Vietnamese letter), each worked out the first time it
 * is asked for (nothing at start-up): the readers test a character at every step, and two case conversions per test
 * were a tenth of the name reader's time.
 */
const CASE_TABLE = new Uint8Array(0x2000);
function flagsOf(c: string): number {
  const k = c.charCodeAt(0);
  if (k >= CASE_TABLE.length || c.length !== 1) return caseFlags(c);
  const known = CASE_TABLE[k]!;
  if (known !== 0) return known;
  return (CASE_TABLE[k] = caseFlags(c) | KNOWN);
}
/** A letter: ASCII by its code, others by having two cases (every Vietnamese letter has). */
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return (flagsOf(c) & HAS_CASE) !== 0;
};
const isLetterOrDigit = (c: string | undefined): boolean => isLetter(c) || isDigit(c);
const isUpper = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  return (flagsOf(c) & UPPER) !== 0;
};
/** A name word: capitalized, a number, or a brand with a capital inside (`iSchool`). */
const capitalized = (w: string): boolean => isUpper(w[0]!) || isDigit(w[0]) || (w.length > 1 && isLetter(w[0]) && [...w.slice(1, 3)].some(isUpper) && w[0]! < 'ā');
const isAbbr = (w: string): boolean => [...w].filter(isUpper).length >= 2;

/** The token at `p` (after spaces on the same line): a word, `(ABBR)`, a ` - ` joiner, or the end. */
function tokenAt(view: string, p: number): Token {
  let q = p;
  let spaces = 0;
  while (view[q] === ' ' && spaces < 3) {
    q++;
    spaces++;
  }
  const c = view[q];
  const part = c === '(' ? PAREN_NAME_PARTS.find((w) => view.startsWith(w, q)) : undefined;
  if (part && spaces > 0) return { start: q, end: q + part.length, text: part, kind: 'word' };
  if (c === '(') {
    let e = q + 1;
    while (e < view.length && e - q <= 12 && (isUpper(view[e]!) || isDigit(view[e]) || '&.-'.includes(view[e]!))) e++;
    if (view[e] === ')' && e > q + 1 && spaces > 0) return { start: q, end: e + 1, text: view.slice(q + 1, e), kind: 'paren' };
    return { start: q, end: q, text: '', kind: 'end' };
  }
  if (c === '-' && spaces > 0 && view[q + 1] === ' ') return { start: q, end: q + 1, text: '-', kind: 'dash' };
  if (spaces === 0 && p > 0 && isLetterOrDigit(view[p - 1])) return { start: q, end: q, text: '', kind: 'end' };
  if (!isLetterOrDigit(c)) return { start: q, end: q, text: '', kind: 'end' };
  let e = q;
  while (e < view.length && e - q < 30) {
    const ch = view[e]!;
    if (isLetterOrDigit(ch)) e++;
    else if ((ch === '-' || ch === '&' || ch === '.' || ch === "'") && isLetterOrDigit(view[e + 1])) e++;
    else break;
  }
  // `TP.` keeps its dot; a sentence's full stop is not part of a name
  if (view[e] === '.' && LEVEL_ABBREVIATIONS[view.slice(q, e + 1)] !== undefined) e++;
  return { start: q, end: e, text: view.slice(q, e), kind: 'word' };
}

/** The next `n` words from `p` as one lower-cased phrase (for multi-word stop words and legal forms). */
function phraseAt(view: string, p: number, n: number): { key: string; end: number } | null {
  let q = p;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokenAt(view, q);
    if (t.kind !== 'word') return null;
    words.push(t.text);
    q = t.end;
  }
  return { key: formKey(words.join(' ')), end: q };
}

/** The longest phrase of `set` (up to `longest` words) at `p`. */
function longestIn(view: string, p: number, set: Set<string>, longest: number): number | null {
  const first = tokenAt(view, p);
  if (first.kind !== 'word') return null;
  const word = first.text.toLowerCase();
  // longer phrases are tried only when the word starts one of them
  if (longest > 1 && firstWordsOf(set).has(word)) {
    for (let n = longest; n >= 2; n--) {
      const ph = phraseAt(view, p, n);
      if (ph && set.has(ph.key)) return ph.end;
    }
  }
  return set.has(word) ? first.end : null;
}

const FIRST_WORDS = new WeakMap<Set<string>, Set<string>>();
/** The first words of a set's phrases of two words or more. */
function firstWordsOf(set: Set<string>): Set<string> {
  let firsts = FIRST_WORDS.get(set);
  if (!firsts) {
    firsts = new Set([...set].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
    FIRST_WORDS.set(set, firsts);
  }
  return firsts;
}

interface PlaceRead {
  end: number;
  phrase: string;
  level: Level | null;
  location: string | null;
}

/** `Q.11`, `P.5`: the level abbreviation a token opens, glued to its number. */
const gluedLevel = (w: string): string | undefined => DOTTED_LEVELS.find((k) => w.startsWith(k) && w.length > k.length && isDigit(w[k.length]));

/** A level word and its place at `p` (`tỉnh Quảng Trị`, `TP. HCM`, `quận 1`), or a bare known place (`Đà Nẵng`). */
function placeAt(view: string, p: number): PlaceRead | null {
  const first = tokenAt(view, p);
  if (first.kind !== 'word') return null;
  const city = CITY_TOKENS[first.text];
  if (city) return { end: first.end, phrase: `${city.word} ${city.place}`, level: LEVEL_WORDS[city.word] ?? null, location: city.place };
  // `Q.11`, `P.5`: a level abbreviation glued to its number
  const glued = gluedLevel(first.text);
  if (glued) {
    const word = LEVEL_ABBREVIATIONS[glued]!;
    const number = first.text.slice(glued.length);
    return { end: first.end, phrase: `${word} ${number}`, level: LEVEL_WORDS[word] ?? null, location: number };
  }
  // a lower-case word starts a place only as a level word (`tỉnh`, `thị xã`)
  if (!capitalized(first.text) && !LEVEL_FIRST_WORDS.has(first.text)) return null;
  let word: string | null = null;
  let after = first.end;
  const abbr = LEVEL_ABBREVIATIONS[first.text];
  if (abbr) word = abbr;
  else {
    const firstKey = first.text.toLowerCase();
    for (const { key, n, head } of LEVEL_PHRASES) {
      // a level phrase starts with the first word written here (tokens hold no spaces: the phrase's key starts with it)
      if (head !== firstKey) continue;
      const ph = phraseAt(view, p, n);
      if (ph && ph.key === key && view.slice(first.start, first.start + 1) === view.slice(first.start, first.start + 1).toLowerCase()) {
        if (!word || key.length > word.length) {
          word = key;
          after = ph.end;
        }
      }
    }
  }
  // the place: capitalized words (up to 4) or a number (`quận 1`, `phường 12`)
  let q = word ? after : p;
  const words: string[] = [];
  let end = q;
  for (let i = 0; i < 4; i++) {
    const t = tokenAt(view, q);
    if (t.kind !== 'word' || !capitalized(t.text)) break;
    words.push(t.text);
    end = t.end;
    q = t.end;
    if (isDigit(t.text[0])) break;
  }
  if (words.length === 0) return null;
  // a number names a place only after its level word (`quận 1`, not `Bệnh viện Nhi đồng 1`)
  if (!word && words.every((w) => isDigit(w[0]))) return null;
  // a bare place must be a known province or district; after a level word, the longest known prefix, else all
  let take = words.length;
  let place = resolvePlace(words.join(' '));
  if (!place.known) {
    for (let n = words.length - 1; n >= 1; n--) {
      const shorter = resolvePlace(words.slice(0, n).join(' '));
      if (shorter.known) {
        place = shorter;
        take = n;
        break;
      }
    }
  }
  if (!word && !place.known) return null;
  if (take < words.length) {
    end = p;
    let r = word ? after : p;
    for (let i = 0; i < take; i++) {
      const t = tokenAt(view, r);
      end = t.end;
      r = t.end;
    }
  }
  const name = place.known ? place.name : words.slice(0, take).join(' ');
  let level: Level | null = word ? LEVEL_WORDS[word] ?? null : null;
  if (word === 'thành phố' && place.known === 'district') level = 'district';
  // after a level word the place is named even when the lexicon does not list it (`xã Tân Lập`)
  return { end, phrase: word ? `${word} ${name}` : name, level, location: place.known || word ? name : null };
}

interface NameRead {
  end: number;
  words: string[];
  inner: string | null;
  level: Level | null;
  location: string | null;
  /** A `(ABBR)` right after the name. */
  trailing: Token | null;
}

/** Read the name after a head that ends at `p`. */
function readName(view: string, p: number, head: HeadEntry): NameRead {
  const words: string[] = [];
  let pending: string[] = [];
  let end = p;
  let q = p;
  let inner: string | null = null;
  let level: Level | null = null;
  let location: string | null = null;
  let trailing: Token | null = null;
  /**
   * A specialty phrase in lower case after one capitalized word (`Trung tâm
   * Kiểm soát bệnh tật`, `Tổ chức Y tế Thế giới`) ends the name when the
   * clause goes on right after it (a stop word, punctuation).
   */
  let capsRun = 0;
  const endPending = (): void => {
    // `và` joins only what a name word follows: the phrase ends before it (`Cục Quản lý đê điều [và ...]`)
    const cut = pending.indexOf('và');
    const kept = cut >= 0 ? pending.slice(0, cut) : pending;
    if (kept.length === 0 || kept.length > 3 || capsRun !== 1) return;
    words.push(...kept);
    end = pendingEnds[kept.length - 1]!;
    pending = [];
    pendingEnds = [];
  };
  let pendingEnds: number[] = [];
  const commit = (t: { end: number }, text: string): void => {
    capsRun = pending.length > 0 ? 1 : capsRun + 1;
    words.push(...pending, text);
    pending = [];
    pendingEnds = [];
    end = t.end;
    q = t.end;
  };
  for (let guard = 0; guard < 24; guard++) {
    const t = tokenAt(view, q);
    if (t.kind === 'end') {
      // `Cục Quản lý Khám, chữa bệnh`: a pair that official names write with a comma goes on
      const pair = view[t.start] === ',' ? commaPairAt(view, t.start, [...words, ...pending]) : null;
      if (pair) {
        words.push(...pending);
        words[words.length - 1] += ',';
        words.push(...pair.words);
        pending = [];
        pendingEnds = [];
        end = pair.end;
        q = pair.end;
        // a specialty phrase may follow the pair (`Khám, chữa bệnh`)
        capsRun = 1;
        continue;
      }
      endPending();
      break;
    }
    if (t.kind === 'paren') {
      endPending();
      // `(CDC)` inside a name when the name goes on after it; else a mention of its own
      const next = tokenAt(view, t.end);
      if (words.length > 0 || head.complete) {
        if (pending.length === 0 && next.kind === 'word' && (capitalized(next.text) || placeAt(view, t.end))) {
          inner = t.text;
          end = t.end;
          q = t.end;
          continue;
        }
        if (pending.length === 0) trailing = t;
      }
      break;
    }
    if (t.kind === 'dash') {
      endPending();
      // `Bà Rịa - Vũng Tàu`, `Đài Phát thanh - Truyền hình`: a joiner between name words
      const next = tokenAt(view, t.end);
      if (words.length > 0 && pending.length === 0 && next.kind === 'word' && capitalized(next.text) && !startsBody(view, next.start)) {
        words.push('-');
        q = t.end;
        continue;
      }
      break;
    }
    // a stop word ends the name (`của`, `tại`, `cho biết`), except right after a `và` that waits for a name word
    const afterAnd = pending[pending.length - 1] === 'và' && !capitalized(t.text);
    // `dự phòng`, `hàng không`: a stop word inside a compound noun is none
    const lastWord = pending.length > 0 ? pending[pending.length - 1] : words[words.length - 1];
    const inCompound = longestIn(view, t.start, NOT_STOPS, 2) !== null || (lastWord !== undefined && NOT_STOPS.has(formKey(`${lastWord} ${t.text}`)));
    const stop = afterAnd || inCompound ? null : longestIn(view, t.start, STOPS, STOP_LONGEST);
    if (stop !== null && !capitalized(t.text) && head.atPlace && formKey(t.text) === 'tại' && pending.length === 0 && words.length > 0) {
      const next = tokenAt(view, t.end);
      if (next.kind === 'word' && capitalized(next.text)) {
        words.push('tại');
        q = t.end;
        continue;
      }
    }
    if (stop !== null && !capitalized(t.text)) {
      // `và` joins two name words (`Khoa học Xã hội và Nhân văn`, `Cổ phần đầu tư và Phát triển`) unless a body or a place follows
      if (formKey(t.text) === 'và' && (words.length > 0 || pending.length > 0)) {
        const next = tokenAt(view, t.end);
        // `Doanh nghiệp nhỏ và vừa Việt Nam`: between lower-case words, `và` waits with them for a name word
        const then = next.kind === 'word' ? tokenAt(view, next.end) : next;
        const nameAfter = then.kind === 'word' && capitalized(then.text) && !startsBody(view, then.start);
        const lowerNext = next.kind === 'word' && !capitalized(next.text) && pending.length > 0 && (nameAfter || longestIn(view, next.start, STOPS, STOP_LONGEST) === null);
        if (lowerNext || (next.kind === 'word' && capitalized(next.text) && !startsBody(view, next.start) && !placeAt(view, next.start))) {
          pending.push('và');
          pendingEnds.push(t.end);
          q = t.end;
          continue;
        }
      }
      endPending();
      break;
    }
    const legal = longestIn(view, t.start, LEGAL, LEGAL_LONGEST);
    if (legal !== null && head.kind === 'enterprise') {
      commit({ end: legal }, view.slice(t.start, legal));
      capsRun = 0;
      continue;
    }
    // `tỉnh Quảng Trị`, `TP. HCM`, and the places written as one capitalized token (`Q.11`, `TP.HCM`, `TPHCM`)
    const place = !capitalized(t.text) || LEVEL_ABBREVIATIONS[t.text] || CITY_TOKENS[t.text] || gluedLevel(t.text) ? placeAt(view, t.start) : null;
    if (place) {
      commit(place, place.phrase);
      level = place.level;
      location = place.location;
      break;
    }
    // a level word with no place closes the name (`Bệnh viện Đa khoa tỉnh`)
    const levelWord = (words.length > 0 || pending.length > 0 || described(head)) && !capitalized(t.text) ? longestIn(view, t.start, LEVEL_SET, 2) : null;
    if (levelWord !== null && closesName(view, levelWord)) {
      endPending();
      if (pending.length === 0) {
        commit({ end: levelWord }, view.slice(t.start, levelWord));
        level = LEVEL_WORDS[formKey(view.slice(t.start, levelWord))] ?? null;
      }
      break;
    }
    // a number is a name word right after the head or a name word (`Bệnh viện 108`), not after lower-case words
    const afterNumber = tokenAt(view, t.end);
    const numberEnds = afterNumber.kind !== 'word' || capitalized(afterNumber.text);
    if (isDigit(t.text[0]) && pending.length > 0 && (pending.length > 2 || !isPlainNumber(t.text) || !numberEnds)) {
      endPending();
      break;
    }
    if (capitalized(t.text)) {
      // `Trung ương` closes the name and gives its level
      const central = CENTRAL.has(t.text) ? { end: t.end } : formKey(t.text) === 'trung' ? phraseAt(view, t.start, 2) : null;
      if (central && (!('key' in central) || central.key === 'trung ương')) {
        commit(central, 'Trung ương');
        level = 'central';
        // `Bệnh viện Trung ương Huế`, `Bệnh viện Trung ương Quân đội 108`: the name may go on
        const after = tokenAt(view, end);
        if (after.kind === 'word' && capitalized(after.text) && !startsBody(view, after.start)) continue;
        break;
      }
      // lower-case words bridge to a name word only in a specialty phrase (`Viện Vệ sinh dịch tễ Trung ương`,
      // `Trường THPT chuyên Lê Quý Đôn`), never to another body (`Hội ... tham dự Ban Chấp hành`)
      if (pending.length > 0 && !isDigit(t.text[0]) && (capsRun > 1 || startsBody(view, t.start))) {
        endPending();
        break;
      }
      // a bare known place after name words closes the name (`Viện Pasteur Nha Trang`, `CDC Đà Nẵng`)
      const bare = words.length > 0 || head.complete || isAbbr(head.name) ? placeAt(view, t.start) : null;
      if (bare && bare.location && !BARE_NOT_PLACES.includes(bare.phrase)) {
        commit(bare, bare.phrase);
        location = bare.location;
        level = bare.level ?? level;
        // the place closes the name unless a name word follows (`Bệnh viện Trung ương Huế`): no specialty phrase after it
        const after = tokenAt(view, end);
        if (after.kind === 'word' && !capitalized(after.text)) break;
        continue;
      }
      commit(t, t.text);
      continue;
    }
    // a lower-case word: part of the name only if a name word follows
    if (!head.specialty || pending.length >= PENDING_MAX) {
      endPending();
      break;
    }
    pending.push(t.text);
    pendingEnds.push(t.end);
    q = t.end;
  }
  // a trailing `(ABBR)` right after the name
  if (!trailing && words.length > 0) {
    const t = tokenAt(view, end);
    if (t.kind === 'paren') trailing = t;
  }
  // `(Q.5)`, `(TP.HCM)`: a place in parentheses is not an abbreviation of the name
  if (trailing && (DOTTED_LEVELS.some((k) => trailing!.text.startsWith(k)) || CITY_TOKENS[trailing.text])) trailing = null;
  if (location === null && words.length > 0) {
    const whole = resolvePlace(words.join(' '));
    if (whole.known && !BARE_NOT_PLACES.includes(whole.name)) location = whole.name;
  }
  return { end, words, inner, level, location, trailing };
}

/** A comma pair (`khám, chữa`) whose first words end `read` and whose second words follow the comma at `comma`. */
function commaPairAt(view: string, comma: number, read: string[]): { words: string[]; end: number } | null {
  const tail = read.map(formKey);
  for (const [left, right] of PAIRS) {
    if (left.length > tail.length || left.some((w, i) => tail[tail.length - left.length + i] !== w)) continue;
    const ph = phraseAt(view, comma + 1, right.length);
    if (ph && ph.key === right.join(' ')) return { words: view.slice(comma + 1, ph.end).split(' ').filter(Boolean), end: ph.end };
  }
  return null;
}

/** Whether another body's name starts at `p`: a head noun, a known body, a Party/State/Front chain. */
function startsBody(view: string, p: number): boolean {
  return isHeadAt(view, p) || KNOWN_BY_FORM.has(tokenAt(view, p).text) || chainEnd(view, p) >= 0;
}

/** Whether the name ends after a level word (`Bệnh viện Đa khoa tỉnh.`), not `xã` of `xã hội`. */
function closesName(view: string, p: number): boolean {
  const next = tokenAt(view, p);
  return next.kind !== 'word' || capitalized(next.text) || longestIn(view, next.start, STOPS, STOP_LONGEST) !== null;
}

/** A number that names (`175`, `108`), not a quantity (`3.500`). */
const isPlainNumber = (w: string): boolean => w.length <= 4 && [...w].every(isDigit);

/** A head with a descriptor of its own (`Bệnh viện Đa khoa`, `Trung tâm Y tế`): with a level word alone it names one body (`Bệnh viện Đa khoa tỉnh`). */
const described = (head: HeadEntry): boolean => head.name.split(' ').slice(1).some((w) => isUpper(w[0]!));

function isHeadAt(view: string, p: number): boolean {
  if (isCompound(view, p)) return false;
  for (let n = 4; n >= 1; n--) {
    const ph = phraseAt(view, p, n);
    if (ph && HEAD_BY_KEY.has(ph.key)) return true;
  }
  return false;
}

/** A place, a person or a common noun that starts like a head noun (`Trường Sa`, `hội nghị`). */
function isCompound(view: string, p: number): boolean {
  const ahead = view.slice(p, p + COMPOUND_LONGEST + 1).toLowerCase();
  return HEAD_COMPOUNDS.some((c) => ahead.startsWith(c) && !isLetterOrDigit(ahead[c.length]));
}

/** The word before `at` on the same line, and whether a sentence starts there. */
function previousWords(view: string, at: number): string[] {
  const line = view.slice(Math.max(0, at - 60), at);
  const cut = Math.max(line.lastIndexOf('\n'), line.lastIndexOf('. '), line.lastIndexOf(': '), line.lastIndexOf('"'), line.lastIndexOf('“'));
  return line
    .slice(cut + 1)
    .split(' ')
    .filter(Boolean);
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Resolve one head match into a mention (and a mention of a trailing `(ABBR)`), or null. */
export function resolveNamed(m: RuleMatch, ctx: Context): Org[] | null {
  const view = ctx.view;
  const headText = m.text;
  const head = HEAD_BY_KEY.get(formKey(headText));
  if (!head) return null;
  const lowerHead = headText[0] === headText[0]!.toLowerCase();
  if (lowerHead && head.capitalOnly) return null;
  // a head in lower case names a body only before a name word or a legal form (`bệnh viện Bạch Mai`, `công ty TNHH`)
  if (lowerHead) {
    const next = tokenAt(view, m.end);
    if (next.kind !== 'word' || (!capitalized(next.text) && longestIn(view, next.start, LEGAL, LEGAL_LONGEST) === null)) return null;
  }

  // `các bệnh viện`, `một công ty`: generic; `Nguyễn Văn Trường`: a person's name
  const before = previousWords(view, m.start);
  const prev = before[before.length - 1];
  if (prev && GENERIC.has(prev)) return null;
  // `4 hãng hàng không`, `3 bệnh viện`: a count before a head in lower case
  if (lowerHead && prev && [...prev].every(isDigit)) return null;
  // `Đại hội Hội Nông dân tỉnh`: a body in a congress's name is not counted
  if (before.length >= 2 && EVENTS.has(`${before[before.length - 2]!.toLowerCase()} ${prev!.toLowerCase()}`)) return null;
  if (prev && before.length >= 1 && EVENTS.has(`${prev.toLowerCase()} ${headText.toLowerCase()}`)) return null;
  if (!lowerHead && prev && isUpper(prev[0]!) && !isAbbr(prev) && isLetter(prev[prev.length - 1]) && before.length >= 2) return null;

  if (lowerHead && head.capitalOnly) return null;
  // `Tỉnh ủy ban hành`: a lower-case head right after a capitalized word ends a compound
  if (lowerHead && prev && isUpper(prev[0]!) && isLetter(prev[prev.length - 1])) return null;
  // `đại hội`, `thông báo`, `môi trường`: a one-syllable head in lower case after a word is a compound's end
  if (lowerHead && !headText.includes(' ') && prev && isLetter(prev[prev.length - 1]) && !BEFORE_LOWER.has(prev.toLowerCase())) return null;
  if (isCompound(view, m.start)) return null;

  const name = readName(view, m.end, head);
  if (name.words.length === 0 && !head.complete) return null;
  if (head.requires && !head.requires.some((w) => name.words.join(' ').includes(w))) return null;
  // a lower-case head needs a name, not only a place (`trung tâm Hà Nội`)
  if (lowerHead && (name.words.length === 0 || (name.words.length === 1 && name.location !== null))) return null;

  // a Party, State or Front body the chain rule reads as long is the chain rule's (`Hội Nông dân tỉnh`)
  const chain = chainAt(view, m.start);
  if (chain && m.start + chain.text.length >= name.end) return null;

  const headWords = new Set(head.name.split(' ').map(formKey));
  const abbr = headText.split(' ').filter((w) => !headWords.has(formKey(w))).join(' ') || null;
  const words = name.words.join(' ');
  const full = head.outsideName ? words : words ? `${capitalize(head.name)} ${words}` : head.name;
  const known = head.outsideName ? undefined : KNOWN_BY_NAME.get(formKey(full));
  const org: Org = {
    start: m.start,
    end: name.end,
    name: known?.name ?? full,
    abbr: name.inner ?? abbr,
    level: name.level ?? known?.level ?? null,
    location: name.location ?? known?.location ?? null,
    kind: known?.kind ?? head.kind,
  };
  const out: Org[] = [org];
  if (name.trailing) {
    out.push({ start: name.trailing.start + 1, end: name.trailing.end - 1, name: org.name, abbr: name.trailing.text, level: org.level, location: org.location, kind: org.kind });
  }
  return out;
}

/** A body written by its standard abbreviation or head-less name (`WHO`, `TTXVN`, `Viettel`). */
export function resolveKnown(m: RuleMatch): Org | null {
  const body = KNOWN_BY_FORM.get(m.text.split(' ').filter(Boolean).join(' '));
  if (!body) return null;
  // `WHO`, `TTXVN`: an abbreviation; `Viettel`, `Liên minh châu Âu`: a name
  const abbr = m.text !== body.name && m.text === m.text.toUpperCase() ? m.text : null;
  return { name: body.name, abbr, level: body.level ?? null, location: body.location ?? null, kind: body.kind };
}

/**
 * A Latin-script brand closed by an English head (`DongA Bank`, `Vietjet Air`): an enterprise named as written.
 * Words of the clause before the brand (`Theo`, `Tin`) are not part of it: the brand starts after them.
 */
export function resolveBrand(m: RuleMatch): Org | null {
  const words = m.text.split(' ').filter(Boolean);
  // `Trustbank`: one word
  if (words.length === 1) return KNOWN_BY_FORM.has(m.text) ? null : { name: m.text, abbr: null, level: null, location: null, kind: 'enterprise' };
  let skip = 0;
  let offset = 0;
  while (skip < words.length - 1 && notBrandWord(words[skip]!)) {
    offset = m.text.indexOf(words[skip]!, offset) + words[skip]!.length + 1;
    skip++;
  }
  if (skip >= words.length - 1) return null;
  const text = words.slice(skip).join(' ');
  // bodies written by a standard name (`World Bank`) are the known bodies' rule's
  if (KNOWN_BY_FORM.has(text)) return null;
  while (m.text[offset] === ' ') offset++;
  return { start: m.start + offset, end: m.end, name: text, abbr: null, level: null, location: null, kind: 'enterprise' };
}

/** A Vietnamese word of the clause written without diacritics (`Theo`, `Tin`, `Con`) or a head noun: no brand word. */
const notBrandWord = (w: string): boolean => {
  const key = formKey(w);
  return STOPS.has(key) || BEFORE_LOWER.has(key) || GENERIC.has(w) || HEAD_BY_KEY.has(key);
};

/**
 * A name in capitals (`BỆNH VIỆN BẠCH MAI`, `BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ`): a head noun at
 * the start of a run of capitals, and the run's words up to a comma, a line break or a stop word.
 * Case does not tell a proper name from a specialty phrase here, so every name word is written
 * capitalized (`Bạch Mai`); abbreviations stay as written, level words in lower case. Runs that the
 * chain rule reads (`ỦY BAN NHÂN DÂN TỈNH`) are left to it.
 */
export function resolveNamedCaps(m: RuleMatch, ctx: Context): Org | null {
  const cut = [m.text.indexOf(','), m.text.indexOf('\n')].filter((i) => i >= 0);
  const segment = cut.length > 0 ? m.text.slice(0, Math.min(...cut)) : m.text;
  const tokens = segment.split(' ').filter(Boolean);
  let head: HeadEntry | undefined;
  let n = Math.min(4, tokens.length - 1);
  for (; n >= 1; n--) {
    head = HEAD_BY_KEY.get(formKey(tokens.slice(0, n).join(' ')));
    if (head) break;
  }
  if (!head || n < 1) return null;
  // `BÁO CÁO TỔNG KẾT`, `HỘI NGHỊ`: a common noun that starts like a head noun
  const lowered = segment.toLowerCase();
  if (HEAD_COMPOUNDS.some((c) => lowered.startsWith(c) && !isLetterOrDigit(lowered[c.length]))) return null;
  if (chainEnd(capitalsView(ctx), m.start) >= 0) return null;
  const words: string[] = [];
  let level: Level | null = null;
  let location: string | null = null;
  let used = n;
  for (let i = n; i < tokens.length; i++) {
    const lower = tokens[i]!.toLowerCase();
    const two = i + 1 < tokens.length ? `${lower} ${tokens[i + 1]!.toLowerCase()}` : '';
    if (STOPS.has(lower) || STOPS.has(two)) break;
    const levelWord = LEVEL_SET.has(two) ? two : LEVEL_SET.has(lower) ? lower : null;
    if (levelWord) {
      const rest = tokens.slice(i + levelWord.split(' ').length).map((w) => capitalize(w.toLowerCase()));
      const place = resolvePlace(rest.join(' '));
      words.push(levelWord, ...(place.known ? [place.name] : rest));
      level = LEVEL_WORDS[levelWord] ?? null;
      location = rest.length > 0 ? (place.known ? place.name : rest.join(' ')) : null;
      used = tokens.length;
      break;
    }
    // an abbreviation (`TNHH`) stays as written; a syllable in capitals (`BẠCH`) is written capitalized
    words.push(isAbbr(tokens[i]!) && !isSyllable(tokens[i]!) ? tokens[i]! : capitalize(lower));
    used = i + 1;
  }
  if (words.length === 0) return null;
  let at = 0;
  for (let i = 0; i < used; i++) at = segment.indexOf(tokens[i]!, at) + tokens[i]!.length;
  const start = m.start;
  const end = start + at;
  if (location === null) {
    const whole = resolvePlace(words.join(' '));
    if (whole.known) location = whole.name;
  }
  const headWords = new Set(head.name.split(' ').map(formKey));
  const abbr = tokens.slice(0, n).filter((w) => !headWords.has(formKey(w))).join(' ') || null;
  const name = head.outsideName ? words.join(' ') : `${capitalize(head.name)} ${words.join(' ')}`;
  return { start, end, name, abbr, level, location, kind: head.kind };
}

/** A word in capitals that is a Vietnamese syllable (`BẠCH`), not an abbreviation (`TNHH`): it has a vowel. */
function isSyllable(word: string): boolean {
  return [...word.toLowerCase()].some((c) => 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'.includes(c));
}
