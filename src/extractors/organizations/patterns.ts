/**
 * The regex pieces of a body's name, built from the lexicons: ORGAN, BASE,
 * and the CHAIN that the rule matches; the LEVEL phrase after a chain is read
 * in code (level.ts). `parse.ts` re-reads a chain unit by unit with the sticky
 * pieces and the level reader.
 *
 * Case: the first letter of every lexicon word matches in either case
 * (`Hội đồng Nhân dân`, `Mặt trận tổ quốc`, `Ban chỉ đạo`); abbreviations
 * (`HĐND`, `BTV`) match exactly (loose.ts). Whether a lower-case start is a
 * name at all is decided in `resolve` (only after a title: `Trưởng ban Tuyên giáo`).
 */
import { CAP_LEVELS, LEVEL_WORDS } from '../../lexicon/org-levels.js';
import {
  AGENCY_NAMES,
  AGENCY_OFFICES,
  BASES,
  FIELD_OFFICES,
  FIELDS,
  MINISTRY_ONLY_FIELDS,
  NOT_ADHOC_BAN,
  ORGANS,
  PURPOSE_STOP_WORDS,
} from '../../lexicon/org-names.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, matchAll, matchAt, vx, type Match } from '../../patterns/regex.js';
import { CAP_WORD, extendByLevel } from './level.js';
import { looseAlternation } from './loose.js';

export { isAbbreviation, looseAlternation, loosePhrase } from './loose.js';

export const ORGAN_FORMS: readonly string[] = ORGANS.flatMap((o) => [o.name, ...(o.forms ?? [])]);
export const BASE_FORMS: readonly string[] = BASES.flatMap((b) => [b.name, ...(b.forms ?? [])]);
export const FIELD_FORMS: readonly string[] = FIELDS.flatMap((f) => [f.name, ...(f.forms ?? [])]);

const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}]|-(?=[\p{L}\p{N}])){0,15}`;

const STOP = `(?:${alternation([...PURPOSE_STOP_WORDS, ...Object.keys(LEVEL_WORDS), ...Object.keys(CAP_LEVELS)])})${NOT_BEFORE_WORD}`;

const PARTS: Record<string, string> = {
  // "công tác tôn giáo", "phòng, chống dịch Covid-19": words up to a stop word, a level word or punctuation
  purpose: `(?:[ ]{1,3}(?!${STOP})(?:[pP]hòng,[ ]{1,2}chống|${WORD})){1,10}`,
};

/** Put the shared fragments in place of their `{{name}}` placeholders. */
const fill = (source: string): string =>
  Object.entries(PARTS).reduce((out, [name, part]) => out.replaceAll(`{{${name}}}`, `(?:${part})`), source);

/** A group opener: named in the sticky pieces the parser reads, plain inside the chain. */
const g = (named: boolean, name: string): string => (named ? `(?<${name}>` : '(?:');

const OFFICE = looseAlternation(FIELD_OFFICES.map((o) => o.word));
const AGENCY = looseAlternation(AGENCY_OFFICES.map((o) => o.word));

// "Ủy ban nhân dân", "HĐND", "Sở Kế hoạch và Đầu tư", "Cục Thuế", "Ban Chỉ đạo công tác tôn giáo", "Ban Tiếp nhận và cấp phát hàng tài trợ"
const baseSource = (n: boolean): string => String.raw`
  ${NOT_AFTER_WORD}
  (?: ${g(n, 'field')} ${OFFICE} [ ]{1,3} ${looseAlternation(FIELD_FORMS)} | Bộ [ ]{1,3} ${looseAlternation(MINISTRY_ONLY_FIELDS.map((f) => f.name))} )
    | ${g(n, 'agency')} ${AGENCY} [ ]{1,3} (?: ${looseAlternation(AGENCY_NAMES)} | ${CAP_WORD}(?:[ ]${CAP_WORD}){0,2} ) )
    | ${g(n, 'base')} ${looseAlternation(BASE_FORMS)} )
    | ${g(n, 'steering')} (?: [bB]an[ ]{1,3}[cC]hỉ[ ]{1,3}(?:đạo|huy) | BCĐ ) {{purpose}} )
    | ${g(n, 'adhoc')} Ban[ ]{1,3} (?! ${alternation(NOT_ADHOC_BAN)} ${NOT_BEFORE_WORD} ) ${CAP_WORD} (?: {{purpose}} )? )
  ) ${NOT_BEFORE_WORD}`;

// "Ban Thường vụ", "BTV", "Ban cán sự đảng", "Ủy ban"
const organSource = (n: boolean): string => String.raw`${NOT_AFTER_WORD} ${g(n, 'organ')} ${looseAlternation(ORGAN_FORMS)} ) ${NOT_BEFORE_WORD}`;

/**
 * The words a chain can start with: the first word of every organ, base body, field or agency office and board its
 * first unit can be (`Ban`, `Ủy`, `UBND`, `Sở`, `Bộ`, `BCĐ`, ...). Every CHAIN_RE match starts with one of them, as a
 * whole word (test/unit/organizations-chain-start.test.ts checks it on every fixture): what a pass over word tokens
 * can look the chain up by (issue 14's trigger pass) instead of trying the ~93,000-character pattern everywhere.
 */
export const CHAIN_START_WORDS: readonly string[] = [
  ...new Set(
    [...ORGAN_FORMS, ...BASE_FORMS, ...FIELD_OFFICES.map((o) => o.word), 'Bộ', ...AGENCY_OFFICES.map((o) => o.word), 'Ban', 'BCĐ'].map(
      (phrase) => phrase.split(' ').filter(Boolean)[0]!,
    ),
  ),
];

/** Sticky pieces for the parser (each matched at one position). */
export const ORGAN_RE = vx('organizations/part-organ', fill(organSource(true)));
export const BASE_RE = vx('organizations/part-base', fill(baseSource(true)));

/**
 * A body's name: organs, then a base body or an organ (`Ban Dân vận Tỉnh ủy`, `Ban cán sự đảng UBND`, `Ủy ban
 * MTTQ`, `UBND`). Its level phrase (`tỉnh Vĩnh Long`, `cấp huyện`, `(UBND) tỉnh`) is read after it by
 * `extendByLevel` (level.ts): the rule's `extend`, and `chainAt` / `chainMatches` for the other readers of the chain.
 */
export const CHAIN_RE = vx(
  'organizations/chain',
  fill(String.raw`
    ${NOT_AFTER_WORD}
    (?: ${organSource(false)} [ ]{1,3} ){0,3}
    (?: ${baseSource(false)} | ${organSource(false)} )
    ${NOT_BEFORE_WORD}`),
);

/** The chain with its level phrase at exactly `pos`, or null. */
export function chainAt(view: string, pos: number): Match | null {
  const m = matchAt(CHAIN_RE, view, pos);
  return m ? extendByLevel(view, m) : null;
}

/** Every chain with its level phrase in `view` from `from` on, left to right, without overlaps. */
export const chainMatches = (view: string, from = 0): Generator<Match> => matchAll(CHAIN_RE, view, from, extendByLevel);
