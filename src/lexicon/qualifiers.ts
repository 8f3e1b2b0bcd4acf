/** Words before a number that bound or move it (ANNOTATION.md §statistics). Data only. */

/** What a qualifier word does to a number: the `qualifier` of a statistic. */
export const QUALIFIERS = ['exact', 'approx', 'nearly', 'over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/** The `change` of a statistic. */
export const CHANGES = ['up', 'down'] as const;
export type Change = (typeof CHANGES)[number];

export const QUALIFIER_WORDS: Record<string, Qualifier> = {
  'khoảng': 'approx',
  'chừng': 'approx',
  'xấp xỉ': 'approx',
  'ước': 'approx',
  'ước đạt': 'approx',
  'ước tính': 'approx',
  'ước khoảng': 'approx',
  'gần': 'nearly',
  'hơn': 'over',
  'trên': 'over',
  'trên dưới': 'approx',
  'dưới': 'under',
  'chưa đến': 'under',
  'chưa tới': 'under',
  'không quá': 'under',
};

export const CHANGE_WORDS: Record<string, Change> = {
  'tăng': 'up',
  'giảm': 'down',
};
