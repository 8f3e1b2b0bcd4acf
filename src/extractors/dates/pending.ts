/**
 * The walk the placeholder refiners share: a rule that cannot give a value yet places its mention with what it
 * waits for (a year, the reported period) in a per-document map keyed by span (`spanKey`); the refiner replaces
 * each such mention by what it makes of it, and leaves the others as they are, in order.
 */
import type { DateMention } from '../../types.js';
import { spanKey } from './rules.js';

/** `mentions` with each one waiting in `waiting` replaced by `settle`'s mentions (none drops it). */
export function replacePending<V>(
  mentions: readonly DateMention[],
  waiting: ReadonlyMap<string, V>,
  settle: (m: DateMention, spec: V) => readonly DateMention[],
): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const spec = waiting.get(spanKey(m.start, m.end));
    if (spec === undefined) out.push(m);
    else out.push(...settle(m, spec));
  }
  return out;
}
