/**
 * Vietnamese numerals written in words (DOMAIN.md §5, ANNOTATION.md §statistics). Data only; the grammar that
 * combines them is src/patterns/vi-number-words.ts.
 *
 * The numeral system is closed: ten digit words, the tens words `mười` (ten) and `mươi` (times ten), the
 * variants a digit takes after `mươi` (`mốt` 1, `tư` 4, `lăm`/`nhăm` 5) and after `mười` (`lăm` 5), the zero
 * markers `linh`/`lẻ` between hundreds and units, and the scale words.
 */

/** Digit words, 0–9, as they stand before `trăm`, `mươi`, a scale word, or alone. */
export const DIGIT_WORDS: Record<string, number> = {
  'không': 0,
  'một': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4,
  'năm': 5,
  'sáu': 6,
  'bảy': 7,
  'bẩy': 7,
  'tám': 8,
  'chín': 9,
};

/**
 * Units after `mười` (11–19): `năm` becomes `lăm` (`mười lăm`, never `mười năm`, which is "ten years"); `tư`
 * for 14 is regional but written (`mười tư`).
 */
export const UNITS_AFTER_MUOI_10: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'lăm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};

/**
 * Units after `X mươi` (21–99): 1 is `mốt` (also `một`), 4 is `tư` or `bốn`, 5 is `lăm` or `nhăm` (never
 * `năm`: `hai mươi năm` is twenty years).
 */
export const UNITS_AFTER_MUOI: Record<string, number> = {
  'mốt': 1, 'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'lăm': 5, 'nhăm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7,
  'tám': 8, 'chín': 9,
};

/** Units after the zero marker `linh`/`lẻ` (`một trăm linh năm` 105, `một trăm linh tư` 104). */
export const UNITS_AFTER_LINH: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};

/** `mười` ten; `mươi` tens after a digit; `chục` ten (`hai chục` 20, `hơn chục` over ten). */
export const TEN = 'mười';
export const TENS = 'mươi';
export const CHUC = 'chục';
export const HUNDRED = 'trăm';

/** Zero markers between hundreds and units. */
export const ZERO_MARKERS: readonly string[] = ['linh', 'lẻ'];

/** Half of the scale before it: `trăm rưỡi` 150, `3 triệu rưỡi` 3,500,000. */
export const HALF_WORDS: readonly string[] = ['rưỡi', 'rưởi'];

/** Scale words above a hundred, with their power of ten (`nghìn tỷ` is read as `nghìn` × `tỷ`). */
export const BIG_SCALES: Record<string, number> = {
  'nghìn': 3,
  'ngàn': 3,
  'vạn': 4,
  'triệu': 6,
  'tỷ': 9,
  'tỉ': 9,
};

/** Every word a numeral in words may contain. */
export const NUMERAL_WORDS: readonly string[] = [
  ...new Set([
    ...Object.keys(DIGIT_WORDS),
    ...Object.keys(UNITS_AFTER_MUOI),
    ...Object.keys(UNITS_AFTER_MUOI_10),
    TEN,
    TENS,
    CHUC,
    HUNDRED,
    ...ZERO_MARKERS,
    ...HALF_WORDS,
    ...Object.keys(BIG_SCALES),
  ]),
];

/** `10K`, `50k`: thousands in the informal shorthand of prices. */
export const THOUSANDS_SUFFIXES: readonly string[] = ['K', 'k'];

/**
 * Set phrases that start with numerals but count nothing (proverbs and idioms); with `một số`, `một cách`,
 * `hai bên` (one digit word before a noun, never a count) they are not statistics.
 */
export const NUMERAL_IDIOMS: readonly string[] = [
  'mười phân vẹn mười', 'chín người mười ý', 'năm lần bảy lượt', 'ba chìm bảy nổi', 'bảy nổi ba chìm',
  'năm bè bảy mối', 'trăm công nghìn việc', 'trăm công ngàn việc', 'nghìn cân treo sợi tóc',
  'ngàn cân treo sợi tóc', 'trăm nghe không bằng một thấy', 'một vốn bốn lời', 'ba bề bốn bên', 'mười mươi',
  'trăm người như một', 'một sớm một chiều', 'trăm phần trăm',
];

/** Second syllables that make a scale word part of another word: `tỷ lệ`, `tỷ giá`, `tỷ trọng`, `tỷ phú`, `triệu phú`, `triệu tập`. */
export const SCALE_COMPOUND_TAILS: readonly string[] = ['lệ', 'giá', 'trọng', 'phú', 'tập', 'số'];
