/**
 * The organizations rule: one chain pattern (organs, a base body, a level
 * phrase), resolved unit by unit. Boundaries (gold/DECISIONS.md
 * §Organizations): the longest counted name; a title counts only its body
 * (`Phó Chủ tịch UBND tỉnh` → `UBND tỉnh`, `Thường trực Ban Bí thư` → `Ban
 * Bí thư`, `Phó Thủ tướng Chính phủ` → `Chính phủ`); a body inside a
 * congress's name is not counted; `các ...` is a generic plural.
 */
import type { Context, Resolved, Rule, RuleMatch } from '../../core/define-extractor.js';
import type { Level } from '../../lexicon/org-levels.js';
import { ministryNames } from '../../lexicon/bodies.js';
import { EVENT_HEADS, PLURAL_MARKERS } from '../../lexicon/org-names.js';
import { TITLES_BEFORE_BODY } from '../../lexicon/org-titles.js';
import { alternation, test, vx } from '../../patterns/regex.js';
import type { OrganizationMention, OrgKind } from '../../types.js';
import type { BaseEntry, OrgSystem } from '../../lexicon/org-names.js';
import { CAPS_RUN_RE, CAPS_RUN_TRIGGER, capitalsView } from './capitals.js';
import { findAbbreviation, isKnownAgency, parseChain, readLevel, unitLevel, unitName, unitSystem, type Chain, type Unit } from './parse.js';
import { BRAND_RE, HEAD_RE, HEAD_START_WORDS, KNOWN_RE, KNOWN_START_WORDS, resolveBrand, resolveKnown, resolveNamed, resolveNamedCaps } from './named.js';
import { chainMatches, readChain } from './chain.js';
import { CHAIN_GATE_RE, CHAIN_START_WORDS } from './patterns.js';

type Org = Resolved<OrganizationMention>;

// "Đại hội Đảng bộ tỉnh", "Đại hội đại biểu Đảng bộ tỉnh Lào Cai" — the body is part of a congress's name
const EVENT_BEFORE = vx('organizations/event-before', String.raw`${alternation(EVENT_HEADS)} (?: [ ]{1,3} (?:đại|Đại) [ ]{1,3} biểu )? [ ]{1,3} $`, 'i');
// "các Ban chỉ đạo", "các Đồn Biên phòng" — a generic plural
const PLURAL_BEFORE = vx('organizations/plural-before', String.raw`(?<![\p{L}\p{N}]) ${alternation(PLURAL_MARKERS)} [ ]{1,3} $`);
// "Phó Bí thư Thường trực", "Ủy viên Thường trực" — `Thường trực` is part of the title
const TITLE_BEFORE = vx('organizations/title-before', String.raw`(?<![\p{L}\p{N}]) ${alternation(TITLES_BEFORE_BODY)} [ ]{1,3} $`);
// "Trưởng ban Tuyên giáo" — a lower-case `ban` right after the title word
const LOWER_START_AFTER = vx('organizations/lower-start-after', String.raw`(?<![\p{L}\p{N}]) (?:Trưởng|trưởng|Phó|phó) [ ]{1,3} $`);
// "Phó Thủ tướng Chính phủ" — a deputy of the office: the body is the government
const DEPUTY_BEFORE = vx('organizations/deputy-before', String.raw`(?<![\p{L}\p{N}]) (?:Phó|phó) [ ]{1,3} $`);
// "Thủ tướng Chính phủ Phạm Minh Chính" — a person's name after the office: a title, the body is the government
const PERSON_AFTER = vx('organizations/person-after', String.raw`^ [ ]{1,3} (?! Việt [ ] Nam ) \p{Lu}\p{Ll}{0,7} [ ]{1,3} \p{Lu}\p{Ll}{0,7} (?! [\p{L}\p{N}] )`);

/** The base a `Thủ tướng Chính phủ` read as a title leaves: the government. */
const GOVERNMENT: BaseEntry = { name: 'Chính phủ', system: 'state', level: 'central' };

/** The ministries, before and after each restructuring (bodies.ts): `Bộ` + a field is one of them or no body (`Bộ Du lịch`). */
const MINISTRIES = new Set(ministryNames());

const before = (ctx: Context, at: number): string => ctx.view.slice(Math.max(0, at - 40), at);
const isLowerStart = (s: string): boolean => s[0] !== undefined && s[0] !== s[0].toUpperCase();

const isOrgan = (u: Unit, name: string): boolean => u.kind === 'organ' && u.organ?.name === name;

/** Whether the units from `i` form a valid chain: every organ can belong to the unit after it. */
function validFrom(units: Unit[], i: number): boolean {
  for (let k = i; k + 1 < units.length; k++) {
    const organ = units[k]!.organ;
    if (!organ || !organ.parents.includes(unitSystem(units[k + 1]!))) return false;
  }
  return true;
}

/**
 * Resolve one chain match into a mention, or null. `caps`: the match was read
 * in the folded view of a run of capitals (capitals.ts), where every word
 * looks capitalized or lowered by folding, not by the writer: ad-hoc boards
 * and agencies outside the lexicon (read from capitalized words) are not taken.
 */
export function resolveChain(m: RuleMatch, ctx: Context, caps = false): Org | null {
  const chain: Chain = parseChain(ctx.view, m.start, m.end);
  let units = chain.units;
  if (units.length === 0) return null;
  if (caps && units.some((u) => u.kind === 'adhoc' || (u.kind === 'agency' && !isKnownAgency(u)))) return null;
  let start = units[0]!.start;

  // a title's own words are not the body
  let i = 0;
  while (
    i + 1 < units.length &&
    isOrgan(units[i]!, 'Thường trực') &&
    (units[i + 1]!.base?.name === 'Ban Bí thư' || test(TITLE_BEFORE, before(ctx, units[i]!.start)))
  ) i++;
  // `tiến hành thanh tra Sở Y tế`: an organ word in lower case, not after a title, is a verb or a common noun
  while (i + 1 < units.length && units[i]!.kind === 'organ' && isLowerStart(ctx.text.slice(units[i]!.start, units[i]!.end)) && !test(LOWER_START_AFTER, before(ctx, units[i]!.start))) i++;
  while (i < units.length && !validFrom(units, i)) i++;
  if (i >= units.length) return null;
  units = units.slice(i);
  start = units[0]!.start;

  // `Bộ Du lịch`: no such ministry
  if (units.some((u) => u.kind === 'field' && unitName(u, false).startsWith('Bộ ') && !MINISTRIES.has(unitName(u, false)))) return null;

  let first = units[0]!;
  if (
    units.length === 1 &&
    first.base?.name === 'Thủ tướng Chính phủ' &&
    (test(DEPUTY_BEFORE, before(ctx, first.start)) || (m.end === first.end && test(PERSON_AFTER, ctx.view.slice(first.end, first.end + 40))))
  ) {
    // "Thủ tướng Chính phủ" → "Chính phủ"
    const cut = first.raw.toLowerCase().lastIndexOf('chính');
    first = { kind: first.kind, start: first.start + cut, end: first.end, raw: first.raw.slice(cut), organ: first.organ, base: GOVERNMENT };
    units = [first];
    start = first.start;
  }

  const last = units[units.length - 1]!;
  let level = chain.level;
  // a bare place after the body: `Tỉnh ủy Lào Cai`, `Huyện ủy Mộc Châu`; a province after a Sở or a mass organization (`Sở Y tế Đà Nẵng`, `Hội Chữ thập đỏ Lạng Sơn`)
  const provinceAfter = (last.kind === 'field' && unitLevel(last) === 'province') || last.base?.system === 'mass';
  const placeAfter = last.base?.placeAfter ?? (provinceAfter ? 'province' : undefined);
  if (level?.kind === 'bare' && !(placeAfter === 'any' || (placeAfter === 'province' && readLevel(level).level === 'province'))) level = null;
  // `NHNN VN`: the country a name already holds is written again after its abbreviation; the mention runs over it
  let vnEnd: number | null = null;
  if (level?.kind === 'vn' && last.base?.vietNamInName) {
    if (level.word === 'VN') vnEnd = level.end;
    level = null;
  }
  if (level?.kind === 'word' && level.place && formKey2(level.word!) === 'tỉnh' && readLevel(level).location === null) {
    level = { ...level, end: level.start + level.word!.length, place: null };
  }
  if (last.kind === 'organ') {
    const organ = last.organ;
    if (!organ) return null;
    if (level && !organ.withLevel) {
      if (!organ.alone) return null;
      level = null;
    }
    if (!level && !organ.alone) return null;
  }
  if (last.base?.needsQualifier && !level) return null;

  // context: congress names, generic plurals, case
  const ahead = before(ctx, start);
  if (test(EVENT_BEFORE, ahead) || test(PLURAL_BEFORE, ahead)) return null;
  const firstChar = ctx.text[start]!;
  if (firstChar === firstChar.toLowerCase() && !test(LOWER_START_AFTER, ahead)) return null;

  const end = level ? level.end : vnEnd ?? last.end;
  const reading = level ? readLevel(level) : null;
  const alone = units.length === 1 && !level;
  const parts = units.map((u) => unitName(u, alone));
  let name = parts.join(' ');
  if (reading?.phrase) name += ` ${reading.phrase}`;
  if (units.length === 1 && isOrgan(last, 'Ban Chấp hành') && reading?.level === 'central') name = 'Ban Chấp hành Trung ương Đảng';

  let lvl: Level | null = reading?.level ?? null;
  if (!lvl) for (let k = units.length - 1; k >= 0 && !lvl; k--) lvl = unitLevel(units[k]!);
  if (level?.kind === 'bare') lvl = unitLevel(last) ?? lvl;

  // in capitals, the abbreviations are the words the folding kept
  const written = (caps ? ctx.view : ctx.text).slice(start, end);
  // `Ủy ban nhân dân (UBND) tỉnh`: the abbreviation in parentheses is the one written
  return { start, end, name, abbr: findAbbreviation(written.replace('(', '').replace(')', '')), level: lvl, location: reading?.location ?? null, kind: chainKind(units) };
}

/** Organs that make a chain a Party body whatever they belong to (`Ban cán sự đảng UBND tỉnh`, `Đảng đoàn HĐND tỉnh`). */
const PARTY_ORGANS = new Set(['Ban cán sự đảng', 'Đảng đoàn', 'Đảng bộ']);
const KIND_OF_SYSTEM: Record<OrgSystem, OrgKind> = { party: 'party', state: 'state', council: 'state', front: 'front', mass: 'front' };

/**
 * The family of a chain (ANNOTATION.md `kind`): a Party organ makes it a Party
 * body; otherwise the body the chain ends in says it (`Ban Thường vụ Hội Nông
 * dân` is the Front's). Steering committees for grassroots democracy are set
 * up by the Party committee (gold/DECISIONS.md); relief boards (`Ban Tiếp nhận
 * ... tài trợ`) by the Front (Nghị định 93/2021/NĐ-CP).
 */
export function chainKind(units: readonly Unit[]): OrgKind {
  if (units.some((u) => u.kind === 'organ' && PARTY_ORGANS.has(u.organ?.name ?? ''))) return 'party';
  const last = units[units.length - 1]!;
  if (last.kind === 'steering') return last.raw.toLowerCase().includes('dân chủ') ? 'party' : 'state';
  if (last.kind === 'adhoc') return last.raw.toLowerCase().includes('tiếp nhận') ? 'front' : 'state';
  if (last.base?.kind) return last.base.kind;
  return KIND_OF_SYSTEM[unitSystem(last)];
}

/** Mentions of the chains that start inside a run of capitals, read in the folded view. */
function resolveCapitals(m: RuleMatch, ctx: Context): Org[] | null {
  const view = capitalsView(ctx);
  if (view === ctx.view) return null;
  const folded: Context = { ...ctx, view };
  // a chain may run on past the run into mixed-case words (`UBND TỈNH Cao Bằng`); names are short
  const sub = view.slice(0, Math.min(view.length, m.end + 120));
  const out: Org[] = [];
  for (const c of chainMatches(sub, m.start)) {
    if (c.index >= m.end) break;
    const span = { start: c.index, end: c.index + c.text.length };
    const org = resolveChain({ ...span, text: ctx.text.slice(span.start, span.end), groups: c.groups }, folded, true);
    if (org) out.push(org);
  }
  return out.length > 0 ? out : null;
}

const formKey2 = (s: string): string => s.toLowerCase();

export const ORGANIZATION_RULES: readonly Rule<OrganizationMention>[] = [
  {
    name: 'organizations/body',
    // the chain is tried only where one of its start words stands (the first word of an organ, base or office)
    trigger: { words: CHAIN_START_WORDS },
    // a word's start, where the chain reader (chain.ts) reads the organs, the base and the level phrase, or finds none
    pattern: CHAIN_GATE_RE,
    extend: readChain,
    resolve: (m, ctx) => resolveChain(m, ctx),
  },
  {
    name: 'organizations/body-in-capitals',
    // a run of capitals starts with a capital letter, no letter or digit before it
    trigger: CAPS_RUN_TRIGGER,
    pattern: CAPS_RUN_RE,
    // one pass over the runs of capitals: the lexicon's bodies, then a head noun and its name
    resolve: (m, ctx) => {
      const named = resolveNamedCaps(m, ctx);
      const bodies = resolveCapitals(m, ctx) ?? [];
      return named ? [...bodies, named] : bodies.length > 0 ? bodies : null;
    },
  },
  {
    name: 'organizations/named',
    trigger: { words: HEAD_START_WORDS },
    pattern: HEAD_RE,
    resolve: resolveNamed,
  },
  {
    name: 'organizations/known-body',
    trigger: { words: KNOWN_START_WORDS },
    pattern: KNOWN_RE,
    resolve: (m) => resolveKnown(m),
  },
  {
    name: 'organizations/brand',
    // a brand starts with a capital Latin letter, no letter or digit before it
    trigger: { capital: true },
    pattern: BRAND_RE,
    resolve: (m) => resolveBrand(m),
  },
];
