/**
 * Character tables used by normalization. Data only.
 */

/** Spaces that are not U+0020: no-break, en/em/thin/figure spaces, ideographic space, tabs stay tabs. */
export const ODD_SPACES = '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';

/** Characters of width zero that scraped pages carry: removed (this changes length). */
export const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF\u00AD';

/** Dash variants written as a plain hyphen-minus. */
export const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';

/** Quote variants: mapped to the typographic pair that Vietnamese print uses. */
export const OPENING_DOUBLE_QUOTES = '\u201E\u201F\u00AB\u301D\uFF02';
export const CLOSING_DOUBLE_QUOTES = '\u00BB\u301E\u301F';
export const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u0060\u00B4';

/** The look-alike of Đ (U+00D0, Icelandic eth) and of đ (U+00F0) in scraped documents. */
export const ETH_LOOKALIKES: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ' };

/**
 * Tone marks on a vowel, by tone: [plain, grave, acute, hook, tilde, dot].
 * Each row is one base vowel in NFC; the traditional/modern tone placement
 * moves the mark between the two vowels of oa, oe and uy.
 */
export const TONE_ROWS: readonly (readonly string[])[] = [
  ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
  ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
  ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
  ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
  ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
  ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
  ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
];

/** Vietnamese letters folded to ASCII for keys (after NFD removal of marks, đ needs its own entry). */
export const ASCII_FOLD_EXTRA: Record<string, string> = { 'đ': 'd', 'Đ': 'D' };
