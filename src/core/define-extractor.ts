/**
 * The contracts every extractor is built from (chrono's parsers and
 * refiners, attw's defineCheck): a Rule turns one regex match into zero or
 * more mentions, or rejects it with null; a Refiner maps the whole list to a
 * new one; an Extractor is an ordered list of rules plus an ordered, named
 * list of refiners, so a reader sees in one place what runs after the rules.
 */
import type { MatchExtension, Pattern } from '../patterns/regex.js';
import type { Trigger } from './triggers.js';
import type { Category, ExplainEntry, MentionBase, MentionOf, Meta, Warning } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

/** What the pipeline knows about a document while extracting. Pure data, no I/O, no clock. */
export interface Context {
  /** The normalized text: every offset points here, and `mention.text === text.slice(start, end)`. */
  readonly text: string;
  /** The view the rules match against: same length as `text`, tone placement folded to the traditional style. */
  readonly view: string;
  /** Spans of page furniture: no mention may overlap one. Sorted by start. */
  readonly boilerplate: readonly Span[];
  /** The article header summed up (title, published, author, outlet). */
  readonly meta: Meta;
  /** ISO date (YYYY-MM-DD) that year-less dates resolve against: `--ref-date`, else `meta.published`, else null. */
  readonly refDate: string | null;
  /** Mentions found by extractors that ran before this one (see `dependsOn`), after cross-category precedence. */
  readonly found: Partial<{ [C in Category]: MentionOf[C][] }>;
  /** Per-document state that rules hand to refiners (one store per document; never module-level). */
  readonly state: DocState;
  /** Run every rule over the whole text, ignoring triggers: the reference path the trigger pass is tested against. */
  readonly wholeText?: boolean;
  warn(warning: Warning): void;
  /** With `--explain`: told of every mention a refiner removes or changes; mentions then carry their `rule`. */
  explain?(entry: ExplainEntry): void;
}

/** A named slot of per-document state, declared by the module that owns it. */
export interface StateKey<T> {
  readonly name: string;
  /** The slot's value before anything was stored in it. */
  readonly init: () => T;
}
export const stateKey = <T>(name: string, init: () => T): StateKey<T> => ({ name, init });

/** Per-document state: each slot is created from its key's `init` on first use. */
export interface DocState {
  get<T>(key: StateKey<T>): T;
}

export function newDocState(): DocState {
  const slots = new Map<StateKey<unknown>, unknown>();
  return {
    get<T>(key: StateKey<T>): T {
      if (!slots.has(key)) slots.set(key, key.init());
      return slots.get(key) as T;
    },
  };
}

export interface RuleMatch extends Span {
  /** `ctx.text.slice(start, end)` */
  text: string;
  /** Named groups, read from the match view. */
  groups: Record<string, string | undefined>;
  /** Offsets of named groups are not given by the engine; rules that need one find it in `text`. */
}

/**
 * What a rule produces: the category's fields, and optionally a narrower span
 * than the whole match (a title's body, one conjunct of a coordination).
 * `text` is always filled in by the engine from the span.
 */
export type Resolved<M extends MentionBase> = Omit<M, keyof MentionBase> & Partial<Span>;

export interface Rule<M extends MentionBase> {
  /** `<category>/<kebab-case>`, unique; kept as provenance. */
  name: string;
  /** Built once at module load with `vx` (patterns/regex.ts). */
  pattern: Pattern;
  /**
   * Where a match can start (core/triggers.ts): the pattern runs only there, not over the whole text. Every
   * position where the pattern can match must be covered (test/trigger-equivalence.test.ts checks it); without a
   * trigger the pattern scans the whole text.
   */
  trigger?: Trigger;
  /**
   * Continues each match of `pattern` past its end, in code (patterns/regex.ts `MatchExtension`): an optional tail
   * too big to spell in the pattern, such as the level phrase after a body's name, read by a word trie instead of an
   * alternation of every province and district (organizations/level.ts). The trigger pass and the whole-text scan
   * both continue a match before going on from its end, so the rule matches what the pattern would with the tail
   * written in as an optional last part. Resolvers and refiners see the continued match. An extension that returns
   * null rejects the match at that position, as if the pattern had not matched there: a small gate pattern and a
   * reader in code then act as one pattern (the organizations chain: organizations/chain.ts).
   */
  extend?: MatchExtension;
  /** Turn a match into mentions; null or [] rejects it (and may `ctx.warn`). */
  resolve(match: RuleMatch, ctx: Context): Resolved<M> | Resolved<M>[] | null;
}

/** A whole-list step after the rules: drop overlaps, merge neighbours, link coreferences, settle years. */
export interface Refiner<M extends MentionBase> {
  /** `<category>/<kebab-case>`, unique; listed by `--explain` when it removes or changes a mention. */
  name: string;
  refine(mentions: M[], ctx: Context): M[];
}

export interface Extractor<C extends Category> {
  category: C;
  /** Categories whose mentions this extractor reads from `ctx.found`; the pipeline runs them first. */
  dependsOn?: readonly Category[];
  rules: readonly Rule<MentionOf[C]>[];
  /** Run in order after the rules, each over the whole list. */
  refiners: readonly Refiner<MentionOf[C]>[];
}

/**
 * The extractor as declared, with each rule and refiner copied into one shape: the same keys in the same order, an
 * absent `trigger` or `extend` as undefined. The match loop (core/run-rules.ts) reads a rule's fields for every rule
 * and match; over rules written as literals of a dozen shapes, V8 compiled those reads as its megamorphic lookup.
 */
export const defineExtractor = <C extends Category>(extractor: Extractor<C>): Extractor<C> => ({
  category: extractor.category,
  dependsOn: extractor.dependsOn,
  rules: extractor.rules.map((r) => ({ name: r.name, pattern: r.pattern, trigger: r.trigger, extend: r.extend, resolve: r.resolve })),
  refiners: extractor.refiners.map((r) => ({ name: r.name, refine: r.refine })),
});
