/**
 * The regex pieces of a body's name, built from the lexicons: ORGAN, BASE,
 * LEVEL (a level phrase or place), and the CHAIN that the rule matches.
 * `parse.ts` re-reads a chain unit by unit with the sticky pieces.
 *
 * Case: the first letter of every lexicon word matches in either case
 * (`Hội đồng Nhân dân`, `Mặt trận tổ quốc`, `Ban chỉ đạo`); abbreviations
 * (`HĐND`, `BTV`) match exactly. Whether a lower-case start is a name at all
 * is decided in `resolve` (only after a title: `Trưởng ban Tuyên giáo`).
 */
import { DISTRICTS, PROVINCES_63, PROVINCES_34 } from '../../lexicon/provinces.js';
import { LEVEL_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { CAP_LEVELS, CENTRAL_WORDS, LEVEL_WORDS, NOT_PLACE_WORDS } from '../../lexicon/org-levels.js';
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
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, escapeLiteral, vx } from '../../patterns/regex.js';

/** A written form that is an abbreviation (`UBND`, `GD&ĐT`, `TP.`): matched exactly. */
export const isAbbreviation = (word: string): boolean => {
  const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
  return letters.filter((c) => c === c.toUpperCase()).length >= 2 || word.includes('&') || word.includes('.');
};

/** One word: an abbreviation exactly, a word with its first letter in either case. */
function looseWord(word: string): string {
  if (isAbbreviation(word)) return escapeLiteral(word);
  const first = word[0]!;
  const rest = escapeLiteral(word.slice(1));
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? escapeLiteral(first) + rest : `[${lower}${upper}]${rest}`;
}

/** A phrase of the lexicon as a pattern: words in either case, runs of 1–3 spaces, `-` with optional spaces. */
export function loosePhrase(phrase: string): string {
  const words = phrase.split(' ').filter(Boolean);
  let out = '';
  words.forEach((w, i) => {
    if (i > 0) out += w === '-' || words[i - 1] === '-' ? '[ ]{0,2}' : '[ ]{1,3}';
    out += w === '-' ? '-' : looseWord(w);
  });
  return out;
}

interface WordTrie {
  /** A phrase ends here. */
  end: boolean;
  /** Length of the longest phrase through this node. */
  longest: number;
  /** By the word's pattern (`[tT]ỉnh`): case variants of a word share a branch. */
  next: Map<string, { word: string; node: WordTrie }>;
}

const newTrie = (): WordTrie => ({ end: false, longest: 0, next: new Map() });

function emitTrie(node: WordTrie, prev: string | null): string {
  const branches = [...node.next.values()].sort((a, b) => b.node.longest - a.node.longest || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const alts = branches.map(({ word, node: child }) => {
    const sep = prev === null ? '' : word === '-' || prev === '-' ? '[ ]{0,2}' : '[ ]{1,3}';
    return sep + (word === '-' ? '-' : looseWord(word)) + emitTrie(child, word);
  });
  if (node.end && alts.length > 0) alts.push(''); // the shorter phrase after every longer one
  if (alts.length === 0) return '';
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/**
 * Alternation of phrases, longest first, factored by words (`Ủy ban (?:nhân dân|Kiểm tra|...)`):
 * the engine reads a shared head once instead of once per phrase. Phrases end at word
 * boundaries, so preferring the longest branch at each word is preferring the longest phrase.
 */
export function looseAlternation(phrases: Iterable<string>): string {
  const root = newTrie();
  for (const phrase of new Set(phrases)) {
    let node = root;
    node.longest = Math.max(node.longest, phrase.length);
    for (const word of phrase.split(' ').filter(Boolean)) {
      const key = word === '-' ? '-' : looseWord(word);
      let branch = node.next.get(key);
      if (!branch) node.next.set(key, (branch = { word, node: newTrie() }));
      node = branch.node;
      node.longest = Math.max(node.longest, phrase.length);
    }
    node.end = true;
  }
  return `(?:${emitTrie(root, null)})`;
}


export const ORGAN_FORMS: readonly string[] = ORGANS.flatMap((o) => [o.name, ...(o.forms ?? [])]);
export const BASE_FORMS: readonly string[] = BASES.flatMap((b) => [b.name, ...(b.forms ?? [])]);
export const FIELD_FORMS: readonly string[] = FIELDS.flatMap((f) => [f.name, ...(f.forms ?? [])]);

export const PROVINCE_FORMS: readonly string[] = [
  ...PROVINCES_63.flatMap((p) => [p.name, ...p.variants]),
  ...PROVINCES_34.map((p) => p.name),
];
export const DISTRICT_FORMS: readonly string[] = DISTRICTS.map((d) => d.name);

// a capitalized word: `Bảo`, `Thắng`
const CAP_WORD = String.raw`\p{Lu}\p{Ll}{0,7}`;
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}]|-(?=[\p{L}\p{N}])){0,15}`;

const STOP = `(?:${alternation([...PURPOSE_STOP_WORDS, ...Object.keys(LEVEL_WORDS), ...Object.keys(CAP_LEVELS)])})${NOT_BEFORE_WORD}`;

const PARTS: Record<string, string> = {
  // "Sông Lô", "Bảo Thắng" — a place written after a level word, not a title or a body's word
  genericPlace: `(?!${alternation(NOT_PLACE_WORDS)}${NOT_BEFORE_WORD})${CAP_WORD}(?:[ ]${CAP_WORD}){0,2}`,
  province: looseAlternation(PROVINCE_FORMS),
  district: looseAlternation(DISTRICT_FORMS),
  // "công tác tôn giáo", "phòng, chống dịch Covid-19": words up to a stop word, a level word or punctuation
  purpose: `(?:[ ]{1,3}(?!${STOP})(?:[pP]hòng,[ ]{1,2}chống|${WORD})){1,10}`,
};

/** Put the shared fragments in place of their `{{name}}` placeholders. */
const fill = (source: string): string =>
  Object.entries(PARTS).reduce((out, [name, part]) => out.replaceAll(`{{${name}}}`, `(?:${part})`), source);

/** A group opener: named in the sticky pieces the parser reads, plain inside the chain. */
const g = (named: boolean, name: string): string => (named ? `(?<${name}>` : '(?:');

// "Trung ương", "TW" · "cấp huyện" · "Việt Nam" · "tỉnh Vĩnh Long", "TP. Hồ Chí Minh", "xã Tân Phú" · "Lào Cai"
const levelSource = (n: boolean): string => String.raw`
  ${NOT_AFTER_WORD}
  (?: ${g(n, 'cap')} ${alternation(Object.keys(CAP_LEVELS))} )
    | ${g(n, 'central')} ${alternation(CENTRAL_WORDS)} )
    | ${g(n, 'vn')} Việt[ ]{1,3}Nam | VN )
    | ${g(n, 'word')} ${looseAlternation(Object.keys(LEVEL_WORDS))} ) (?! [ ]{1,3} (?: [ủỦ]y | [đĐ]oàn ) ${NOT_BEFORE_WORD} )
      (?: [ ]{1,3} ${g(n, 'place')} {{province}} | {{district}} | {{genericPlace}} ) )?
    | ${g(n, 'abbr')} ${alternation(Object.keys(LEVEL_ABBREVIATIONS).filter((k) => k.endsWith('.')))} | (?:TP|Tp|TX)(?=[ ]) | TP(?=HCM) ) [ ]{0,2}
      ${g(n, 'place2')} {{province}} | {{district}} | HCM | {{genericPlace}} )
    | ${g(n, 'bare')} {{province}} | {{district}} )
  ) ${NOT_BEFORE_WORD}`;

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

// "Viện kiểm sát nhân dân (VKSND) tối cao", "Ủy ban nhân dân (UBND) tỉnh": the abbreviation inside the name, before its level
export const ABBR_IN_NAME = String.raw`\( [A-ZĐ&]{2,8} \)`;

/** Sticky pieces for the parser (each matched at one position). */
export const ORGAN_RE = vx('organizations/part-organ', fill(organSource(true)));
export const BASE_RE = vx('organizations/part-base', fill(baseSource(true)));
export const LEVEL_RE = vx('organizations/part-level', fill(levelSource(true)));

// "Ban Dân vận Tỉnh ủy", "Ban cán sự đảng UBND tỉnh", "Ủy ban MTTQ tỉnh", "UBND tỉnh Vĩnh Long", "Ban Dân vận cấp huyện"
export const CHAIN_RE = vx(
  'organizations/chain',
  fill(String.raw`
    ${NOT_AFTER_WORD}
    (?: ${organSource(false)} [ ]{1,3} ){0,3}
    (?: ${baseSource(false)} | ${organSource(false)} )
    (?: [ ]{1,3} (?: ${ABBR_IN_NAME} [ ]{1,3} )? ${levelSource(false)} )?
    ${NOT_BEFORE_WORD}`),
);
