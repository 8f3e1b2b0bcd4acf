/**
 * Weekday names as written in Vietnamese page headers and text (DOMAIN.md §4),
 * with date-fns `getDay` numbers (0 = Sunday). Matching is case-insensitive.
 * "Thứ Tư" is Wednesday ("Thứ Bốn" is not used); "lần thứ hai" is an ordinal,
 * which is why a weekday only counts right before a date.
 */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  'Chủ nhật': 0,
  'Chủ Nhật': 0,
  CN: 0,
  'Thứ Hai': 1,
  'Thứ 2': 1,
  T2: 1,
  'Thứ Ba': 2,
  'Thứ 3': 2,
  T3: 2,
  'Thứ Tư': 3,
  'Thứ 4': 3,
  T4: 3,
  'Thứ Năm': 4,
  'Thứ 5': 4,
  T5: 4,
  'Thứ Sáu': 5,
  'Thứ 6': 5,
  T6: 5,
  'Thứ Bảy': 6,
  'Thứ Bẩy': 6,
  'Thứ 7': 6,
  T7: 6,
};

/** English names of date-fns weekday numbers, for warning messages. */
export const WEEKDAY_NAMES_EN: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
