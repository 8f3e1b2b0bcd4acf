/**
 * The trigger pass against the whole-text scan, rule by rule: both raw match lists of every rule with a trigger,
 * on one text. A difference means a trigger misses a place where the pattern matches (or the engine is wrong).
 */
import { newDocState, type Context, type Rule } from '../../src/core/define-extractor.js';
import { matchView, normalizeText } from '../../src/core/normalize.js';
import { ruleMatches } from '../../src/core/run-rules.js';
import { EXTRACTORS } from '../../src/pipeline/extractors.js';
import { matchAll, type Match } from '../../src/patterns/regex.js';
import type { MentionBase } from '../../src/types.js';

export const TRIGGERED_RULES: Rule<MentionBase>[] = Object.values(EXTRACTORS).flatMap((e) =>
  (e.rules as readonly Rule<MentionBase>[]).filter((r) => r.trigger !== undefined),
);

/** A match as a comparable line: where, what, and every group. */
const line = (m: Match): string => JSON.stringify([m.index, m.text, m.groups]);

export interface RuleDifference {
  rule: string;
  whole: string[];
  triggered: string[];
}

/** Every triggered rule whose matches on `raw` differ between the two paths (empty matches are never mentions). */
export function differingRules(raw: string): RuleDifference[] {
  const view = matchView(normalizeText(raw, { tone: 'traditional' }), 'traditional');
  const ctx = { text: view, view, state: newDocState() } as unknown as Context;
  const out: RuleDifference[] = [];
  for (const rule of TRIGGERED_RULES) {
    const whole = [...matchAll(rule.pattern, view, 0, rule.extend)].filter((m) => m.text.length > 0).map(line);
    const triggered = [...ruleMatches(rule, ctx)].filter((m) => m.text.length > 0).map(line);
    if (whole.join('\n') !== triggered.join('\n')) {
      out.push({ rule: rule.name, whole: whole.filter((l) => !triggered.includes(l)), triggered: triggered.filter((l) => !whole.includes(l)) });
    }
  }
  return out;
}
