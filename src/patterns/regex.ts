/**
 * The one way dvx builds a regular expression.
 *
 * `vx` compiles an XRegExp pattern in free-spacing mode (`x`: whitespace and
 * `# comments` are ignored, so every pattern can be laid out and explained)
 * with Unicode (`u`) semantics, and records it in a registry under a unique
 * name. The ReDoS audit (test/redos.test.ts) checks every registered pattern
 * with recheck, and the lint config forbids regex literals and `new RegExp`
 * elsewhere, so "every regex in the project" is exactly this registry.
 *
 * XRegExp is the compiler (free-spacing, comments, composition, named
 * groups); the native engine runs the result without XRegExp's wrapper.
 *
 * Conventions: named groups only; bounded quantifiers (`\d{1,15}`, `[ ]{0,3}`)
 * wherever a run can touch another run of the same class, which keeps the
 * patterns linear and lets recheck prove it with its automaton checker.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type XRegExpType from 'xregexp';
import { AHEAD, type AheadEntry, type StartRuns } from './ahead.js';

// XRegExp is loaded on the first pattern that is not in the ahead-of-time table (patterns/ahead.ts)
const requireCjs = createRequire(import.meta.url);
let xregexp: typeof XRegExpType | null = null;
const XRegExp = (): typeof XRegExpType => (xregexp ??= requireCjs('xregexp') as typeof XRegExpType);

/**
 * A registered pattern: what `vx` and `vxBuild` return and every matcher below takes. Its `RegExp` objects are made
 * when first run, not when the pattern is registered: V8 parses a pattern's source when the object is made, ~10 ms
 * for the 93 patterns at every start (0.7 MB of sources), and most are only ever run at trigger positions (sticky),
 * or not at all on a short text.
 */
export class Pattern {
  private global: RegExp | null = null;
  private stickyTwin: RegExp | null = null;
  private audited: string | null = null;
  private groupPlan: GroupPlan | null = null;
  private startTables: StartFilter | null | undefined = undefined;
  private splitScan: LeadSplit | null | undefined = undefined;

  constructor(
    readonly name: string,
    /** The native source XRegExp produced: Unicode properties expanded into explicit ranges, which V8 scans faster. */
    readonly source: string,
    /** Flags without `g`. */
    readonly flags: string,
    /** Group names by group number - 1 (null for an unnamed group). */
    readonly names: readonly (string | null)[],
    private readonly audit: () => string,
    /** Where a match can start, as the build read it off the pattern (scripts/start-set.mjs); null when not known. */
    private readonly startRuns: StartRuns | null = null,
    /** The length of the source's leading lookbehind when a scan may look for the rest first (`AheadEntry.lead`), or 0. */
    private readonly leadLength = 0,
  ) {}

  /**
   * How a scan runs when the build found a leading `(?<![…])` (`leadLength`): the rest of the pattern, global, and
   * the lookbehind alone, sticky; null for a scan with the whole pattern. (Made when first needed.)
   */
  get split(): LeadSplit | null {
    if (this.splitScan === undefined) {
      this.splitScan =
        this.leadLength > 0
          ? {
              rest: new RegExp(this.source.slice(this.leadLength), `g${this.flags}`),
              lead: new RegExp(this.source.slice(0, this.leadLength), `y${this.flags}`),
              unicode: this.flags.includes('u'),
            }
          : null;
    }
    return this.splitScan;
  }

  /** What a scan runs: the pattern with the global flag (one object, its lastIndex set before every use). */
  get regex(): RegExp {
    return (this.global ??= new RegExp(this.source, `g${this.flags}`));
  }

  /** The same expression with the sticky flag, for `matchAt` and `anchored`. */
  get sticky(): RegExp {
    return (this.stickyTwin ??= new RegExp(this.source, `y${this.flags}`));
  }

  /** Where a match can start (`StartFilter`), made from the build's runs when first needed; null when not known. */
  get starts(): StartFilter | null {
    if (this.startTables === undefined) this.startTables = this.startRuns ? startFilterOf(this.startRuns) : null;
    return this.startTables;
  }

  /** How a match fills its groups (`GroupPlan`), read when first needed. */
  get plan(): GroupPlan {
    return (this.groupPlan ??= planOf(this.names));
  }

  /**
   * The same expression with Unicode properties written natively (`\p{L}`): what the ReDoS audit checks, since
   * recheck decides the compact spelling quickly. test/redos.test.ts proves on every fixture that both match the
   * same spans. (Computed when first read: a pattern compiled ahead of time never needs it.)
   */
  get auditSource(): string {
    return (this.audited ??= this.audit());
  }
}

/** A scan split at the pattern's leading lookbehind (`Pattern.split`). */
interface LeadSplit {
  /** The pattern without its leading lookbehind, global. */
  readonly rest: RegExp;
  /** The leading lookbehind alone, sticky. */
  readonly lead: RegExp;
  /** The flags have `u`: a failed start moves on by a code point, as a scan of the whole pattern does. */
  readonly unicode: boolean;
}

/** Every registered pattern, as the registry lists it (see `registeredPatterns`). */
export type RegisteredPattern = Pattern;

const REGISTRY = new Map<string, Pattern>();

// \p{L}, \P{Lu}, \p{Script=Latin} — a Unicode property escape
const PROPERTY_ESCAPE = /\\[pP]\{[A-Za-z_=]{1,40}\}/g;

/**
 * XRegExp expands `\p{…}` into explicit ranges (kilobytes per class: faster
 * for V8 than native property classes in lookbehinds, too large for recheck
 * to decide). For the audited spelling each one is swapped for a private-use
 * escape that XRegExp leaves alone, and swapped back after.
 */
function maskProperties(sources: string[]): { masked: string[]; restore(source: string): string } {
  const table: string[] = [];
  const masked = sources.map((s) =>
    s.replace(PROPERTY_ESCAPE, (token) => {
      let i = table.indexOf(token);
      if (i < 0) i = table.push(token) - 1;
      return `\\u${(0xe000 + i).toString(16).toUpperCase()}`;
    }),
  );
  const restore = (source: string): string =>
    table.reduce((out, token, i) => out.split(`\\u${(0xe000 + i).toString(16).toUpperCase()}`).join(token), source);
  return { masked, restore };
}

/** The key of a pattern in the ahead-of-time table: what was written, its flags and its parts. */
function keyOf(pattern: string, flags: string, parts: readonly string[] = []): string {
  const hash = createHash('sha1').update(pattern).update('\0').update(flags);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}

const KEYS = new Map<string, string>();

/**
 * Register a pattern from its native source, compiled by XRegExp now or ahead of time by the build. XRegExp did
 * the free-spacing, comments, composition and named groups (it numbers them and keeps the names aside); the
 * native engine runs the result directly, without XRegExp's per-call wrapper.
 */
function register(
  name: string,
  key: string,
  native: { source: string; flags: string; names: readonly (string | null)[]; starts?: StartRuns; lead?: number },
  audit: () => string,
): Pattern {
  if (REGISTRY.has(name)) throw new Error(`duplicate pattern name: ${name}`);
  const pattern = new Pattern(name, native.source, native.flags.replace('g', ''), native.names, audit, native.starts ?? null, native.lead ?? 0);
  KEYS.set(name, key);
  REGISTRY.set(name, pattern);
  return pattern;
}

/** What XRegExp compiled: its native source, flags and group names. */
function nativeOf(compiled: RegExp): { source: string; flags: string; names: (string | null)[] } {
  const names = (compiled as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames ?? [];
  return { source: compiled.source, flags: compiled.flags, names };
}

/** The ahead-of-time entry of a pattern when it is there and current (its key matches). */
function ahead(name: string, key: string): AheadEntry | null {
  const entry = AHEAD[name];
  return entry && entry.key === key ? entry : null;
}

/** Every registered pattern as the build writes it into dist/patterns/ahead.js (scripts/compile-patterns.mjs). */
export function aheadTable(): Record<string, AheadEntry> {
  return Object.fromEntries(
    [...REGISTRY.values()].map((p) => [p.name, { key: KEYS.get(p.name)!, source: p.source, flags: p.flags, names: [...p.names] }]),
  );
}

const flagsOf = (extra: string): string => [...new Set(`gxu${extra}`)].join('');

/** Compile and register a pattern. Flags: `g` is always added; `x` and `u` by default. */
export function vx(name: string, pattern: string, flags = ''): Pattern {
  const key = keyOf(pattern, flags);
  const audit = (): string => {
    const { masked, restore } = maskProperties([pattern]);
    return restore(XRegExp()(masked[0]!, flagsOf(flags)).source);
  };
  return register(name, key, ahead(name, key) ?? nativeOf(XRegExp()(pattern, flagsOf(flags))), audit);
}

/**
 * Compose a pattern from named fragments with `{{name}}` placeholders
 * (XRegExp.build), then register it like `vx`.
 */
export function vxBuild(name: string, pattern: string, parts: Record<string, string | Pattern>, flags = ''): Pattern {
  const names = Object.keys(parts);
  const texts = names.map((k) => {
    const part = parts[k]!;
    return typeof part === 'string' ? part : part.source;
  });
  const key = keyOf(pattern, flags, names.flatMap((k, i) => [k, texts[i]!]));
  const audit = (): string => {
    const { masked, restore } = maskProperties([pattern, ...texts]);
    const maskedParts = Object.fromEntries(names.map((k, i) => [k, masked[i + 1]!]));
    return restore(XRegExp().build(masked[0]!, maskedParts, flagsOf(flags)).source);
  };
  // a part that is a registered pattern goes to XRegExp as the RegExp it runs, as it always has
  const native = (): { source: string; flags: string; names: (string | null)[] } =>
    nativeOf(XRegExp().build(pattern, Object.fromEntries(names.map((k) => [k, asPart(parts[k]!)])), flagsOf(flags)));
  return register(name, key, ahead(name, key) ?? native(), audit);
}

const asPart = (part: string | Pattern): string | RegExp => (typeof part === 'string' ? part : part.regex);

/** Every pattern registered so far (modules register theirs at load time). */
export function registeredPatterns(): Pattern[] {
  return [...REGISTRY.values()];
}

export interface Match {
  index: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/**
 * How to fill a match's `groups` from its captures: each name once, in the order names first appear, with the
 * capture numbers that bear it (a name may stand in several alternatives; the last one that took part wins).
 * Read once per pattern, so that a match fills its groups without a lookup of the object it is building.
 */
interface GroupPlan {
  readonly names: readonly string[];
  /** Capture numbers (1-based) per name, in order. */
  readonly captures: readonly (readonly number[])[];
}
function planOf(names: readonly (string | null)[]): GroupPlan {
  const byName = new Map<string, number[]>();
  names.forEach((n, i) => {
    if (n === null) return;
    const list = byName.get(n);
    if (list) list.push(i + 1);
    else byName.set(n, [i + 1]);
  });
  return { names: [...byName.keys()], captures: [...byName.values()] };
}

function toMatch(m: RegExpExecArray, plan: GroupPlan): Match {
  const groups: Record<string, string | undefined> = {};
  const { names, captures } = plan;
  for (let k = 0; k < names.length; k++) {
    const numbers = captures[k]!;
    let value = m[numbers[0]!];
    for (let j = 1; j < numbers.length; j++) if (m[numbers[j]!] !== undefined) value = m[numbers[j]!];
    groups[names[k]!] = value;
  }
  return { index: m.index, text: m[0], groups };
}

/**
 * A reader that continues a pattern's match past its end, in code rather than in the pattern: for a tail that a
 * regex would spell as a lexicon-sized alternation (a body's level phrase, organizations/level.ts). It returns the
 * match continued (same start) or the match itself. `matchAll` and `matchAllNear` go on from the continued end, so a
 * pattern and its extension find exactly what the pattern with the tail written in as an optional last part finds
 * (an optional last part never makes the engine give up a match it found without it). It may also return null: a
 * reader behind a small gate pattern (organizations/chain.ts) rejects the gate's match there, and the scan goes on as
 * if the pattern had not matched at that position.
 */
export type MatchExtension = (text: string, match: Match) => Match | null;

/** All non-overlapping matches of `regex` in `text` from `from`, left to right (each continued by `extend`). */
export function* matchAll(pattern: Pattern, text: string, from = 0, extend?: MatchExtension): Generator<Match> {
  const { plan } = pattern;
  let pos = from;
  while (pos <= text.length) {
    const m = firstFrom(pattern, text, pos);
    if (!m) return;
    const found = extend ? extend(text, toMatch(m, plan)) : toMatch(m, plan);
    if (!found) {
      pos = m.index + 1;
      continue;
    }
    yield found;
    pos = found.text.length === 0 ? found.index + 1 : found.index + found.text.length;
  }
}

/**
 * The matches of `regex` in `text` that start at most `before` characters before one of `anchors` (positions,
 * ascending), left to right and without overlaps. When every match of the pattern starts within `before`
 * characters before an anchor (a rare literal the pattern needs, found first), this is exactly `matchAll`: the
 * pattern is tried, anchored, only in those windows instead of at every position of the text. `extend` continues
 * each match as in `matchAll`.
 */
export function* matchAllNear(pattern: Pattern, text: string, anchors: ArrayLike<number>, before: number, extend?: MatchExtension): Generator<Match> {
  const at = anchored(pattern);
  const starts = pattern.starts;
  let pos = 0;
  for (let k = 0; k < anchors.length; k++) {
    const anchor = anchors[k]!;
    if (anchor < pos) continue;
    let found: Match | null = null;
    for (let s = Math.max(pos, anchor - before); s <= anchor && !found; s++) {
      if (starts !== null && !mayStartAt(starts, text, s)) continue;
      found = at(text, s);
      if (found && extend) found = extend(text, found);
    }
    if (!found) {
      pos = anchor + 1;
      continue;
    }
    yield found;
    pos = found.text.length === 0 ? found.index + 1 : found.index + found.text.length;
  }
}

const CODE_CLASS_SIZE = 0x2000;

/**
 * Where a pattern's match can start, as tables of the code units below 0x2000 (what scripts/start-set.mjs reads off
 * the pattern at build time): `first` is 0 where no match starts with the unit, 1 where one may, 2 where one may only
 * if the unit before is not in `behind` (the pattern's leading lookbehind). A unit beyond the tables may start one.
 */
export interface StartFilter {
  readonly first: Uint8Array;
  readonly behind: Uint8Array | null;
}

/** Whether a match of the pattern whose filter is `starts` may start at `s` (false only where none can). */
export function mayStartAt(starts: StartFilter, text: string, s: number): boolean {
  const c = text.charCodeAt(s); // NaN past the end: not below the bound, so tried
  if (!(c < CODE_CLASS_SIZE)) return true;
  const may = starts.first[c];
  if (may !== 2) return may === 1;
  if (s === 0) return true;
  const b = text.charCodeAt(s - 1);
  return !(b < CODE_CLASS_SIZE && starts.behind![b] === 1);
}

// tables decoded once per runs array: patterns that start alike share one (the build writes each table once)
const decoded = new WeakMap<readonly number[], Uint8Array>();
function tableOf(runs: readonly number[]): Uint8Array {
  let table = decoded.get(runs);
  if (table) return table;
  table = new Uint8Array(CODE_CLASS_SIZE);
  let c = 0;
  for (let i = 0; i < runs.length; c += runs[i + 1]!, i += 2) if (runs[i] !== 0) table.fill(runs[i]!, c, c + runs[i + 1]!);
  // the build's table size (scripts/start-set.mjs TABLE_SIZE) must be this one, or the tables would be misread
  if (c !== CODE_CLASS_SIZE) throw new Error(`a start table of ${c} code units, not ${CODE_CLASS_SIZE}: rebuild with the same bound`);
  decoded.set(runs, table);
  return table;
}

/** A start filter from the build's runs (`StartRuns`). */
export function startFilterOf(runs: StartRuns): StartFilter {
  return { first: tableOf(runs.first), behind: runs.behind ? tableOf(runs.behind) : null };
}
/** The codes 0 to CODE_CLASS_SIZE - 1, one character each (built once, for every codeClass). */
let everyCode: string | null = null;

/**
 * A test for one UTF-16 code, read from a one-character pattern once: a table of the first 0x2000 code points
 * (Latin with every Vietnamese letter, combining marks), so a hot loop tests a character without the regex engine.
 * Codes beyond the table answer false.
 */
export function codeClass(pattern: Pattern): (code: number) => boolean {
  const table = codeTable(pattern);
  return (code) => code < CODE_CLASS_SIZE && table[code] === 1;
}

/** `codeClass`'s table itself (1 for a code in the class, below 0x2000), for a loop that reads it in place. */
export function codeTable(pattern: Pattern): Uint8Array {
  const table = new Uint8Array(CODE_CLASS_SIZE);
  const charPattern = pattern.regex; // its matches, one character each, read without Match objects
  const all = (everyCode ??= String.fromCharCode(...Array.from({ length: CODE_CLASS_SIZE }, (_, c) => c)));
  charPattern.lastIndex = 0;
  for (let m = charPattern.exec(all); m; m = charPattern.exec(all)) {
    table[m.index] = 1;
    if (m[0].length === 0) charPattern.lastIndex = m.index + 1;
  }
  return table;
}


/** The match of `regex` at exactly `pos` (sticky), or null. */
export function matchAt(pattern: Pattern, text: string, pos: number): Match | null {
  const { sticky, plan } = pattern;
  sticky.lastIndex = pos;
  const m = sticky.exec(text);
  return m ? toMatch(m, plan) : null;
}

/** `matchAt` for one pattern, looked up once: for callers that try it at many positions. */
export function anchored(pattern: Pattern): (text: string, pos: number) => Match | null {
  const { sticky, plan } = pattern;
  return (text, pos) => {
    sticky.lastIndex = pos;
    const m = sticky.exec(text);
    return m ? toMatch(m, plan) : null;
  };
}

/** Whether `regex` matches anywhere in `text`. */
export function test(pattern: Pattern, text: string): boolean {
  if (pattern.split !== null) return firstFrom(pattern, text, 0) !== null;
  const { regex } = pattern;
  regex.lastIndex = 0;
  return regex.test(text);
}

/**
 * The first match of the pattern in `text` at or after `pos` (lastIndex set before every exec: a caller may use the
 * same pattern between two steps). With a `split` (the build's `lead`), the rest of the pattern is scanned for and
 * the lookbehind tested where it matches: the rest matches wherever the whole does, with the same captures (a
 * lookbehind captures nothing), so the first place where both hold is the whole pattern's first match. A start
 * that fails goes on by one code point under `u`, as the engine's own scan does.
 */
export function firstFrom(pattern: Pattern, text: string, pos: number): RegExpExecArray | null {
  const split = pattern.split;
  if (split === null) {
    const { regex } = pattern;
    regex.lastIndex = pos;
    return regex.exec(text);
  }
  const { rest, lead, unicode } = split;
  for (let s = pos; s <= text.length; ) {
    rest.lastIndex = s;
    const m = rest.exec(text);
    if (!m) return null;
    lead.lastIndex = m.index;
    if (lead.test(text)) return m;
    s = m.index + (unicode && isPairAt(text, m.index) ? 2 : 1);
  }
  return null;
}

/** A surrogate pair (one astral code point) starts at `i`. */
function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

const ESCAPE_CHAR = 1;
const ESCAPE_CODE = 2;
/** For each ASCII code: 0 as it is, ESCAPE_CHAR (a metacharacter), ESCAPE_CODE (a space, `#`, `-`, `,`). */
const ESCAPE_ASCII = new Uint8Array(128);
for (const ch of '\\[]{}()*+?.^$|') ESCAPE_ASCII[ch.charCodeAt(0)] = ESCAPE_CHAR;
for (const ch of ' \t\n\v\f\r#-,') ESCAPE_ASCII[ch.charCodeAt(0)] = ESCAPE_CODE;
/** `\s` beyond ASCII: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
const isSpaceCode = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Escape a literal for use inside a pattern (also in `x` mode: spaces are escaped), exactly as XRegExp.escape
 * does (test/unit/regex-ahead.test.ts checks it), without loading XRegExp: lexicons escape thousands of names
 * at start-up.
 */
export function escapeLiteral(s: string): string {
  // one pass over the code units, without a regex: `[\\[\]{}()*+?.^$|]` → `\\$&`, `[\s#\-,]` → `\\uXXXX`
  let out = '';
  let done = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = c < 128 ? ESCAPE_ASCII[c]! : isSpaceCode(c) ? ESCAPE_CODE : 0;
    if (kind === 0) continue;
    out += s.slice(done, i) + (kind === ESCAPE_CHAR ? `\\${s[i]!}` : `\\u${c.toString(16).padStart(4, '0')}`);
    done = i + 1;
  }
  return done === 0 ? s : out + s.slice(done);
}

/** A space in a lexicon phrase: any run of 1–3 spaces in the text. */
const SPACE_RUN = '[ ]{1,3}';

/**
 * The key under which the engine may match a character case-insensitively (`iu`: simple case folding), for the
 * letters lexicons are written in (Latin up to U+024F, Latin Extended Additional with every Vietnamese letter) and
 * the currency signs (`₫`, `€`: no case, each its own key); null for any other character, which keeps its
 * alternation flat. Lower case is the folding there, but for `ſ` and `ẛ`, which fold to `s` and `ṡ`.
 */
function foldKey(ch: string): string | null {
  let key = FOLD_KEYS.get(ch);
  if (key === undefined) {
    const cp = ch.codePointAt(0)!;
    if (CASELESS_SYMBOLS(cp)) key = ch;
    else if (!(cp <= 0x24f || (cp >= 0x1e00 && cp <= 0x1eff))) key = null;
    else key = ch === 'ſ' ? 's' : ch === 'ẛ' ? 'ṡ' : ch.toLowerCase();
    FOLD_KEYS.set(ch, key);
  }
  return key;
}
const FOLD_KEYS = new Map<string, string | null>();
/** The Currency Symbols block (U+20A0–U+20CF): signs without case, none the case partner of another character. */
const CASELESS_SYMBOLS = (cp: number): boolean => cp >= 0x20a0 && cp <= 0x20cf;

/** A literal from `depth` on, escaped character by character (`escapeLiteral` escapes each on its own), its spaces any run of 1–3 spaces. */
function literalFrom(word: string, depth: number): string {
  let out = '';
  for (let i = depth; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === ' ') out += SPACE_RUN;
    else {
      let escaped = ESCAPED.get(ch);
      if (escaped === undefined) ESCAPED.set(ch, (escaped = escapeLiteral(ch)));
      out += escaped;
    }
  }
  return out;
}
const ESCAPED = new Map<string, string>();

/**
 * Ordered alternatives (words whose every character is one code unit with a fold key) as a pattern that tries
 * them in the same order but reads each shared beginning once: `tấn|tạ|ha` → `t(?:ấn|ạ)|ha`. Alternatives
 * whose first characters fold to different keys can never both match at one position (an empty one, a word that
 * ended, matches anywhere, so groups never move across it), so gathering each key's alternatives where its first
 * one stood keeps the order in which the engine tries those that can match: the same match, and the same
 * backtracking, as the flat list. A key whose alternatives start with different characters (`EUR`, `euro`: one
 * key, case-insensitively) keeps their order, sharing a first character only between neighbours.
 */
function factor(alternatives: readonly string[], depth: number): string {
  const parts: string[] = [];
  let segment: string[] = [];
  // a run of alternatives with the same first character: their whole common prefix written once
  const shared = (run: readonly string[]): string => {
    if (run.length === 1) return literalFrom(run[0]!, depth);
    const first = run[0]!;
    let end = depth + 1;
    while (end < first.length && run.every((alt) => alt.length > end && alt[end] === first[end])) end++;
    return `${literalFrom(first.slice(0, end), depth)}${factor(run, end)}`;
  };
  const flush = (): void => {
    const groups = new Map<string, string[]>();
    for (const alt of segment) {
      const key = foldKey(alt[depth]!)!;
      const group = groups.get(key);
      if (group) group.push(alt);
      else groups.set(key, [alt]);
    }
    for (const group of groups.values()) {
      // one key, different first characters (`EUR`, `euro`): both may match under case folding, so the order
      // stays as it is, and only neighbours that start with the same character share it
      for (let k = 0; k < group.length; ) {
        let end = k + 1;
        while (end < group.length && group[end]![depth] === group[k]![depth]) end++;
        parts.push(shared(end - k === group.length ? group : group.slice(k, end)));
        k = end;
      }
    }
    segment = [];
  };
  for (const alt of alternatives) {
    if (alt.length > depth) segment.push(alt);
    else {
      flush();
      parts.push('');
    }
  }
  flush();
  return parts.length === 1 && depth > 0 && parts[0] !== '' && !parts[0]!.includes('|') ? parts[0]! : `(?:${parts.join('|')})`;
}

/**
 * An alternation of literals, longest first, each escaped; spaces match any run of 1–3 spaces. Alternatives that
 * share their first characters are written once (`factor`): the same matches, tried in the same order, but a
 * failing position costs the engine one test per distinct first character instead of one per word.
 */
/** The most words `alternation` factors (the longest list factored today: the noun phrase's 190 stop words). */
const FACTOR_AT_MOST = 200;

/** The order in which `alternation(words)` has the engine try its words: each once, longest first, then by code units. */
export const alternationOrder = (words: Iterable<string>): string[] =>
  [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

export function alternation(words: Iterable<string>): string {
  const unique = alternationOrder(words);
  const plain = (w: string): boolean => {
    for (let i = 0; i < w.length; i++) if (w[i] !== ' ' && foldKey(w[i]!) === null) return false; // a surrogate has none either
    return w.length > 0;
  };
  // a long lexicon of names stays flat: written once per process at start-up, factoring it costs more than it saves.
  // The statistics' stop words (190) and currencies (103) are factored: ~0.5 ms once, against the noun phrase's
  // every word and every amount's unit (statistics' count and ratios tried ~30% faster, issue 14)
  if (unique.length > FACTOR_AT_MOST || !unique.every(plain)) return `(?:${unique.map((w) => literalFrom(w, 0)).join('|')})`;
  return factor(unique, 0);
}

/** The most characters `alternation(words)` can match: its longest word, each space counted as the three it may stand for. */
export const longestAlternative = (words: Iterable<string>): number => Math.max(...[...words].map((w) => w.length + 2 * (w.split(' ').length - 1)));

/** Boundaries that treat Vietnamese letters as letters (never \b or \W). */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
