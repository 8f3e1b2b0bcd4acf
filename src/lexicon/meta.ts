/**
 * Header and footer conventions of Vietnamese news and portal pages
 * (DOMAIN.md §4 "Header timestamps seen", §7 lead tags and bylines).
 * Data only; src/meta/ reads them.
 */

/** Labels before a publication timestamp: "Cập nhật ngày: 09/01/2022 10:11:26", "Ngày đăng: ...", "Gửi lúc: ...". */
export const PUBLISHED_LABELS: readonly string[] = [
  'Cập nhật ngày',
  'Cập nhật lúc',
  'Cập nhật',
  'Ngày cập nhật',
  'Ngày đăng',
  'Đăng ngày',
  'Đăng lúc',
  'Ngày xuất bản',
  'Xuất bản',
  'Thời gian đăng',
  'Gửi lúc',
  'Ngày gửi',
  'Ngày ban hành',
];

/** Labels before a byline, dropped from `author`: "Tin, ảnh: Hằng Nga", "Theo TTXVN", "Nguồn: Báo Nhân Dân". */
export const BYLINE_PREFIXES: readonly string[] = [
  'Tin, ảnh:',
  'Tin và ảnh:',
  'Bài, ảnh:',
  'Bài và ảnh:',
  'Bài:',
  'Tin:',
  'Tác giả:',
  'Người viết:',
  'Nguồn:',
  'Theo',
];

/** Parenthesized notes after a byline, dropped: "Hằng Nga (tổng hợp)". */
export const BYLINE_NOTES: readonly string[] = ['(tổng hợp)', '(TH)', '(theo TTXVN)', '(lược ghi)', '(giới thiệu)'];

/** Web-site endings of a self-naming tag: "(baophutho.vn) -", "(Vinhlong.gov.vn) –", "(Chinhphu.vn) -". */
export const OUTLET_DOMAIN_ENDINGS: readonly string[] = ['vn', 'com', 'net', 'org', 'info'];

/** The longest line that can still be a headline or a byline, in characters. */
export const MAX_TITLE_LENGTH = 250;
export const MAX_BYLINE_LENGTH = 48;

/** Words that open the subject line under a legal document's heading: "Về việc ban hành …", "V/v …". */
export const SUBJECT_LEADS: readonly string[] = ['Về việc', 'V/v', 'Về'];
