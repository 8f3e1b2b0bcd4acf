/**
 * The two contracts every extractor is built from (chrono's parsers and
 * refiners, attw's defineCheck): a Rule turns one regex match into zero or
 * more mentions, or rejects it with null; an Extractor is an ordered list of
 * rules plus an optional refine step over the whole list.
 */
import type { Category, MentionBase, MentionOf, Meta, Warning } from '../types.js';

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
  /** Mentions found by extractors that ran before this one (see `dependsOn`). */
  readonly found: Partial<{ [C in Category]: MentionOf[C][] }>;
  warn(warning: Warning): void;
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
  pattern: RegExp;
  /** Turn a match into mentions; null or [] rejects it (and may `ctx.warn`). */
  resolve(match: RuleMatch, ctx: Context): Resolved<M> | Resolved<M>[] | null;
}

export interface Extractor<C extends Category> {
  category: C;
  /** Categories whose mentions this extractor reads from `ctx.found`; the pipeline runs them first. */
  dependsOn?: readonly Category[];
  rules: readonly Rule<MentionOf[C]>[];
  /** Whole-list step after the rules: merge neighbours, link coreferences, check weekdays. */
  refine?(mentions: MentionOf[C][], ctx: Context): MentionOf[C][];
}

/** Identity, for type inference. */
export const defineExtractor = <C extends Category>(extractor: Extractor<C>): Extractor<C> => extractor;
