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
 * day ("Sáng 12/1"), "hôm", "từ ... đến". They stay out of the mention text.
 */
export const DAY_TRIGGERS: readonly string[] = [
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng', 'hôm', 'sáng nay', 'chiều nay',
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

/** Words before a bare dash pair ("khoản 1-2", "thắng 2-1", "lớp 10-12") that make it not a date. */
export const PARTY_DAY_STOP_WORDS: readonly string[] = ['lớp', 'thắng', 'thua', 'hòa', 'tỷ', 'lệ', 'từ', 'khoảng', 'độ', 'cấp', 'bậc', 'nhóm', 'tuổi'];

/** Duration words after a bare number pair that make it a quantity ("từ 1-2 ngày", "2-3 tháng"). */
export const DURATION_WORDS: readonly string[] = ['ngày', 'tháng', 'năm', 'tuần', 'giờ', 'phút', 'lần', 'người', 'buổi', 'đợt'];
