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
  'Print + | - Font Size',
  'Cỡ chữ:',
  'Xem với cỡ chữ',
  'Logo of',
  'thumbnail',
  'security',
  'Mã xác nhận',
  'Theo dõi chúng tôi',
];

/** Furniture inside a line: URLs and media links, widget labels. */
export const FURNITURE_INLINE: readonly string[] = [
  'Print + | - Font Size: A',
  'Cỡ chữ: A+ A-',
];
