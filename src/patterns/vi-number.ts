/**
 * Vietnamese numbers: the only place where digits, separators and scale
 * words become values (ANNOTATION.md §statistics, DOMAIN.md §5).
 *
 * Vietnamese writes thousands with `.` and decimals with `,`: `1.370` is
 * 1370, `82,6` is 82.6, `9.283.600.000` is 9283600000. Scale words multiply:
 * `35 tỷ` is 35·10⁹, `2,155 triệu` is 2155000, `35 tỷ 200 triệu` is 35.2·10⁹.
 *
 * Flags:
 * - `irregular`: separators that fit no standard grouping (`12.306.207.00`,
 *   `1.5`): the last group is read as decimals when it has fewer than three
 *   digits (12306207, 1.5).
 * - `ambiguous`: a reading the separators alone cannot settle: `465,361` (a
 *   Vietnamese decimal, or English thousands?) is read the Vietnamese way,
 *   465.361; `1,234,567` (English thousands) is read as 1234567.
 */
import { SCALE_WORDS } from '../lexicon/units.js';
import { alternation } from './regex.js';
import { wordKey } from './text.js';

export interface ViNumber {
  value: number;
  irregular: boolean;
  ambiguous: boolean;
  /** How the digits were read, for warnings: 'thousands', 'decimal', 'integer', ... */
  reading: string;
}

/**
 * A digit run with separators, bounded (`\d{1,15}` groups, at most 7 of them) so the
 * matcher stays linear. `{{number}}` in statistics patterns.
 *
 * Each group takes its whole run of digits (`(?!\d)`): what follows a number in every pattern that reads one
 * (a separator, a space, a scale word, a unit, a currency, `%`, the end of a word) never starts with a digit, so a
 * group cut short inside its digits could never lead to a match; without the guard, a number that is followed
 * by no unit made the engine try every shorter run of its digits before giving up.
 */
export const NUMBER_GROUPS = 7;
const GROUP_DIGITS = 15;
export const NUMBER_TOKEN = String.raw`\d{1,${GROUP_DIGITS}}(?!\d)(?:[.,]\d{1,${GROUP_DIGITS}}(?!\d)){0,${NUMBER_GROUPS - 1}}`;
/** The most characters `NUMBER_TOKEN` matches: its groups of digits and the separators between them. */
export const NUMBER_TOKEN_MAX_LENGTH = NUMBER_GROUPS * GROUP_DIGITS + (NUMBER_GROUPS - 1);

/** Scale words as a pattern fragment (`nghìn tỷ` before `tỷ`). */
export const SCALE_WORD = alternation(Object.keys(SCALE_WORDS));

/** Exact decimal arithmetic on strings: digits × 10^shift, as a JS number. */
function scaleDigits(intPart: string, fraction: string, exponent: number): number {
  const raw = intPart + fraction;
  let lead = 0;
  while (lead < raw.length - 1 && raw[lead] === '0') lead++;
  const digits = raw.slice(lead) || '0';
  const shift = exponent - fraction.length;
  if (shift >= 0) return Number(digits + '0'.repeat(shift));
  const point = digits.length + shift;
  return point > 0 ? Number(`${digits.slice(0, point)}.${digits.slice(point)}`) : Number(`0.${'0'.repeat(-point)}${digits}`);
}

/** Parse a digit token (`NUMBER_TOKEN`), optionally times 10^exponent. */
export function parseViNumber(token: string, exponent = 0): ViNumber {
  // digits alone (most numbers): an integer, without splitting into groups
  if (!token.includes('.') && !token.includes(',')) return { value: scaleDigits(token, '', exponent), irregular: false, ambiguous: false, reading: 'integer' };
  const groups = token.split('.').flatMap((g) => g.split(','));
  const seps = [...token].filter((c) => c === '.' || c === ',');
  const result = (intPart: string, fraction: string, flags: Partial<ViNumber> & { reading: string }): ViNumber => ({
    value: scaleDigits(intPart, fraction, exponent),
    irregular: flags.irregular ?? false,
    ambiguous: flags.ambiguous ?? false,
    reading: flags.reading,
  });
  if (seps.length === 0) return result(token, '', { reading: 'integer' });

  const first = groups[0]!;
  const rest = groups.slice(1);
  const dots = seps.filter((c) => c === '.').length;
  const commas = seps.length - dots;
  const allThree = (gs: string[]): boolean => gs.every((g) => g.length === 3);
  const head = first.length >= 1 && first.length <= 3;

  // 1.370 · 9.283.600.000 · 1.234,5
  if (dots >= 1 && (commas === 0 || (commas === 1 && seps[seps.length - 1] === ','))) {
    const thousandGroups = commas === 1 ? rest.slice(0, -1) : rest;
    const fraction = commas === 1 ? rest[rest.length - 1]! : '';
    if (head && allThree(thousandGroups)) {
      return result(first + thousandGroups.join(''), fraction, { reading: commas ? 'thousands+decimal' : 'thousands' });
    }
  }
  // 82,6 · 60,57 · 465,361 (ambiguous: three digits after one comma)
  if (dots === 0 && commas === 1) {
    const fraction = rest[0]!;
    return result(first, fraction, { reading: 'decimal', ambiguous: fraction.length === 3 });
  }
  // 1,234,567 — English thousands
  if (dots === 0 && commas > 1 && head && allThree(rest)) {
    return result(first + rest.join(''), '', { reading: 'english-thousands', ambiguous: true });
  }
  // 1,234.5 — English thousands with a decimal point
  if (dots === 1 && commas >= 1 && seps[seps.length - 1] === '.' && head && allThree(rest.slice(0, -1))) {
    return result(first + rest.slice(0, -1).join(''), rest[rest.length - 1]!, { reading: 'english-decimal', ambiguous: true });
  }
  // Irregular: 12.306.207.00 → 12306207 (a short last group is decimals); 1.5 → 1.5
  const last = groups[groups.length - 1]!;
  if (last.length < 3) {
    return result(groups.slice(0, -1).join(''), last, { reading: 'irregular-decimal', irregular: true });
  }
  return result(groups.join(''), '', { reading: 'irregular-integer', irregular: true });
}

/** The power of ten of a run of scale words (`nghìn tỷ` → 12, `tỷ` → 9). */
export function scaleExponent(word: string | undefined): number {
  if (!word) return 0;
  const key = wordKey(word);
  return SCALE_WORDS[key] ?? 0;
}
