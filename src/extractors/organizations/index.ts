/**
 * The organizations extractor (ANNOTATION.md §organizations): Party, State,
 * Front and mass-organization bodies, canonical and leveled.
 */
import { defineExtractor, type Context } from '../../core/define-extractor.js';
import { longestWins } from '../../core/spans.js';
import type { OrganizationMention } from '../../types.js';
import { capitalsView } from './capitals.js';
import { trailingAbbreviations, useDefinedAbbreviations } from './defined-abbreviations.js';
import { parseChain, readLevel } from './parse.js';
import { ORGANIZATION_RULES } from './rules.js';

/** Separators of a coordination: `HĐND và UBND tỉnh`, `Ban Chỉ đạo ..., Ban chỉ đạo ... tỉnh`. */
const COORDINATORS = new Set([',', 'và']);
const PSF = new Set<OrganizationMention['kind']>(['party', 'state', 'front']);

/**
 * A level phrase that closes a coordination applies to every conjunct that has
 * none (gold/DECISIONS.md): in `HĐND và UBND tỉnh`, `HĐND` is `Hội đồng nhân dân tỉnh`.
 */
const headWord = (name: string): string => name.split(' ')[0]!;

export function spreadLevel(mentions: OrganizationMention[], ctx: Context): OrganizationMention[] {
  const out = [...mentions];
  let carry: { phrase: string; level: OrganizationMention['level']; location: string | null; head: string } | null = null;
  // names in capitals are read in the folded view (capitals.ts), made only when a name is parsed or a
  // coordinator written in capitals is read: folding changes case, and a line break inside a run to a space
  let folded: string | null = null;
  const view = (): string => (folded ??= capitalsView(ctx));
  /** Whether the mention at `i` is joined to the one after it by a coordinator. */
  const joinedToNext = (i: number): boolean => {
    const next = out[i + 1];
    if (next === undefined || next.start - out[i]!.end > 5) return false;
    // in the view as written first: a coordinator in the folded view is one in any case here
    if (!COORDINATORS.has(ctx.view.slice(out[i]!.end, next.start).trim().toLowerCase())) return false;
    return COORDINATORS.has(view().slice(out[i]!.end, next.start).trim());
  };
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    // only Party, State and Front bodies share a level phrase (`HĐND và UBND tỉnh`), not `Công ty X, Công an tỉnh Y`
    if (!PSF.has(m.kind)) {
      carry = null;
      continue;
    }
    if (!joinedToNext(i)) carry = null;
    // the name is parsed only when it can take a level phrase or hand its own to the body joined before it
    const previous = out[i - 1];
    if (!carry && !(previous !== undefined && PSF.has(previous.kind) && joinedToNext(i - 1))) continue;
    const chain = parseChain(view(), m.start, m.end);
    const own = chain.level ? readLevel(chain.level) : null;
    if (own && own.phrase && (chain.level!.kind === 'word' || chain.level!.kind === 'cap' || chain.level!.kind === 'abbr')) {
      carry = { phrase: own.phrase, level: own.level, location: own.location, head: headWord(m.name) };
      continue;
    }
    // a name read by grammar shares it only with a body of its own head (`Sở A, Sở B tỉnh`), not with the body
    // it belongs to (`Phòng Tham mưu, Công an tỉnh Tiền Giang`)
    if (carry && !chain.level && m.level === null && (chain.units.length > 0 || headWord(m.name) === carry.head)) {
      out[i] = { ...m, name: `${m.name} ${carry.phrase}`, level: carry.level, location: carry.location };
    }
  }
  return out;
}

export const organizations = defineExtractor({
  category: 'organizations',
  rules: ORGANIZATION_RULES,
  refiners: [
    // nested names (`Ban Dân vận Tỉnh ủy` and `Tỉnh ủy`): only the longest is a mention
    { name: 'organizations/longest-wins', refine: (mentions) => longestWins(mentions) },
    { name: 'organizations/spread-level', refine: spreadLevel },
    // `... (MHB)` defines MHB: its other uses in the text are the same body
    { name: 'organizations/trailing-abbreviations', refine: trailingAbbreviations },
    { name: 'organizations/defined-abbreviations', refine: useDefinedAbbreviations },
  ],
});
