/**
 * Vietnamese numbers written in words, alone or mixed with digits (`hai mươi lăm tỷ`, `một trăm linh năm`,
 * `mười lăm nghìn`, `3 triệu rưỡi`, `3 tỷ 200 triệu`, `10K`), read by the grammar of Vietnamese numerals
 * (DOMAIN.md §5), beside the digit parser (vi-number.ts) that reads each digit token.
 *
 * The grammar, for a group below a thousand:
 *
 *     group   := [digit `trăm`] tens?           (`hai trăm`, `không trăm` inside a larger number)
 *     tens    := (`linh`|`lẻ`) unit              (after hundreds: `một trăm linh năm` 105)
 *              | `mười` unit10?                  (`mười`, `mười một`, `mười lăm` — never `mười năm`)
 *              | digit(2–9) `mươi` unit20?       (`hai mươi`, `hai mươi mốt`, `ba mươi tư`, `bốn mươi lăm`)
 *              | digit `chục`                    (`hai chục` 20)
 *              | digit                           (alone, with no hundreds before it)
 *              | `rưỡi`                          (after hundreds: `hai trăm rưỡi` 250)
 *
 * and above it, by the largest scale word (the last one when it repeats, so `hai nghìn tỷ` is 2000 × 10⁹):
 *
 *     number  := left scale [tail]              left > 0 and, in words below `tỷ`, under a thousand
 *     tail    := a number with a smaller scale  (`3 tỷ 200 triệu`, `một triệu hai trăm nghìn`)
 *              | a full group                    (after `nghìn`: `hai nghìn năm trăm`, `một nghìn lẻ một`;
 *                                                 after `triệu`/`tỷ` only from `không trăm`, since
 *                                                 `một triệu hai trăm` is 1,200,000 in speech)
 *              | `rưỡi`                          (half the scale: `3 triệu rưỡi` 3,500,000)
 *
 * A tail is never a bare digit word: `một nghìn năm` is a thousand years, and `ba triệu hai` is left unread.
 * Anything the grammar does not derive is not a number (null), so callers can reject a match.
 */
import {
  BIG_SCALES,
  CHUC,
  DIGIT_WORDS,
  HALF_WORDS,
  HUNDRED,
  NUMERAL_WORDS,
  SCALE_COMPOUND_TAILS,
  TEN,
  TENS,
  THOUSANDS_SUFFIXES,
  UNITS_AFTER_LINH,
  UNITS_AFTER_MUOI,
  UNITS_AFTER_MUOI_10,
  ZERO_MARKERS,
} from '../lexicon/number-words.js';
import { NOT_BEFORE_WORD, alternation, longestAlternative } from './regex.js';
import { NUMBER_TOKEN, NUMBER_TOKEN_MAX_LENGTH, parseViNumber } from './vi-number.js';

/** One token of an amount: a digit token (read by the digit parser) or a lower-case word. */
type Token = { digits: string } | { word: string };

export interface ReadOptions {
  /**
   * Accept a scale word with no numeral before it as one of it (`chục` 10, `trăm` 100, `nghìn` 1000): only
   * right after a qualifier (`hơn chục`, `gần trăm`), since `hàng trăm` and `hàng nghìn` are vague.
   */
  bare?: boolean;
}

export interface AmountReading {
  value: number;
  /** True when a numeral word was read (not only digits and scale words). */
  words: boolean;
  /** Digit tokens as written, for the digit parser's warnings. */
  digitTokens: string[];
}

const isDigits = (s: string): boolean => s.length > 0 && s[0]! >= '0' && s[0]! <= '9';
const word = (t: Token | undefined): string | undefined => (t && 'word' in t ? t.word : undefined);
const HALF = new Set(HALF_WORDS);
const ZERO = new Set(ZERO_MARKERS);

/** Split an amount into tokens; `10K` is `10` and `nghìn`, `1,5tỷ` is `1,5` and `tỷ`. */
export function tokenizeAmount(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of text.split(' ')) {
    const piece = raw.trim();
    if (!piece) continue;
    if (isDigits(piece)) {
      // `1,5tỷ`: a scale word written against the digits
      let cut = 0;
      while (cut < piece.length && (isDigits(piece[cut]!) || piece[cut] === '.' || piece[cut] === ',')) cut++;
      const digits = piece.slice(0, cut);
      const rest = piece.slice(cut);
      if (THOUSANDS_SUFFIXES.includes(rest)) out.push({ digits }, { word: 'nghìn' });
      else if (rest) out.push({ digits }, { word: rest.toLowerCase() });
      else out.push({ digits });
    } else out.push({ word: piece.toLowerCase() });
  }
  return out;
}

/** A group below a thousand (see the grammar above), or null. `full`: hundreds are required (a tail). */
function readGroup(ts: readonly Token[], opts: { bare: boolean; full: boolean }): number | null {
  if (ts.length === 0) return null;
  if (ts.length === 1 && 'digits' in ts[0]!) return opts.full ? null : parseViNumber(ts[0].digits).value;
  if (ts.some((t) => 'digits' in t)) return null;
  const w = ts.map((t) => word(t)!);
  let p = 0;
  let value = 0;
  let hundreds = false;
  if (w[0] === HUNDRED && opts.bare) {
    value = 100;
    p = 1;
    hundreds = true;
  } else if (DIGIT_WORDS[w[0]!] !== undefined && w[1] === HUNDRED) {
    value = DIGIT_WORDS[w[0]!]! * 100;
    p = 2;
    hundreds = true;
  }
  if (opts.full && !hundreds) {
    // a tail may also start at the zero marker (`một nghìn lẻ một`)
    if (!(ZERO.has(w[0]!) && w.length === 2)) return null;
  }
  if (p === w.length) return hundreds && value > 0 ? value : null;
  const t = w[p]!;
  const rest = w.length - p;
  if (HALF.has(t)) return hundreds && rest === 1 && value > 0 ? value + 50 : null;
  if (ZERO.has(t)) {
    const u = UNITS_AFTER_LINH[w[p + 1] ?? ''];
    return rest === 2 && u !== undefined && (hundreds || opts.full) ? value + u : null;
  }
  if (t === TEN) {
    if (rest === 1) return value + 10;
    const u = UNITS_AFTER_MUOI_10[w[p + 1]!];
    return rest === 2 && u !== undefined ? value + 10 + u : null;
  }
  if (t === CHUC) return !hundreds && rest === 1 && opts.bare ? 10 : null;
  const d = DIGIT_WORDS[t];
  if (d === undefined) return null;
  if (w[p + 1] === TENS) {
    if (d < 2) return null;
    if (rest === 2) return value + d * 10;
    const u = UNITS_AFTER_MUOI[w[p + 2]!];
    return rest === 3 && u !== undefined ? value + d * 10 + u : null;
  }
  if (w[p + 1] === CHUC) return !hundreds && rest === 2 && d >= 1 ? d * 10 : null;
  if (rest === 1 && !hundreds && d >= 1) return d;
  return null;
}

const scaleOf = (t: Token): number | undefined => (('word' in t && BIG_SCALES[t.word]) || undefined);

/** The value of tokens with scale words (see the grammar above), or null. */
function readTokens(ts: readonly Token[], opts: { bare: boolean; tail: boolean }): number | null {
  if (ts.length === 0) return null;
  let exp = 0;
  let at = -1;
  ts.forEach((t, i) => {
    const e = scaleOf(t);
    if (e !== undefined && e >= exp) {
      exp = e;
      at = i;
    }
  });
  if (at < 0) return readGroup(ts, { bare: opts.bare, full: opts.tail });

  const left = ts.slice(0, at);
  const right = ts.slice(at + 1);
  const unit = 10 ** exp;

  // left × scale, exact for decimals (`1,2 triệu`) through the digit parser
  let high: number;
  let fractional = false;
  if (left.length === 0) {
    if (!opts.bare) return null;
    high = unit;
  } else if (left.length === 1 && 'digits' in left[0]!) {
    const n = parseViNumber(left[0].digits, exp);
    const whole = parseViNumber(left[0].digits);
    fractional = !Number.isInteger(whole.value);
    if (whole.value <= 0) return null; // digits before a scale word may be large: `35.000 triệu`
    high = n.value;
  } else {
    // `không nghìn` inside a tail (`một triệu không nghìn hai trăm`)
    const zeroLead = opts.tail && left.length === 1 && word(left[0]) === 'không';
    const l = zeroLead ? 0 : readTokens(left, { bare: opts.bare, tail: false });
    if (l === null || (!zeroLead && l <= 0) || (exp < 9 && l >= 1000) || l >= 1_000_000) return null;
    high = l * unit;
  }

  if (right.length === 0) return high;
  if (fractional) return null;
  if (right.length === 1 && HALF.has(word(right[0]) ?? '')) return high + unit / 2;
  let low: number | null;
  if (right.some((t) => scaleOf(t) !== undefined)) {
    low = readTokens(right, { bare: false, tail: true });
  } else if (exp === 3 || (word(right[0]) === 'không' && word(right[1]) === HUNDRED)) {
    low = readGroup(right, { bare: false, full: true });
  } else low = null;
  if (low === null || low >= unit) return null;
  return high + low;
}

/** Read an amount in words, digits or both; null when the grammar does not derive it. */
export function readAmount(text: string, opts: ReadOptions = {}): AmountReading | null {
  const tokens = tokenizeAmount(text);
  if (tokens.length === 0) return null;
  const value = readTokens(tokens, { bare: opts.bare ?? false, tail: false });
  if (value === null) return null;
  const digitTokens = tokens.flatMap((t) => ('digits' in t ? [t.digits] : []));
  const words = tokens.some((t) => 'word' in t && BIG_SCALES[t.word] === undefined);
  return { value, words, digitTokens };
}

/** Read a numeral written only in words (`hai mươi lăm nghìn`); null when it is not one. */
export function readNumberWords(text: string, opts: ReadOptions = {}): number | null {
  const tokens = tokenizeAmount(text);
  if (tokens.some((t) => 'digits' in t)) return null;
  return readAmount(text, opts)?.value ?? null;
}

/** One numeral word, as a pattern fragment (case-insensitive use). */
export const NUMERAL_WORD = `${alternation(NUMERAL_WORDS)}${NOT_BEFORE_WORD}(?![ ]{1,3}${alternation(SCALE_COMPOUND_TAILS)}${NOT_BEFORE_WORD})`;

/** A scale word (`nghìn`, `tỷ`, …) or `rưỡi`, as a pattern fragment; not the first syllable of `tỷ lệ`, `tỷ phú`. */
const SCALE_OR_HALF = `${alternation([...Object.keys(BIG_SCALES), ...HALF_WORDS])}${NOT_BEFORE_WORD}(?![ ]{1,3}${alternation(SCALE_COMPOUND_TAILS)}${NOT_BEFORE_WORD})`;

/**
 * `DIGIT_AMOUNT` is the digits part alone (ratios are written in digits).
 *
 * An amount as a pattern fragment: digits (`10K` thousands) with scale words and tails (`3 tỷ 200 triệu`,
 * `3 triệu rưỡi`, `1,2 nghìn tỷ`), or a run of numeral words (`hai mươi lăm tỷ`). Bounded and linear;
 * `readAmount` decides whether it is a number.
 */
export const DIGIT_AMOUNT = String.raw`(?:
    ${NUMBER_TOKEN} (?: [kK] ${NOT_BEFORE_WORD} )?
      (?: [ ]{0,2} ${SCALE_OR_HALF} (?: [ ]{1,2} ${SCALE_OR_HALF} )? )?
      (?: [ ]{1,2} \d{1,3} [ ]{1,2} ${SCALE_OR_HALF} (?: [ ]{1,2} ${SCALE_OR_HALF} )? ){0,2}
)`;

/**
 * The characters a `DIGIT_AMOUNT` can have right after its number (`NUMBER_TOKEN`): `K` in either case (and the
 * Kelvin sign, which `/iu` matches with it), a space, or the first letter of a scale word written close (`5triệu`),
 * in either case. A pattern whose amount is followed by spaces (a count, a ratio) needs one of them there.
 */
export const AFTER_NUMBER_IN_AMOUNT = [
  ...new Set([' ', 'k', 'K', '\u212a', ...[...Object.keys(BIG_SCALES), ...HALF_WORDS].flatMap((w) => [w[0]!.toLowerCase(), w[0]!.toUpperCase()])]),
].join('');

export const AMOUNT = String.raw`(?: ${DIGIT_AMOUNT} | ${NUMERAL_WORD} (?: [ ]{1,2} ${NUMERAL_WORD} ){0,15} )`;

/**
 * The most characters `DIGIT_AMOUNT` and `AMOUNT` can match, read off the fragments above (change them together):
 * a `NUMBER_TOKEN` (seven groups of 15 digits and their separators), `K`, two scale words, and twice a group of
 * three digits with two scale words, each with the spaces it allows; or sixteen numeral words two spaces apart.
 */
const SCALE_LENGTH = longestAlternative([...Object.keys(BIG_SCALES), ...HALF_WORDS]);
/** The most characters `DIGIT_AMOUNT` reads after its `NUMBER_TOKEN`: `K`, the scale words and the groups after it. */
export const DIGIT_AMOUNT_TAIL_MAX_LENGTH = 1 + (2 + SCALE_LENGTH + 2 + SCALE_LENGTH) + 2 * (2 + 3 + 2 + SCALE_LENGTH + 2 + SCALE_LENGTH);
export const DIGIT_AMOUNT_MAX_LENGTH = NUMBER_TOKEN_MAX_LENGTH + DIGIT_AMOUNT_TAIL_MAX_LENGTH;
export const AMOUNT_MAX_LENGTH = Math.max(DIGIT_AMOUNT_MAX_LENGTH, 16 * longestAlternative(NUMERAL_WORDS) + 15 * 2);

