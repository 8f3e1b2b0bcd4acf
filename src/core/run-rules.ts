/**
 * The only match loop: every rule of an extractor over the match view,
 * matches inside page furniture dropped, each match resolved to mentions;
 * then the extractor's refiners, in order.
 */
import { matchAll, type Match } from '../patterns/regex.js';
import type { Category, ExplainEntry, MentionBase, MentionOf } from '../types.js';
import { stateKey, type Context, type Extractor, type Resolved, type Rule, type Span } from './define-extractor.js';
import { compileTrigger, indexCurrent, indexTriggers, matchAtTriggers, triggerPositions, type TriggerIndex } from './triggers.js';
import { overlapsAny } from './spans.js';

/** An extractor over one document: its rules, then its refiners in order. */
export function runExtractor<C extends Category>(extractor: Extractor<C>, ctx: Context): MentionOf[C][] {
  let mentions = runRules(extractor, ctx);
  for (const refiner of extractor.refiners) {
    const before = mentions;
    mentions = refiner.refine(mentions, ctx);
    if (ctx.explain) mentions = explainStep(extractor.category, refiner.name, before, mentions, ctx.explain);
  }
  return mentions;
}

const spanKey = (m: Span): string => `${m.start}:${m.end}`;

/**
 * Provenance of one refiner step: a mention of `before` that is not in
 * `after` was removed, or changed when a mention of the same span took its
 * place (which keeps its rule); a mention new to `after` was made by the refiner.
 */
function explainStep<M extends MentionBase>(category: string, step: string, before: readonly M[], after: M[], explain: (e: ExplainEntry) => void): M[] {
  const kept = new Set<M>(after);
  const afterBySpan = new Map(after.map((m) => [spanKey(m), m]));
  const ruleBySpan = new Map<string, string | undefined>();
  for (const m of before) {
    if (kept.has(m)) continue;
    const successor = afterBySpan.get(spanKey(m));
    const action = successor ? 'changed' : 'removed';
    if (successor) ruleBySpan.set(spanKey(m), m.rule);
    explain({ step, action, category, text: m.text, start: m.start, end: m.end, ...(m.rule ? { rule: m.rule } : {}) });
  }
  const previous = new Set<M>(before);
  return after.map((m) => (previous.has(m) || m.rule ? m : withRule(m, ruleBySpan.get(spanKey(m)) ?? step)));
}

/** The mention with its `rule` right after `end`, where the record schema puts it. */
function withRule<M extends MentionBase>(m: M, rule: string): M {
  const { text, start, end, ...fields } = m;
  return { text, start, end, rule, ...fields } as unknown as M;
}

/** The document's trigger index, built by the first rule that needs it (again if a trigger was compiled since). */
const TRIGGER_INDEX = stateKey('core/trigger-index', (): { index: TriggerIndex | null } => ({ index: null }));

/**
 * The raw matches of one rule in the match view: at its trigger positions (core/triggers.ts), or over the whole
 * text when it has no trigger or `ctx.wholeText` asks for the reference path, each continued by the rule's `extend`.
 * Both give the same list.
 */
export function ruleMatches(rule: Pick<Rule<MentionBase>, 'pattern' | 'trigger' | 'extend'>, ctx: Context): Iterable<Match> {
  if (!rule.trigger || ctx.wholeText) return matchAll(rule.pattern, ctx.view, 0, rule.extend);
  const trigger = compileTrigger(rule.trigger);
  const slot = ctx.state.get(TRIGGER_INDEX);
  if (!slot.index || !indexCurrent(slot.index)) slot.index = indexTriggers(ctx.view);
  return matchAtTriggers(rule.pattern, ctx.view, triggerPositions(slot.index, trigger), trigger.before, rule.extend);
}

/**
 * Compile the triggers of every rule of the extractors about to run, before any of them builds the document's trigger
 * index: the index then covers them all and is built once. (A trigger compiled after the index was built makes the
 * next rule build it again: in a process's first document every extractor compiled its own, and a 64 MB gazette was
 * indexed four times.)
 */
export function compileTriggers(extractors: readonly Pick<Extractor<Category>, 'rules'>[]): void {
  for (const extractor of extractors) for (const rule of extractor.rules) if (rule.trigger) compileTrigger(rule.trigger);
}

export function runRules<C extends Category>(extractor: Extractor<C>, ctx: Context): MentionOf[C][] {
  const out: MentionOf[C][] = [];
  for (const rule of extractor.rules) if (rule.trigger) compileTrigger(rule.trigger); // the index then covers them all
  for (const rule of extractor.rules) {
    const name = ctx.explain ? rule.name : undefined;
    for (const m of ruleMatches(rule, ctx)) {
      const start = m.index;
      const end = m.index + m.text.length;
      // the span and the rule match as literals of one shape each (no spread): this runs once per match
      const span = { start, end };
      if (end === start || overlapsAny(span, ctx.boilerplate)) continue;
      const resolved = rule.resolve({ start, end, text: ctx.text.slice(start, end), groups: m.groups }, ctx);
      if (!resolved) continue;
      if (Array.isArray(resolved)) for (const r of resolved) keep(out, toMention<C>(r, span, ctx.text, name), ctx);
      else keep(out, toMention<C>(resolved, span, ctx.text, name), ctx);
    }
  }
  return out;
}

/** Add a mention unless it is empty or inside page furniture. */
function keep<C extends Category>(out: MentionOf[C][], mention: MentionOf[C], ctx: Context): void {
  if (mention.end > mention.start && !overlapsAny(mention, ctx.boilerplate)) out.push(mention);
}

/**
 * A resolved match as a mention: its text, start and end (the match's unless the resolver moved them), the rule
 * (when explaining), then the resolver's other fields in their order. Copied key by key rather than with a rest
 * pattern and spreads, which V8 runs through a generic runtime copy for every mention.
 */
function toMention<C extends Category>(
  r: Resolved<MentionOf[C]>,
  matchSpan: { start: number; end: number },
  text: string,
  rule: string | undefined,
): MentionOf[C] {
  const fields = r as Record<string, unknown>;
  const start = fields.start === undefined ? matchSpan.start : (fields.start as number);
  const end = fields.end === undefined ? matchSpan.end : (fields.end as number);
  const mention: Record<string, unknown> = { text: text.slice(start, end), start, end };
  if (rule) mention.rule = rule;
  for (const key in fields) if (key !== 'start' && key !== 'end' && Object.hasOwn(fields, key)) mention[key] = fields[key];
  return mention as unknown as MentionOf[C];
}
