/**
 * The organizations patterns as they were built before their lexicons were read in code (loose.ts, level.ts,
 * chain.ts): the reference the readers are compared with (test/unit/org-level-reader.test.ts,
 * test/unit/org-chain-reader.test.ts). Kept here, outside src/, so the readers are checked against the old
 * construction rather than against themselves.
 */
import { CAP_LEVELS, LEVEL_WORDS } from '../../src/lexicon/org-levels.js';
import { AGENCY_NAMES, AGENCY_OFFICES, FIELD_OFFICES, MINISTRY_ONLY_FIELDS, NOT_ADHOC_BAN, PURPOSE_STOP_WORDS } from '../../src/lexicon/org-names.js';
import { isAbbreviation } from '../../src/extractors/organizations/loose.js';
import { BASE_FORMS, FIELD_FORMS, ORGAN_FORMS } from '../../src/extractors/organizations/patterns.js';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, alternation, escapeLiteral, vx } from '../../src/patterns/regex.js';

// --- the loose alternation: a lexicon as a regex, longest phrase first, factored by words ------------------------

function looseWord(word: string): string {
  if (isAbbreviation(word)) return escapeLiteral(word);
  const first = word[0]!;
  const rest = escapeLiteral(word.slice(1));
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? escapeLiteral(first) + rest : `[${lower}${upper}]${rest}`;
}

interface WordTrie {
  end: boolean;
  longest: number;
  next: Map<string, { word: string; node: WordTrie }>;
}
const newTrie = (): WordTrie => ({ end: false, longest: 0, next: new Map() });

function emitTrie(node: WordTrie, prev: string | null): string {
  const branches = [...node.next.values()].sort((a, b) => b.node.longest - a.node.longest || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const alts = branches.map(({ word, node: child }) => {
    const sep = prev === null ? '' : word === '-' || prev === '-' ? '[ ]{0,2}' : '[ ]{1,3}';
    return sep + (word === '-' ? '-' : looseWord(word)) + emitTrie(child, word);
  });
  if (node.end && alts.length > 0) alts.push('');
  if (alts.length === 0) return '';
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

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

// --- the chain: organs, then a base body or an organ -----------------------------------------------------------

export const CAP_WORD = String.raw`\p{Lu}\p{Ll}{0,7}`;
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}]|-(?=[\p{L}\p{N}])){0,15}`;
const STOP = `(?:${alternation([...PURPOSE_STOP_WORDS, ...Object.keys(LEVEL_WORDS), ...Object.keys(CAP_LEVELS)])})${NOT_BEFORE_WORD}`;
const PARTS: Record<string, string> = {
  purpose: `(?:[ ]{1,3}(?!${STOP})(?:[pP]hòng,[ ]{1,2}chống|${WORD})){1,10}`,
};
const fill = (source: string): string => Object.entries(PARTS).reduce((out, [name, part]) => out.replaceAll(`{{${name}}}`, `(?:${part})`), source);
const g = (named: boolean, name: string): string => (named ? `(?<${name}>` : '(?:');

const OFFICE = looseAlternation(FIELD_OFFICES.map((o) => o.word));
const AGENCY = looseAlternation(AGENCY_OFFICES.map((o) => o.word));

const baseSource = (n: boolean): string => String.raw`
  ${NOT_AFTER_WORD}
  (?: ${g(n, 'field')} ${OFFICE} [ ]{1,3} ${looseAlternation(FIELD_FORMS)} | Bộ [ ]{1,3} ${looseAlternation(MINISTRY_ONLY_FIELDS.map((f) => f.name))} )
    | ${g(n, 'agency')} ${AGENCY} [ ]{1,3} (?: ${looseAlternation(AGENCY_NAMES)} | ${CAP_WORD}(?:[ ]${CAP_WORD}){0,2} ) )
    | ${g(n, 'base')} ${looseAlternation(BASE_FORMS)} )
    | ${g(n, 'steering')} (?: [bB]an[ ]{1,3}[cC]hỉ[ ]{1,3}(?:đạo|huy) | BCĐ ) {{purpose}} )
    | ${g(n, 'adhoc')} Ban[ ]{1,3} (?! ${alternation(NOT_ADHOC_BAN)} ${NOT_BEFORE_WORD} ) ${CAP_WORD} (?: {{purpose}} )? )
  ) ${NOT_BEFORE_WORD}`;

const organSource = (n: boolean): string => String.raw`${NOT_AFTER_WORD} ${g(n, 'organ')} ${looseAlternation(ORGAN_FORMS)} ) ${NOT_BEFORE_WORD}`;

/** The sticky pieces parse.ts read. */
export const ORGAN_REF = vx('test/org-organ-reference', fill(organSource(true)));
export const BASE_REF = vx('test/org-base-reference', fill(baseSource(true)));

/** The chain pattern (organs and a base body or an organ, without the level phrase). */
export const CHAIN_REF = vx(
  'test/org-chain-reference',
  fill(String.raw`
    ${NOT_AFTER_WORD}
    (?: ${organSource(false)} [ ]{1,3} ){0,3}
    (?: ${baseSource(false)} | ${organSource(false)} )
    ${NOT_BEFORE_WORD}`),
);
