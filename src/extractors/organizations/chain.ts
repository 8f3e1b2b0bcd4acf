/**
 * A body's name read word by word: organs, then a base body or a last organ (`Ban Dân vận Tỉnh ủy`, `Ban cán sự đảng
 * UBND`, `Ủy ban MTTQ`, `UBND`), then its level phrase (level.ts). The lexicons are read by word tries (loose.ts) that
 * try their phrases in the order the alternations they replaced did, so every reader finds what the pattern found.
 * In pattern terms, with `B` for `(?![\p{L}\p{N}])`:
 *
 *     organ  (?<![\p{L}\p{N}]) (?<organ> organ forms ) B
 *     base   (?<![\p{L}\p{N}])
 *            (?: (?<field> (?:Sở|Bộ|Phòng) [ ]{1,3} field forms | Bộ [ ]{1,3} ministry-only fields )
 *              | (?<agency> (?:Tổng cục|Cục|Chi cục) [ ]{1,3} (?: agency names | AGENCY_CAPS_RE ) )
 *              | (?<base> base forms )
 *              | (?<steering> STEERING_RE )
 *              | (?<adhoc> ADHOC_RE )
 *            ) B
 *     chain  (?<![\p{L}\p{N}]) (?: organ [ ]{1,3} ){0,3} (?: base | organ ) B
 *
 * The organs before the base are read greedily and given back one by one, as the engine backtracks: three organs
 * when the rest still reads, else two, one, none. The tries are built from the lexicons on first use.
 */
import { AGENCY_NAMES, AGENCY_OFFICES, FIELD_OFFICES, MINISTRY_ONLY_FIELDS } from '../../lexicon/org-names.js';
import { anchored, matchAll, type Match } from '../../patterns/regex.js';
import { extendByLevel, spacesAt, wordAt, wordBefore } from './level.js';
import { LooseTrie } from './loose.js';
import { ADHOC_RE, AGENCY_CAPS_RE, BASE_FORMS, CHAIN_GATE_RE, FIELD_FORMS, ORGAN_FORMS, STEERING_RE } from './patterns.js';

export type BaseKind = 'field' | 'agency' | 'base' | 'steering' | 'adhoc';

/** A unit read at a position: what kind of base it is, and its end. */
export interface BaseReading {
  kind: BaseKind;
  end: number;
}

interface Tries {
  /** Every phrase a chain's first unit starts with: organs, offices, agencies and base bodies together. */
  starts: LooseTrie;
  organs: LooseTrie;
  bases: LooseTrie;
  offices: LooseTrie;
  fields: LooseTrie;
  ministryOnly: LooseTrie;
  agencies: LooseTrie;
  agencyNames: LooseTrie;
}

let tries: Tries | null = null;
const TRIES = (): Tries =>
  (tries ??= {
    starts: new LooseTrie([...ORGAN_FORMS, ...FIELD_OFFICES.map((o) => o.word), ...AGENCY_OFFICES.map((o) => o.word), ...BASE_FORMS]),
    organs: new LooseTrie(ORGAN_FORMS),
    bases: new LooseTrie(BASE_FORMS),
    offices: new LooseTrie(FIELD_OFFICES.map((o) => o.word)),
    fields: new LooseTrie(FIELD_FORMS),
    ministryOnly: new LooseTrie(MINISTRY_ONLY_FIELDS.map((f) => f.name)),
    agencies: new LooseTrie(AGENCY_OFFICES.map((o) => o.word)),
    agencyNames: new LooseTrie(AGENCY_NAMES),
  });

const steeringAt = anchored(STEERING_RE);
const adhocAt = anchored(ADHOC_RE);
const agencyCapsAt = anchored(AGENCY_CAPS_RE);
/** The letter a steering committee and an ad-hoc board start with. */
const UPPER_B = 0x42;
const LOWER_B = 0x62;

/** `[ ]{1,3}` at `i`, before a word: the end of the run, or -1. */
function separator(text: string, i: number): number {
  const n = spacesAt(text, i);
  return n >= 1 && n <= 3 ? i + n : -1;
}

/** An organ (`Ban Thường vụ`, `BTV`, `Văn phòng`) at exactly `pos`, up to a boundary: its end, or -1. */
export function organAt(text: string, pos: number): number {
  if (wordBefore(text, pos)) return -1;
  return TRIES().organs.first(text, pos, (end) => !wordAt(text, end));
}

/** A base unit (an office and its field, an agency, a base body, a steering committee, an ad-hoc board) at exactly `pos`, or null. */
export function baseAt(text: string, pos: number): BaseReading | null {
  if (wordBefore(text, pos)) return null;
  const t = TRIES();
  const boundary = (end: number): boolean => !wordAt(text, end);
  let end = -1;
  // `Sở Y tế`, `Bộ Kế hoạch và Đầu tư`
  t.offices.first(text, pos, (officeEnd) => {
    const q = separator(text, officeEnd);
    if (q >= 0) end = t.fields.first(text, q, boundary);
    return end >= 0;
  });
  // `Bộ Thương mại`: a field only a ministry had
  if (end < 0 && text.startsWith('Bộ', pos)) {
    const q = separator(text, pos + 2);
    if (q >= 0) end = t.ministryOnly.first(text, q, boundary);
  }
  if (end >= 0) return { kind: 'field', end };
  // `Cục Thuế`, `Chi cục Kiểm lâm`, `Cục Đường thủy`
  t.agencies.first(text, pos, (officeEnd) => {
    const q = separator(text, officeEnd);
    if (q < 0) return false;
    end = t.agencyNames.first(text, q, boundary);
    if (end < 0) {
      const caps = agencyCapsAt(text, q);
      if (caps) end = q + caps.text.length;
    }
    return end >= 0;
  });
  if (end >= 0) return { kind: 'agency', end };
  end = t.bases.first(text, pos, boundary);
  if (end >= 0) return { kind: 'base', end };
  // a steering committee (`Ban Chỉ đạo`, `BCĐ`) and an ad-hoc board (`Ban …`) start with a B: no pattern elsewhere
  const initial = text.charCodeAt(pos);
  if (initial !== UPPER_B && initial !== LOWER_B) return null;
  const steering = steeringAt(text, pos);
  if (steering) return { kind: 'steering', end: pos + steering.text.length };
  const adhoc = adhocAt(text, pos);
  if (adhoc) return { kind: 'adhoc', end: pos + adhoc.text.length };
  return null;
}

/** Up to `organs` more organs, then a base or an organ, at `p`: the end of the first reading, or -1. */
function unitsFrom(text: string, p: number, organs: number): number {
  if (organs > 0) {
    let end = -1;
    // (the spaces after the organ are its boundary)
    TRIES().organs.first(text, p, (organEnd) => {
      const q = separator(text, organEnd);
      if (q >= 0) end = unitsFrom(text, q, organs - 1);
      return end >= 0;
    });
    if (end >= 0) return end;
  }
  return baseAt(text, p)?.end ?? organAt(text, p);
}

/**
 * Whether a chain can start at `pos`: its first unit is an organ, an office, an agency or a base body, each read by
 * its trie from the phrase at `pos`, or a ministry, steering committee or ad-hoc board (`Bộ`, `Ban`, `BCĐ`), which
 * start with a B. One walk of the tries' union turns away most of the words that set the chain rule off and start
 * no body (`công tác`, `tỉnh`, `hội nghị`, `chính quyền`: four in five of them in a report), instead of five walks.
 */
function mayStartChain(text: string, pos: number): boolean {
  const initial = text.charCodeAt(pos);
  return initial === UPPER_B || initial === LOWER_B || TRIES().starts.first(text, pos, ANY_END) >= 0;
}
const ANY_END = (): boolean => true;

/** The end of the chain (organs and a base or an organ, no level phrase) at exactly `pos`, or -1. */
export function chainEnd(text: string, pos: number): number {
  return wordBefore(text, pos) || !mayStartChain(text, pos) ? -1 : unitsFrom(text, pos, 3);
}

/**
 * The chain rule's reader (a `MatchExtension` of the gate pattern, patterns/regex.ts): the chain and its level
 * phrase at the gate's position, or null when no chain stands there.
 */
export function readChain(text: string, gate: Match): Match | null {
  const end = chainEnd(text, gate.index);
  return end < 0 ? null : extendByLevel(text, { index: gate.index, text: text.slice(gate.index, end), groups: {} });
}

/** The chain with its level phrase at exactly `pos`, or null. */
export function chainAt(view: string, pos: number): Match | null {
  return readChain(view, { index: pos, text: '', groups: {} });
}

/** Every chain with its level phrase in `view` from `from` on, left to right, without overlaps. */
export const chainMatches = (view: string, from = 0): Generator<Match> => matchAll(CHAIN_GATE_RE, view, from, readChain);
