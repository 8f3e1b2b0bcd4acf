/**
 * What a count counts: the noun phrase after the number, read by the grammar of the Vietnamese noun phrase
 * (ANNOTATION.md §statistics, issue 16 §4):
 *
 *     number [classifier | type noun] noun [modifiers] | clause goes on
 *
 * The statistics pattern has already cut the phrase where the clause goes on (a preposition, conjunction,
 * auxiliary, numeral or noun of time: lexicon/units.ts `NP_STOP_WORDS`), at most five words. Here the unit is
 * chosen inside it, in its shortest form that names what is counted:
 * - a classifier or type noun keeps its kind after it: `cuốn tài liệu`, `lượt người`, `Tổ Covid cộng đồng`,
 *   `nhà văn hóa`, `trạm bơm`, `căn nhà Đại đoàn kết`; the kind ends after a known counted noun (`lượt dự án
 *   [đăng ký]`);
 * - a frequent counted noun of several syllables ends the unit (`hội nghị [định kỳ]`, `hộ [thành viên]`): the
 *   syllables alone do not show where a Vietnamese word ends;
 * - any other noun phrase is the unit as written, up to three words (`sân bóng`);
 * - a lower-case unit ends before a capitalized word (`5 xã Tân Lập` counts `xã`), except the kind after a
 *   type noun that starts with a capital (`nhà Đại đoàn kết`).
 * Not a count: a noun of time (a duration), a currency, a unit of measure or `%` (other rules), a capitalized
 * word that is not a type noun (a name: `Điều 5 Luật`), and a capitalized unit after a year (`2022 Ban Dân vận`).
 */
import { tokensOf } from '../../patterns/text.js';
import { COUNT_NOUNS, CURRENCY_OF, MEASURE_UNITS, NP_STOP_WORDS, TIME_NOUNS, TYPE_NOUNS } from '../../lexicon/units.js';

const lower = (s: string): string => s.toLowerCase();
const COUNTED = new Set(COUNT_NOUNS.map(lower));
const TYPES = new Set(TYPE_NOUNS);
const TIME = new Set(TIME_NOUNS);
const STOP = new Set(NP_STOP_WORDS);
const MEASURES = new Set(MEASURE_UNITS.map(lower));
const LONGEST_COUNTED = Math.max(...COUNT_NOUNS.map((n) => n.split(' ').length));
const isCapital = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

export interface Counted {
  /** The unit as it stands in the phrase given (spaces kept). */
  unit: string;
  /** Its length in the phrase. */
  length: number;
}

/**
 * The counted unit at the start of `np`, or null when `np` does not start a counted noun phrase.
 * `afterYear`: the number before it reads as a year (a capitalized unit is then a name).
 */
export function countedUnit(np: string, afterYear: boolean): Counted | null {
  const words = tokensOf(np, (c) => c !== ' ');
  if (words.length === 0) return null;
  const low = words.map((w) => lower(w.text.replace(',', '')));
  const head = low[0]!;
  const joined = (n: number): string => low.slice(0, n).join(' ');
  const take = (n: number): Counted => {
    const end = words[n - 1]!.end;
    return { unit: np.slice(0, end).split(' ').filter(Boolean).join(' '), length: end };
  };
  // a coordination written as one unit (`huyện, thị xã`, `cán bộ, công chức`)
  if (np.includes(',')) return take(words.length);
  if ((STOP.has(head) && !TYPES.has(head) && !COUNTED.has(head)) || CURRENCY_OF.has(head) || MEASURES.has(head)) return null;
  for (let n = Math.min(2, words.length); n >= 1; n--) if (TIME.has(joined(n))) return null;

  const capital = isCapital(words[0]!.text);
  if (capital && (afterYear || !(TYPES.has(head) || COUNTED.has(head)))) return null;
  // a lower-case unit ends before a capitalized word (a name follows), except the kind after a type noun
  // (`nhà Đại đoàn kết`)
  let limit = words.length;
  // leading classifiers and type nouns (`căn nhà`), whose kind may be a capitalized name
  let types = 0;
  while (types < low.length && TYPES.has(low[types]!)) types++;
  if (!capital) {
    const from = types > 0 ? types + 1 : 1;
    const cap = words.findIndex((w, i) => i >= from && isCapital(w.text));
    if (cap > 0) limit = cap;
  }

  let known = 0;
  for (let n = Math.min(LONGEST_COUNTED, limit); n >= 1; n--) {
    if (COUNTED.has(joined(n))) {
      known = n;
      break;
    }
  }
  if (known >= 2) return take(known);
  if (types > 0) {
    // the kind after a type noun ends after a known counted noun (`lượt dự án [đăng ký]`, `lượt người`)
    for (let n = Math.min(types + LONGEST_COUNTED, limit); n > types; n--) {
      if (COUNTED.has(low.slice(types, n).join(' '))) return take(n);
    }
    return take(limit);
  }
  if (known === 1) return take(1);
  return take(Math.min(limit, 3));
}
