/**
 * The pieces of a body's name, built from the lexicons: the written forms of the organs, base bodies and fields,
 * the words a chain can start with, and the small patterns of the units that are read by grammar rather than from a
 * list (a steering committee's purpose, an ad-hoc board, an agency's capitalized name). The chain itself is read word
 * by word (chain.ts), its level phrase too (level.ts).
 *
 * Case: the first letter of every lexicon word matches in either case
 * (`Hội đồng Nhân dân`, `Mặt trận tổ quốc`, `Ban chỉ đạo`); abbreviations
 * (`HĐND`, `BTV`) match exactly (loose.ts). Whether a lower-case start is a
 * name at all is decided in `resolve` (only after a title: `Trưởng ban Tuyên giáo`).
 */
import { CAP_LEVELS, LEVEL_WORDS } from '../../lexicon/org-levels.js';
import { AGENCY_OFFICES, BASES, FIELD_OFFICES, FIELDS, NOT_ADHOC_BAN, ORGANS, PURPOSE_STOP_WORDS } from '../../lexicon/org-names.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, vx } from '../../patterns/regex.js';
import { CAP_WORD } from './level.js';

export { isAbbreviation, looseAlternation, loosePhrase } from './loose.js';

export const ORGAN_FORMS: readonly string[] = ORGANS.flatMap((o) => [o.name, ...(o.forms ?? [])]);
export const BASE_FORMS: readonly string[] = BASES.flatMap((b) => [b.name, ...(b.forms ?? [])]);
export const FIELD_FORMS: readonly string[] = FIELDS.flatMap((f) => [f.name, ...(f.forms ?? [])]);

const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}]|-(?=[\p{L}\p{N}])){0,15}`;

const STOP = `(?:${alternation([...PURPOSE_STOP_WORDS, ...Object.keys(LEVEL_WORDS), ...Object.keys(CAP_LEVELS)])})${NOT_BEFORE_WORD}`;

// "công tác tôn giáo", "phòng, chống dịch Covid-19": words up to a stop word, a level word or punctuation
const PURPOSE = `(?:[ ]{1,3}(?!${STOP})(?:[pP]hòng,[ ]{1,2}chống|${WORD})){1,10}`;

/** A steering or commanding committee and its purpose, up to a boundary: `Ban Chỉ đạo công tác tôn giáo`, `BCĐ 389`. */
export const STEERING_RE = vx(
  'organizations/steering',
  String.raw`(?: [bB]an[ ]{1,3}[cC]hỉ[ ]{1,3}(?:đạo|huy) | BCĐ ) ${PURPOSE} ${NOT_BEFORE_WORD}`,
);

/** An ad-hoc board, up to a boundary: `Ban Tiếp nhận và cấp phát hàng tài trợ` (not an organ's `Ban Chấp hành`). */
export const ADHOC_RE = vx(
  'organizations/adhoc-board',
  String.raw`Ban[ ]{1,3} (?! ${alternation(NOT_ADHOC_BAN)} ${NOT_BEFORE_WORD} ) ${CAP_WORD} (?: ${PURPOSE} )? ${NOT_BEFORE_WORD}`,
);

/** An agency's name outside the lexicon: one to three capitalized words, up to a boundary (`Cục Đường thủy`). */
export const AGENCY_CAPS_RE = vx('organizations/agency-caps', String.raw`${CAP_WORD} (?: [ ] ${CAP_WORD} ){0,2} ${NOT_BEFORE_WORD}`);

/**
 * Where a chain can start, for the rule's pattern: a letter with no letter or digit before it. The chain reader
 * (chain.ts) reads the chain there, or finds none.
 */
export const CHAIN_GATE_RE = vx('organizations/chain-gate', String.raw`${NOT_AFTER_WORD} (?= \p{L} )`);

/**
 * The words a chain can start with: the first word of every organ, base body, field or agency office and board its
 * first unit can be (`Ban`, `Ủy`, `UBND`, `Sở`, `Bộ`, `BCĐ`, ...). Every chain starts with one of them, as a
 * whole word (test/unit/organizations-chain-start.test.ts checks it on every fixture): what a pass over word tokens
 * can look the chain up by (issue 14's trigger pass) instead of trying the reader everywhere.
 */
export const CHAIN_START_WORDS: readonly string[] = [
  ...new Set(
    [...ORGAN_FORMS, ...BASE_FORMS, ...FIELD_OFFICES.map((o) => o.word), 'Bộ', ...AGENCY_OFFICES.map((o) => o.word), 'Ban', 'BCĐ'].map(
      (phrase) => phrase.split(' ').filter(Boolean)[0]!,
    ),
  ),
];
