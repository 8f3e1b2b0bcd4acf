/**
 * Abbreviations a text defines and uses again: `Ngân hàng phát triển nhà Đồng
 * bằng sông Cửu Long (MHB)` defines `MHB`, and every other `MHB` of the text
 * (the headline's included) names the same body. A definition is a mention
 * whose text is its own `abbr` and whose `name` is longer (the parenthesized
 * abbreviation after a name, named.ts).
 */
import type { Context } from '../../core/define-extractor.js';
import { bySpan, overlapsAny } from '../../core/spans.js';
import type { OrganizationMention } from '../../types.js';

const isWordChar = (c: string | undefined): boolean => c !== undefined && (c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9'));

export function useDefinedAbbreviations(mentions: OrganizationMention[], ctx: Context): OrganizationMention[] {
  const defined = new Map<string, OrganizationMention>();
  for (const m of mentions) if (m.abbr !== null && m.text === m.abbr && m.name !== m.abbr && m.abbr.length >= 2) defined.set(m.abbr, m);
  if (defined.size === 0) return mentions;
  const sorted = [...mentions].sort(bySpan);
  const added: OrganizationMention[] = [];
  for (const [abbr, def] of defined) {
    for (let at = ctx.text.indexOf(abbr); at >= 0; at = ctx.text.indexOf(abbr, at + abbr.length)) {
      const span = { start: at, end: at + abbr.length };
      if (isWordChar(ctx.text[at - 1]) || isWordChar(ctx.text[span.end])) continue;
      if (overlapsAny(span, sorted) || overlapsAny(span, added) || overlapsAny(span, ctx.boilerplate)) continue;
      added.push({ ...def, text: abbr, ...span });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort(bySpan);
}
