/**
 * Abbreviations a text defines and uses again: `Ngân hàng phát triển nhà Đồng
 * bằng sông Cửu Long (MHB)` defines `MHB`, and every other `MHB` of the text
 * (the headline's included) names the same body. A definition is a mention
 * whose text is its own `abbr` and whose `name` is longer (the parenthesized
 * abbreviation after a name, named.ts).
 */
import type { Context } from '../../core/define-extractor.js';
import { CITY_TOKENS, LEVEL_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { OverlapSet, bySpan, overlapsAny } from '../../core/spans.js';
import type { OrganizationMention } from '../../types.js';

const isWordChar = (c: string | undefined): boolean => c !== undefined && (c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9'));

export function useDefinedAbbreviations(mentions: OrganizationMention[], ctx: Context): OrganizationMention[] {
  const defined = new Map<string, OrganizationMention>();
  for (const m of mentions) if (m.abbr !== null && m.text === m.abbr && m.name !== m.abbr && m.abbr.length >= 2) defined.set(m.abbr, m);
  if (defined.size === 0) return mentions;
  const sorted = [...mentions].sort(bySpan);
  const added: OrganizationMention[] = [];
  // the uses added so far, of every abbreviation: in text order for each, not across them (a binary search over
  // them as one sorted list missed a use of one abbreviation overlapping a later-found use of another)
  const taken = new OverlapSet();
  for (const [abbr, def] of defined) {
    for (let at = ctx.text.indexOf(abbr); at >= 0; at = ctx.text.indexOf(abbr, at + abbr.length)) {
      const span = { start: at, end: at + abbr.length };
      if (isWordChar(ctx.text[at - 1]) || isWordChar(ctx.text[span.end])) continue;
      if (overlapsAny(span, sorted) || taken.overlapsAny(span.start, span.end) || overlapsAny(span, ctx.boilerplate)) continue;
      added.push({ ...def, text: abbr, ...span });
      taken.add(span);
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort(bySpan);
}

const isUpperChar = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * A parenthesized abbreviation right after a body's name is a mention of its own with the same name
 * (docs/decisions.md): `Cơ quan CSĐT Bộ Công an (C46)` gives `C46`, as named.ts does for the names it reads.
 * An abbreviation is capitals and digits (2–8 characters, a capital first); a place in parentheses (`(TP.HCM)`,
 * `(Q.5)`) and the country (`(VN)`) are none.
 */
export function trailingAbbreviations(mentions: OrganizationMention[], ctx: Context): OrganizationMention[] {
  const sorted = [...mentions].sort(bySpan);
  const added: OrganizationMention[] = [];
  for (const m of sorted) {
    let p = m.end;
    if (ctx.text[p] !== ' ' || ctx.text[p + 1] !== '(') continue;
    p += 2;
    let e = p;
    while (e < ctx.text.length && e - p <= 8 && (isUpperChar(ctx.text[e]!) || (ctx.text[e]! >= '0' && ctx.text[e]! <= '9'))) e++;
    if (ctx.text[e] !== ')' || e - p < 2 || !isUpperChar(ctx.text[p]!)) continue;
    const abbr = ctx.text.slice(p, e);
    if (abbr === 'VN' || CITY_TOKENS[abbr] || Object.keys(LEVEL_ABBREVIATIONS).some((k) => abbr.startsWith(k))) continue;
    const span = { start: p, end: e };
    if (overlapsAny(span, sorted) || overlapsAny(span, ctx.boilerplate)) continue;
    added.push({ ...m, text: abbr, ...span, abbr });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort(bySpan);
}
