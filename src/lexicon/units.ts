/**
 * Units and counted nouns of statistics (ANNOTATION.md §statistics,
 * gold/DECISIONS.md §Statistics). Data only.
 *
 * `unit` is the head noun right after the number, in its shortest form that
 * names what is counted: `07 nhiệm vụ [trọng tâm]` has unit `nhiệm vụ`. Type
 * names that are only complete with their modifiers are entries of their own
 * (`Tổ nhân dân tự quản`, `lượt người`, `cuốn tài liệu`). Matching is
 * case-insensitive and longest-first, so `Tổ Covid cộng đồng` wins over `Tổ`.
 */

/** Powers of ten of scale words: `35 tỷ` is 35·10⁹. */
export const SCALE_WORDS: Record<string, number> = {
  'nghìn tỷ': 12,
  'ngàn tỷ': 12,
  'nghìn tỉ': 12,
  'ngàn tỉ': 12,
  'tỷ': 9,
  'tỉ': 9,
  'triệu': 6,
  'vạn': 4,
  'nghìn': 3,
  'ngàn': 3,
};

/** Currency words: all mean Vietnamese đồng. `unit` is `đồng`, `currency` is `VND`. */
export const CURRENCY_WORDS: readonly string[] = ['đồng', 'VNĐ', 'VND', 'vnđ', 'vnd', 'đ', '₫'];

/** Words after `đồng` that make it another word (`12 đồng chí` are comrades, not money). */
export const NOT_CURRENCY_AFTER_DONG: readonly string[] = [
  'chí', 'bào', 'bằng', 'đội', 'hành', 'thời', 'chủ', 'ý', 'tình', 'thuận', 'lòng', 'tâm', 'nghiệp', 'hương',
  'minh', 'loại', 'bộ', 'đều', 'dạng', 'nhất', 'ruộng', 'lúa', 'phục', 'khởi', 'ca', 'hồ', 'môn', 'cấp', 'cảm',
];

/** Percent signs and words. */
export const PERCENT_WORDS: readonly string[] = ['%', 'phần trăm'];

/** Units of measure: kind `measure`. */
export const MEASURE_UNITS: readonly string[] = [
  'kg', 'kilôgam', 'ki-lô-gam', 'gam', 'tấn', 'tạ', 'yến',
  'ha', 'héc-ta', 'hecta', 'm2', 'm²', 'km2', 'km²', 'm3', 'm³',
  'km', 'ki-lô-mét', 'cây số', 'm', 'mét', 'cm', 'mm',
  'lít', 'ml',
  'MW', 'kW', 'kWh', 'MWh', 'GWh',
  'TEU', 'sào',
];

/** Counted nouns: kind `count`. Multi-word entries are names that the head noun alone does not carry. */
export const COUNT_NOUNS: readonly string[] = [
  // people
  'người', 'lượt người', 'người dân', 'cá nhân', 'tập thể', 'đại biểu', 'cán bộ', 'công chức', 'viên chức',
  'cán bộ, công chức', 'cán bộ, đảng viên', 'đảng viên', 'hội viên', 'đoàn viên', 'thành viên', 'cử tri', 'học sinh',
  'sinh viên', 'giáo viên', 'lao động', 'bệnh nhân', 'ca', 'trường hợp', 'đối tượng', 'chiến sĩ', 'cựu chiến binh',
  'thanh niên', 'phụ nữ', 'nông dân', 'hộ', 'hộ nghèo', 'hộ cận nghèo', 'gia đình', 'khẩu', 'nhân khẩu', 'chức sắc',
  'tín đồ', 'già làng', 'người có uy tín', 'tình nguyện viên', 'suất', 'phần quà', 'suất quà', 'lượt', 'lần',
  // events and acts
  'cuộc', 'hội nghị', 'hội thảo', 'buổi', 'đợt', 'lớp', 'phiên', 'chuyến', 'kỳ họp', 'cuộc họp',
  'ý kiến', 'kiến nghị', 'đơn', 'vụ', 'vụ việc', 'tin', 'bài', 'tin, bài', 'phóng sự', 'chương trình', 'hoạt động',
  'công trình', 'dự án', 'đề án', 'mô hình', 'phong trào', 'nhiệm vụ', 'chỉ tiêu', 'giải pháp', 'lĩnh vực',
  'nội dung', 'tiêu chí', 'văn bản', 'nghị quyết', 'chỉ thị', 'kết luận', 'quyết định', 'kế hoạch', 'báo cáo',
  'thông báo', 'hướng dẫn', 'quy định', 'công văn', 'tài liệu', 'cuốn', 'cuốn tài liệu', 'cuốn sách', 'bộ', 'bản',
  'tờ', 'tờ rơi', 'pa nô', 'khẩu hiệu', 'băng rôn', 'giấy khen', 'bằng khen', 'cờ thi đua', 'huân chương',
  'sáng kiến', 'sản phẩm', 'con đường', 'cây cầu', 'cầu', 'căn nhà', 'ngôi nhà', 'nhà', 'nhà đại đoàn kết',
  'nhà tình nghĩa', 'nhà tình thương', 'máy', 'xe', 'chiếc', 'cái', 'con', 'điểm', 'điểm cầu',
  // bodies and units
  'tổ', 'Tổ Covid cộng đồng', 'Tổ nhân dân tự quản', 'tổ hội nghề nghiệp', 'tổ tự quản', 'tổ liên gia', 'đội',
  'đội tình nguyện', 'chi hội', 'chi bộ', 'chi đoàn', 'cơ sở', 'tổ chức', 'tổ chức cơ sở đảng', 'đảng bộ',
  'cơ quan', 'đơn vị', 'doanh nghiệp', 'hợp tác xã', 'trường', 'trường học', 'bệnh viện', 'trạm y tế', 'hội quán',
  'câu lạc bộ', 'nhóm', 'ban', 'ngành', 'sở', 'sở, ngành', 'sở, ban, ngành',
  // places below the commune (administrative units are ADMIN_UNITS)
  'thôn', 'ấp', 'bản', 'làng', 'khu dân cư', 'tổ dân phố', 'thôn, tổ dân phố', 'khu phố', 'khóm', 'điểm',
  'dân tộc', 'tôn giáo', 'quốc gia', 'nước',
  // health, security, services
  'liều', 'liều vắc xin', 'mẫu', 'chốt', 'giường bệnh', 'cơ sở y tế',
  'thẻ bảo hiểm y tế', 'thẻ', 'hồ sơ', 'thủ tục', 'thủ tục hành chính', 'dịch vụ công',
];

/**
 * Administrative units; a number counts one, or a coordination of several
 * written as one unit: `5 huyện, thị xã`, `480 xã, phường, thị trấn`.
 */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu',
];
