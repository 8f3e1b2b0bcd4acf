/**
 * The parts cited right before a reference (ANNOTATION.md `parts`):
 * `điểm a, b khoản 1 Điều 25 Luật Bưu chính`, `Điều 16 Nghị định 54`,
 * `Chương II Thông tư …`. Read backwards from the reference, as a chain of
 * levels from the smallest up (point, clause, article, section, chapter),
 * each level once, with a list of values at any level (`điểm a, b và c`,
 * `khoản 1, 2`). A list at the smallest level gives one entry per value.
 *
 * `Mục` (a section) is read so the chain runs through it, but the contract has
 * no field for it.
 */
import { tokensOf } from '../../patterns/text.js';
import type { DocumentPart } from '../../types.js';

type Level = 'point' | 'clause' | 'article' | 'section' | 'chapter';
const LEVELS: readonly Level[] = ['point', 'clause', 'article', 'section', 'chapter'];
const KEYWORDS: Readonly<Record<string, Level>> = { 'điểm': 'point', 'khoản': 'clause', 'điều': 'article', 'mục': 'section', 'chương': 'chapter' };

const PART_KEYWORDS = Object.keys(KEYWORDS);

const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const ROMAN = new Set(['I', 'V', 'X', 'L', 'C']);

/** Whether a token is a value of the level: `a`, `đ` (points); `1`, `25a` (clauses, articles); `II`, `2` (chapters, sections). */
function isValue(level: Level, v: string): boolean {
  if (v.length === 0 || v.length > 6) return false;
  if (level === 'point') return v.length <= 2 && [...v].every((c) => isLetter(c) && c === c.toLowerCase()) || /* `a1` */ (isLetter(v[0]) && v.length <= 3 && [...v.slice(1)].every(isDigit));
  if (level === 'chapter' || level === 'section') return [...v].every((c) => ROMAN.has(c)) || [...v].every(isDigit);
  let k = 0;
  while (k < v.length && isDigit(v[k])) k++;
  return k > 0 && k <= 4 && v.length - k <= 1 && (k === v.length || (isLetter(v[k]) && v[k] === v[k]!.toLowerCase()));
}

/**
 * The parts written right before `start` in `view` (one entry per value of
 * the smallest level), or [] when none. A `của` or `tại` between the parts and
 * the reference is allowed (`Điều 5 của Luật …`).
 */
export function readParts(view: string, start: number): DocumentPart[] {
  const from = Math.max(0, start - 160);
  const window = view.slice(from, start);
  // no part without its keyword: most references have none before them
  const lower = window.toLowerCase();
  if (!PART_KEYWORDS.some((w) => lower.includes(w))) return [];
  const tokens = tokensOf(window, (c) => isLetter(c) || isDigit(c));
  let k = tokens.length - 1;
  if (k >= 0 && ['của', 'tại', 'theo'].includes(tokens[k]!.text)) k--;
  const found = new Map<Level, string[]>();
  let minLevel = LEVELS.length;
  // walk back: values (with commas and `và`), then their keyword; levels must grow to the left
  while (k >= 0) {
    const values: string[] = [];
    let j = k;
    let keyword: Level | null = null;
    while (j >= 0) {
      const t = tokens[j]!.text;
      const level = KEYWORDS[t.toLowerCase()];
      if (level && values.length > 0) {
        keyword = level;
        break;
      }
      if (t === ',' || t === 'và' || t === 'hoặc') {
        if (values.length === 0) break;
        j--;
        continue;
      }
      if (level) break;
      values.unshift(t);
      j--;
      if (values.length > 8) break;
    }
    if (!keyword) break;
    const rank = LEVELS.indexOf(keyword);
    if (rank >= minLevel) break; // levels grow to the left: `điểm a khoản 1 Điều 25`
    // each value must fit its level; a repeated keyword inside the list (`điểm a, điểm b`) was skipped as a value
    if (!values.every((v) => isValue(keyword!, v))) break;
    k = j - 1;
    // `điểm a, điểm b`: the same keyword again, after a comma or `và`, continues the list
    while (k >= 2 && [',', 'và', 'hoặc'].includes(tokens[k]!.text) && isValue(keyword, tokens[k - 1]!.text) && KEYWORDS[tokens[k - 2]!.text.toLowerCase()] === keyword) {
      values.unshift(tokens[k - 1]!.text);
      k -= 3;
    }
    found.set(keyword, values);
    minLevel = Math.min(minLevel, rank);
  }
  found.delete('section');
  if (found.size === 0) return [];
  const smallest = LEVELS.find((l) => found.has(l)) as Exclude<Level, 'section'>;
  const one = (l: Level): string | null => (l === smallest ? null : found.get(l)?.[0] ?? null);
  return found.get(smallest)!.map((v) => {
    const part: DocumentPart = { chapter: one('chapter'), article: one('article'), clause: one('clause'), point: one('point') };
    part[smallest as Exclude<Level, 'section'>] = v;
    return part;
  });
}
