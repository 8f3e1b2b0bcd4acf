/**
 * Page furniture of scraped Vietnamese news and portal pages (DOMAIN.md §7).
 * Data only: core/boilerplate.ts turns these lists into spans that no rule
 * may match inside.
 */

/**
 * A line that starts with one of these (after optional bullets and spaces)
 * is furniture to its end: counters, widgets, share and comment prompts.
 */
export const FURNITURE_LINE_STARTS: readonly string[] = [
  'Lượt xem',
  'Lượt truy cập',
  'Số lượt xem',
  'Thống kê truy cập',
  'Đang online',
  'Đang truy cập',
  'Hôm nay:',
  'Hôm qua:',
  'Trong tuần:',
  'Trong tháng:',
  'Tất cả:',
  'Tổng truy cập',
  'Tổng lượt truy cập',
  'Gửi cho bạn bè',
  'In bài viết',
  'In trang',
  'Chia sẻ bài viết',
  'Chia sẻ:',
  'Xem nhiều nhất',
  'Đọc nhiều nhất',
  'Thông tin mới nhất',
  'Tin mới nhất',
  'Tin liên quan',
  'Các tin khác',
  'Bài liên quan',
  'Tin cùng chuyên mục',
  'Bình luận',
  'Ý kiến bạn đọc',
  'Gửi bình luận',
  'Gửi ý kiến',
  'Gởi câu hỏi',
  'Đăng nhập',
  'Trở về trang trước',
  '< Trở về trang trước',
  'Lên top',
  'Lên đầu trang',
  'Kéo xuống để xem tiếp nội dung',
  'Bạn đang xem:',
  'Từ khoá:',
  'Từ khóa:',
  'Tags:',
  'Trang chủ',
  'Cỡ chữ:',
  'Xem với cỡ chữ',
  'Mã xác nhận',
  'Theo dõi chúng tôi',
];

/**
 * The shapes of furniture lines (core/furniture-shape.ts). Page furniture is
 * recognized by its form, not by its words: a counter ("Label: 994"), a
 * widget made of symbols ("+ | - A"), a menu or breadcrumb of short segments,
 * a navigation link led by an arrow, an empty count ("( )"), a line doubled
 * by an image's alt text, a label repeated on the next line, and the short
 * lower-case labels (sharing, comment, login prompts) that follow the
 * article's last paragraph. These are the thresholds.
 */
export const FURNITURE_SHAPE = {
  /** A line with at least this many words is a body paragraph (and so is one of `minSentenceWords` that ends a sentence). */
  paragraphWords: 12,
  minSentenceWords: 6,
  /** The longest label: words and characters. */
  labelWords: 6,
  labelChars: 48,
  /** A widget line: at least this many symbol tokens, making at least this share of its tokens. */
  symbolTokens: 3,
  symbolShare: 0.4,
  /** A menu or breadcrumb: at least this many segments, each at most `labelWords` words. */
  menuSegments: 3,
} as const;

/** Characters that end a sentence (a body paragraph ends with one of them). */
export const SENTENCE_ENDS: readonly string[] = ['.', '!', '?', '…', ';', ':', '"', '”', ')'];

/** Separators of menus and breadcrumbs: "Trang chủ » Tin tức » Thời sự", "A | B | C". */
export const MENU_SEPARATORS: readonly string[] = ['|', '»', '›', '>', '/', '•', '·'];

/** Arrows that lead or close a navigation link: "< Trở về trang trước", "Xem tiếp »". */
export const LINK_ARROWS: readonly string[] = ['<', '«', '‹', '←', '>', '»', '›', '→', '^', '↑'];

/** Bullets and indentation before a counter or a list item. */
export const LINE_BULLETS: readonly string[] = ['•', '·', '-', '*', '+', '–'];
