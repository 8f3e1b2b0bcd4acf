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
 * Conventions: named groups only; bounded quantifiers (`\d{1,15}`, `[ ]{0,3}`)
 * wherever a run can touch another run of the same class, which keeps the
 * patterns linear and lets recheck prove it with its automaton checker.
 */
import XRegExp from 'xregexp';

export interface RegisteredPattern {
  name: string;
  /** What runs: XRegExp's compilation (Unicode properties expanded to explicit character ranges). */
  regex: RegExp;
  /**
   * The same expression with Unicode properties kept as native `\p{…}`
   * (free-spacing and comments removed, groups unnamed): what the ReDoS audit
   * checks. It matches exactly what `regex` matches; only the spelling of the
   * character classes differs, which keeps recheck's automata small enough to decide.
   */
  auditSource: string;
  flags: string;
}

const REGISTRY = new Map<string, RegisteredPattern>();

// \p{L}, \P{Lu}, \p{Script=Latin} — a Unicode property escape
const PROPERTY_ESCAPE = /\\[pP]\{[A-Za-z_=]{1,40}\}/g;

/** Swap each `\p{…}` for a private-use escape that XRegExp leaves alone; `restore` swaps them back. */
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

function register(name: string, regex: RegExp, auditSource: string): RegExp {
  if (REGISTRY.has(name)) throw new Error(`duplicate pattern name: ${name}`);
  REGISTRY.set(name, { name, regex, auditSource, flags: regex.flags.replace('g', '') });
  return regex;
}

const flagsOf = (extra: string): string => [...new Set(`gxu${extra}`)].join('');

/** Compile and register a pattern. Flags: `g` is always added; `x` and `u` by default. */
export function vx(name: string, pattern: string, flags = ''): RegExp {
  const regex = XRegExp(pattern, flagsOf(flags));
  const { masked, restore } = maskProperties([pattern]);
  return register(name, regex, restore(XRegExp(masked[0]!, flagsOf(flags)).source));
}

/**
 * Compose a pattern from named fragments with `{{name}}` placeholders
 * (XRegExp.build), then register it like `vx`.
 */
export function vxBuild(name: string, pattern: string, parts: Record<string, string | RegExp>, flags = ''): RegExp {
  const regex = XRegExp.build(pattern, parts, flagsOf(flags));
  const names = Object.keys(parts);
  const texts = names.map((k) => {
    const part = parts[k]!;
    return typeof part === 'string' ? part : part.source;
  });
  const { masked, restore } = maskProperties([pattern, ...texts]);
  const maskedParts = Object.fromEntries(names.map((k, i) => [k, masked[i + 1]!]));
  return register(name, regex, restore(XRegExp.build(masked[0]!, maskedParts, flagsOf(flags)).source));
}

/** Every pattern registered so far (modules register theirs at load time). */
export function registeredPatterns(): RegisteredPattern[] {
  return [...REGISTRY.values()];
}

export interface Match {
  index: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/** All non-overlapping matches of `regex` in `text` from `from`, left to right. */
export function* matchAll(regex: RegExp, text: string, from = 0): Generator<Match> {
  let pos = from;
  while (pos <= text.length) {
    const m = XRegExp.exec(text, regex, pos) as (RegExpExecArray & { groups?: Record<string, string | undefined> }) | null;
    if (!m) return;
    yield { index: m.index, text: m[0], groups: { ...(m.groups ?? {}) } };
    pos = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
  }
}

/** The first match of `regex` at exactly `pos` (sticky), or null. */
export function matchAt(regex: RegExp, text: string, pos: number): Match | null {
  const m = XRegExp.exec(text, regex, pos, 'sticky') as (RegExpExecArray & { groups?: Record<string, string | undefined> }) | null;
  if (!m) return null;
  return { index: m.index, text: m[0], groups: { ...(m.groups ?? {}) } };
}

/** Test without the `g` flag's lastIndex state. */
export function test(regex: RegExp, text: string): boolean {
  return XRegExp.test(text, regex, 0);
}

/** Escape a literal for use inside a pattern (also in `x` mode: spaces are escaped). */
export function escapeLiteral(s: string): string {
  return XRegExp.escape(s);
}

/** An alternation of literals, longest first, each escaped; spaces match any run of 1–3 spaces. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => w.split(' ').map(escapeLiteral).join('[ ]{1,3}')).join('|')})`;
}

/** Boundaries that treat Vietnamese letters as letters (never \b or \W). */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
