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

export function runRules<C extends Category>(extractor: Extractor<C>, ctx: Context): MentionOf[C][] {
  const out: MentionOf[C][] = [];
  for (const rule of extractor.rules) if (rule.trigger) compileTrigger(rule.trigger); // the index then covers them all
  for (const rule of extractor.rules) {
    for (const m of ruleMatches(rule, ctx)) {
      const span = { start: m.index, end: m.index + m.text.length };
      if (span.end === span.start || overlapsAny(span, ctx.boilerplate)) continue;
      const resolved = rule.resolve({ ...span, text: ctx.text.slice(span.start, span.end), groups: m.groups }, ctx);
      if (!resolved) continue;
      for (const r of Array.isArray(resolved) ? resolved : [resolved]) {
        const mention = toMention<C>(r, span, ctx.text, ctx.explain ? rule.name : undefined);
        if (mention.end > mention.start && !overlapsAny(mention, ctx.boilerplate)) out.push(mention);
      }
    }
  }
  return out;
}

function toMention<C extends Category>(
  r: Resolved<MentionOf[C]>,
  matchSpan: { start: number; end: number },
  text: string,
  rule: string | undefined,
): MentionOf[C] {
  const { start = matchSpan.start, end = matchSpan.end, ...fields } = r as Resolved<MentionOf[C]> & { start?: number; end?: number };
  return { text: text.slice(start, end), start, end, ...(rule ? { rule } : {}), ...fields } as unknown as MentionOf[C];
}
