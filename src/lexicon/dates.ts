/**
 * Words around Vietnamese date expressions (DOMAIN.md §4, ANNOTATION.md
 * §dates). Data only; src/patterns/dates/grammar.ts builds the patterns.
 */

/** Month names written as words (Gregorian use in headers: "Tháng Ba 14, 2025"). Giêng and Chạp are lunar and left out. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  Một: 1,
  Hai: 2,
  Ba: 3,
  Tư: 4,
  Năm: 5,
  Sáu: 6,
  Bảy: 7,
  Tám: 8,
  Chín: 9,
  Mười: 10,
  'Mười Một': 11,
  'Mười Hai': 12,
};

/** Words of time before a capitalized month word without a year ("trong Tháng Tám"); after any other word it is part of a name ("Cách mạng Tháng Tám"). */
export const MONTH_WORD_LEADS: readonly string[] = [
  'trong', 'vào', 'từ', 'đến', 'tới', 'sang', 'đầu', 'cuối', 'giữa', 'hết', 'qua', 'suốt', 'cả', 'và', 'hoặc', 'là', 'tháng',
];

/** After a year-less month or quarter, words that make it a period of several years ("quý 2 các năm 2018 và 2019", "tháng 6 hằng năm"). */
export const PLURAL_YEAR_WORDS: readonly string[] = ['các năm', 'những năm', 'của các năm', 'của những năm', 'hằng năm', 'hàng năm', 'mỗi năm'];

/** Number words for the length of a run of months ("sáu tháng đầu năm", "chín tháng"). */
export const MONTH_COUNT_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
};

/** Roman numerals of quarters. */
export const QUARTER_ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** Lead words of a year range: "giai đoạn 2021-2025", "nhiệm kỳ 2021-2026", "năm học 2021-2022". Part of the mention text. */
export const YEAR_RANGE_LEADS: readonly string[] = ['giai đoạn', 'nhiệm kỳ', 'thời kỳ', 'niên độ', 'năm học', 'năm'];

/**
 * A school year ("năm học 2021-2022"): September of the first year to May of
 * the second, as the Ministry of Education's yearly plans run (school opens
 * in early September, the year ends by 31 May). A month range.
 */
export const SCHOOL_YEAR_LEAD = 'năm học';
export const SCHOOL_YEAR_MONTHS: Readonly<{ first: number; last: number }> = { first: 9, last: 5 };

/**
 * Words after which a bare day-month (no "ngày", no year) is a date: time of
 * day ("Sáng 12/1"), a relative word ("trưa nay 12 - 3", "Hôm nay (29-3)",
 * "ngày mai, 27-3"), "hôm", "từ ... đến". They stay out of the mention text
 * (a relative word and the date it names are then one mention: refine).
 */
export const DAY_TRIGGERS: readonly string[] = [
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng sáng', 'hôm',
  'sáng nay', 'trưa nay', 'chiều nay', 'tối nay', 'đêm nay', 'hôm nay', 'hôm qua', 'hôm kia', 'ngày mai', 'ngày kia',
  'sáng qua', 'trưa qua', 'chiều qua', 'tối qua', 'đêm qua', 'sáng mai', 'trưa mai', 'chiều mai', 'tối mai',
  'từ', 'đến', 'tới', 'vào', 'trước', 'hạn', 'và',
];

/** Words before a number that make it a document number, not a date: "số 02/2021". */
export const NUMBER_LEADS: readonly string[] = ['số', 'Số', 'số hiệu', 'ký hiệu', 'mã số'];

/** Without a reference date, a two-digit year up to this is 20yy, above it 19yy (the POSIX `%y` pivot). */
export const TWO_DIGIT_YEAR_PIVOT = 68;

/** Time-zone notes after a clock time: "(GMT +7)", "GMT+7", "(UTC+07:00)". */
export const UTC_NAMES: readonly string[] = ['GMT', 'UTC'];

/** Vietnam's offset, the default of `meta.published` with a time. */
export const VIETNAM_UTC_OFFSET = '+07:00';

/**
 * How far after the reference date a year-less date may start (days): about
 * a quarter, since reports look back far more than ahead. A report published
 * 2022-01-09 that says "ngày 28/12" means 2021-12-28; one that says "ngày
 * 15/1" means the coming 2022-01-15; one published in September that says
 * "Sáng 13-1" means the January before.
 */
export const MAX_FUTURE_DAYS = 92;

/**
 * Words before a bare four-digit number that make it something other than a
 * year naming a period: a count ("có 2021 hộ"), a number ("số 2021"), an
 * ordinal. Compared in lower case.
 */
export const BARE_YEAR_STOP_WORDS: readonly string[] = [
  'số', 'khóa', 'khoá', 'lần', 'thứ', 'có', 'là', 'đạt', 'tổng', 'gồm', 'hơn', 'gần', 'khoảng', 'trên', 'dưới',
  'chừng', 'ước', 'được', 'điều', 'khoản', 'mục', 'phòng', 'quận', 'huyện', 'đường', 'km', 'mã', 'xe', 'biển', 'phiên',
  'bản', 'tầng', 'nhà', 'lô', 'thửa', 'tờ', 'trang', 'cộng', 'trừ', 'bằng',
];

/** Words before a bare dash pair ("khoản 1-2", "thắng 2-1", "lớp 10-12", "chung cuộc 2-1") that make it not a date. */
export const PARTY_DAY_STOP_WORDS: readonly string[] = ['lớp', 'thắng', 'thua', 'hòa', 'tỷ', 'lệ', 'từ', 'khoảng', 'độ', 'cấp', 'bậc', 'nhóm', 'tuổi', 'cuộc', 'trận'];

/** Duration words after a bare number pair that make it a quantity ("từ 1-2 ngày", "2-3 tháng"). */
export const DURATION_WORDS: readonly string[] = ['ngày', 'tháng', 'năm', 'tuần', 'giờ', 'phút', 'lần', 'người', 'buổi', 'đợt'];

// --- relative dates (ANNOTATION.md §dates: resolved from the publication date or --ref-date) ----------------

/** Relative day words, by their offset in days from the reference date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'hôm nay': 0,
  'hôm qua': -1,
  'hôm kia': -2,
  'ngày mai': 1,
  'ngày kia': 2,
  'ngày mốt': 2,
};

/** Time-of-day words ("sáng nay", "chiều qua", "tối mai"): they stay out of the mention, the relative word after them is the mention. */
export const TIME_OF_DAY_WORDS: readonly string[] = ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya'];

/** The relative word after a time-of-day word, by its offset in days. */
export const TIME_OF_DAY_RELATIVE: Readonly<Record<string, number>> = { nay: 0, qua: -1, mai: 1 };

/** The units of a relative period ("tuần trước", "quý này"). A week is an ISO week, Monday to Sunday. */
export const RELATIVE_UNITS: Readonly<Record<string, 'week' | 'month' | 'quarter' | 'year'>> = {
  tuần: 'week',
  tháng: 'month',
  quý: 'quarter',
  năm: 'year',
};

/** The relative word after a unit, by its offset; `năm nay`, `năm ngoái` only with a year, `này` with the others. */
export const RELATIVE_OFFSETS: Readonly<Record<string, number>> = { này: 0, nay: 0, ngoái: -1, trước: -1, tới: 1, sau: 1 };
/** Which relative words each unit takes ("tháng nay", "tuần ngoái" are not written). */
export const RELATIVE_WORDS_OF_UNIT: Readonly<Record<string, readonly string[]>> = {
  tuần: ['này', 'trước', 'tới', 'sau'],
  tháng: ['này', 'trước', 'tới', 'sau'],
  quý: ['này', 'trước', 'tới', 'sau'],
  năm: ['nay', 'ngoái', 'trước', 'tới', 'sau'],
};

/** A year written relatively after a month, quarter or run of months: "tháng 3 năm trước", "6 tháng đầu năm nay". */
export const RELATIVE_YEAR_WORDS: Readonly<Record<string, number>> = { nay: 0, ngoái: -1, trước: -1, tới: 1, sau: 1 };

/** "N ngày tới", "2 tháng tới", "5 năm tới": the next N units after the reference date's. */
export const AHEAD_RUN_UNITS: Readonly<Record<string, 'day' | 'month' | 'year'>> = { ngày: 'day', tháng: 'month', năm: 'year' };
export const AHEAD_WORDS: readonly string[] = ['tới', 'sắp tới', 'tiếp theo'];

/**
 * Words right before a relative period that make it plural, repeated or
 * vague, not one calendar period: "những năm trước", "các tháng trước",
 * "mỗi tuần", "hằng năm", "nhiều năm nay", and "cùng kỳ năm trước" (read
 * by the same-period rule instead).
 */
export const RELATIVE_STOP_BEFORE: readonly string[] = [
  'những', 'các', 'nhiều', 'mấy', 'vài', 'mọi', 'mỗi', 'hằng', 'hàng', 'bao', 'từng', 'kỳ', 'đoạn', 'cùng',
];

/** Words right after a relative period that make it relative to the narrative, not to the publication: "tháng sau đó", "năm trước nữa". */
export const RELATIVE_STOP_AFTER: readonly string[] = ['đó', 'ấy', 'nữa', 'nào', 'kế tiếp'];

/** A relative period linked by one of these to its own unit is an idiom: "tháng này qua tháng khác", "năm sau cao hơn năm trước". */
export const RELATIVE_IDIOM_LINKS: readonly string[] = ['qua', 'sang', 'nối', 'cao hơn', 'thấp hơn', 'hơn', 'kém'];

/** The same period of another year: "cùng kỳ (năm trước)", "cùng thời kỳ", "cùng giai đoạn năm 2020". */
export const SAME_PERIOD_WORDS: readonly string[] = ['cùng kỳ', 'cùng thời kỳ', 'cùng giai đoạn'];

/** Words before a period that make it a comparison target, not the period a sentence reports: "so với tháng 12/2020". */
export const COMPARISON_LEADS: readonly string[] = ['so với', 'so cùng'];

/** First and last day of a month or year: "ngày đầu tiên của tháng 3", "ngày cuối cùng của năm 2023". */
export const DAY_OF_PERIOD_WORDS: Readonly<Record<string, 'first' | 'last'>> = { 'đầu tiên': 'first', 'cuối cùng': 'last' };
