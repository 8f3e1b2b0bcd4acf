/**
 * The only match loop: every rule of an extractor over the match view,
 * matches inside page furniture dropped, each match resolved to mentions;
 * then the extractor's refiners, in order.
 */
import { matchAll } from '../patterns/regex.js';
import type { Category, MentionOf } from '../types.js';
import type { Context, Extractor, Resolved } from './define-extractor.js';
import { overlapsAny } from './spans.js';

/** An extractor over one document: its rules, then its refiners in order. */
export function runExtractor<C extends Category>(extractor: Extractor<C>, ctx: Context): MentionOf[C][] {
  let mentions = runRules(extractor, ctx);
  for (const refiner of extractor.refiners) mentions = refiner.refine(mentions, ctx);
  return mentions;
}

export function runRules<C extends Category>(extractor: Extractor<C>, ctx: Context): MentionOf[C][] {
  const out: MentionOf[C][] = [];
  for (const rule of extractor.rules) {
    for (const m of matchAll(rule.pattern, ctx.view)) {
      const span = { start: m.index, end: m.index + m.text.length };
      if (span.end === span.start || overlapsAny(span, ctx.boilerplate)) continue;
      const resolved = rule.resolve({ ...span, text: ctx.text.slice(span.start, span.end), groups: m.groups }, ctx);
      if (!resolved) continue;
      for (const r of Array.isArray(resolved) ? resolved : [resolved]) {
        const mention = toMention<C>(r, span, ctx.text);
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
): MentionOf[C] {
  const { start = matchSpan.start, end = matchSpan.end, ...fields } = r as Resolved<MentionOf[C]> & { start?: number; end?: number };
  return { text: text.slice(start, end), start, end, ...fields } as unknown as MentionOf[C];
}
