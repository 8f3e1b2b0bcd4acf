/**
 * The gazetteer's names as the index keys them, grouped by first key: each unit's bare name in the match view's
 * tone placement, in each of its written forms, under the first word of the form (lower case, numbers without
 * leading zeros). The index puts a group in its trie when a text first asks for that word.
 *
 * Finding the groups means placing tones in and cutting the first word of ~14,000 names: ~15 ms at every start of
 * the command (issue 14). So the build computes them once with this very code (scripts/compile-gazetteer.mjs) and
 * writes them as text into dist (name-groups-ahead.ts); in the source tree that table is empty and the groups are
 * computed here when first needed. Either way they are the same groups (the build checks it, and
 * test/unit/name-groups.test.ts checks the text reads back as computed).
 */
import { placeTones } from '../../core/normalize.js';
import type { AdminUnit } from '../../lexicon/gazetteer.js';
import { forEachRow } from '../../lexicon/rows.js';
import { firstWord, phraseWords } from '../../patterns/token-trie.js';

/** Numbers are keyed without leading zeros: `Phường 01` is `Phường 1`. */
export const numberKey = (key: string): string => {
  let i = 0;
  while (i < key.length - 1 && key[i] === '0') i++;
  return i > 0 && isDigits(key) ? key.slice(i) : key;
};
const isDigits = (s: string): boolean => {
  for (const ch of s) if (ch < '0' || ch > '9') return false;
  return s.length > 0;
};

/** The written words of a phrase, one per token, and their keys (lower case, numbers without leading zeros). */
export function wordsOf(phrase: string): { words: string[]; keys: string[] } {
  const words = phraseWords(phrase);
  return { words, keys: words.map((w) => numberKey(w.toLowerCase())) };
}

/** The first of `wordsOf(phrase).keys`, without cutting the other words. */
function firstKeyOf(phrase: string): string {
  const word = firstWord(phrase);
  if (word === null) throw new Error(`gazetteer: a name without a word: ${JSON.stringify(phrase)}`);
  return numberKey(word.toLowerCase());
}

/** A name with an apostrophe is written both ways: `Ia H' Drai` and `Ia H'Drai`. */
function apostropheForms(name: string): string[] {
  if (!name.includes("'")) return [name];
  const joined = name.split("' ").join("'");
  const spaced = joined.split("'").join("' ");
  return [...new Set([name, joined, spaced])];
}

/** The forms of a unit's bare name the index holds, in the match view's tone placement. */
export const nameForms = (unit: AdminUnit): string[] => apostropheForms(placeTones(unit.bare, 'traditional'));

/** One form of one unit: the unit's place in the list the groups were made from, and the form's in `nameForms`. */
export interface NameRef {
  unit: number;
  form: number;
}

/** Every form of every unit under its first key, each group in the order of the units and their forms. */
export function nameGroups(units: readonly AdminUnit[]): Map<string, NameRef[]> {
  const groups = new Map<string, NameRef[]>();
  units.forEach((unit, k) => {
    nameForms(unit).forEach((form, f) => {
      const key = firstKeyOf(form);
      const ref = { unit: k, form: f };
      const group = groups.get(key);
      if (group) group.push(ref);
      else groups.set(key, [ref]);
    });
  });
  return groups;
}

// As text: a group a line, `key<TAB>refs`; a ref is the unit's number in base 36, with `.form` after it when the
// form is not the first. A line is read only when a text asks for its key.

/** The groups as text. */
export function writeNameGroups(groups: ReadonlyMap<string, readonly NameRef[]>): string {
  const ref = ({ unit, form }: NameRef): string => (form === 0 ? unit.toString(36) : `${unit.toString(36)}.${form}`);
  return [...groups].map(([key, refs]) => `${key}\t${refs.map(ref).join(',')}`).join('\n');
}

/** Each group's key and its refs still as text (`readRefs` reads them), in the order written. */
export function readNameGroups(text: string): Map<string, string> {
  const groups = new Map<string, string>();
  forEachRow(text, (at, end) => {
    const tab = text.indexOf('\t', at);
    if (tab < 0 || tab > end) throw new Error(`name groups: no tab in line at ${at}`);
    groups.set(text.slice(at, tab), text.slice(tab + 1, end));
  });
  return groups;
}

/** The refs of one group, as `writeNameGroups` wrote them. */
export function readRefs(refs: string): NameRef[] {
  return refs.split(',').map((ref) => {
    const dot = ref.indexOf('.');
    return dot < 0 ? { unit: parseInt(ref, 36), form: 0 } : { unit: parseInt(ref.slice(0, dot), 36), form: Number(ref.slice(dot + 1)) };
  });
}
