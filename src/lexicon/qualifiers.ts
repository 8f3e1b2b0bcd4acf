/** Words before a number that bound or move it (ANNOTATION.md §statistics). Data only. */
import type { StatisticMention } from '../types.js';

export const QUALIFIER_WORDS: Record<string, StatisticMention['qualifier']> = {
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

export const CHANGE_WORDS: Record<string, NonNullable<StatisticMention['change']>> = {
  'tăng': 'up',
  'giảm': 'down',
};
