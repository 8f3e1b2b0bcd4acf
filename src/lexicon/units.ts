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

/**
 * Currencies by ISO 4217 code, with the names Vietnamese text writes after an amount: the code itself and the
 * Vietnamese name of the currency (as the State Bank's exchange-rate tables name them). `unit` of money is `đồng`
 * for VND and the code for the others (`USD`, `EUR`).
 */
export const CURRENCIES: Record<string, readonly string[]> = {
  VND: ['đồng', 'VNĐ', 'VND', 'vnđ', 'vnd', 'đ', '₫', 'đồng Việt Nam'],
  USD: ['USD', 'đô la Mỹ', 'đôla Mỹ', 'đô-la Mỹ', 'đô la', 'đôla', 'đô-la', 'US$', 'Đô la Mỹ', 'Đô-la Mỹ'],
  EUR: ['EUR', 'euro', 'Euro', 'EURO', 'ơ-rô', 'Ơ-rô', '€'],
  JPY: ['JPY', 'yên', 'Yên', 'yên Nhật', 'Yên Nhật'],
  CNY: ['CNY', 'RMB', 'nhân dân tệ', 'Nhân dân tệ', 'NDT', 'tệ'],
  GBP: ['GBP', 'bảng Anh', 'Bảng Anh'],
  KRW: ['KRW', 'won', 'Won', 'won Hàn Quốc', 'Won Hàn Quốc'],
  THB: ['THB', 'baht', 'Baht', 'bạt', 'bạt Thái'],
  LAK: ['LAK', 'kíp', 'Kíp', 'kíp Lào', 'kip'],
  KHR: ['KHR', 'riel', 'Riel'],
  SGD: ['SGD', 'đô la Singapore', 'đô-la Singapore'],
  AUD: ['AUD', 'đô la Úc', 'đô-la Úc', 'đô la Australia'],
  CAD: ['CAD', 'đô la Canada', 'đô-la Canada'],
  HKD: ['HKD', 'đô la Hồng Kông', 'đô la Hong Kong'],
  TWD: ['TWD', 'Đài tệ', 'đài tệ', 'Tân Đài tệ'],
  CHF: ['CHF', 'franc Thụy Sĩ'],
  RUB: ['RUB', 'rúp', 'Rúp', 'rúp Nga'],
  INR: ['INR', 'rupee', 'Rupee', 'rupee Ấn Độ'],
  MYR: ['MYR', 'ringgit', 'Ringgit'],
  IDR: ['IDR', 'rupiah', 'Rupiah'],
  PHP: ['PHP', 'peso Philippines'],
  NZD: ['NZD', 'đô la New Zealand'],
  SEK: ['SEK', 'krona Thụy Điển'],
  DKK: ['DKK', 'krone Đan Mạch'],
  NOK: ['NOK', 'krone Na Uy'],
  SAR: ['SAR', 'riyal Saudi'],
  KWD: ['KWD', 'dinar Kuwait'],
};

/** Currency word → ISO code (case as written; `đồng` and its variants are VND). */
export const CURRENCY_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CURRENCIES).flatMap(([code, words]) => words.map((w) => [w.toLowerCase(), code] as const)),
);

/** Currency words: all of them (kept for the dates rules, which ask whether a unit follows a number). */
export const CURRENCY_WORDS: readonly string[] = Object.values(CURRENCIES).flat();

/** Words after `đồng` that make it another word (`12 đồng chí` are comrades, not money). */
export const NOT_CURRENCY_AFTER_DONG: readonly string[] = [
  'chí', 'bào', 'bằng', 'đội', 'hành', 'thời', 'chủ', 'ý', 'tình', 'thuận', 'lòng', 'tâm', 'nghiệp', 'hương',
  'minh', 'loại', 'bộ', 'đều', 'dạng', 'nhất', 'ruộng', 'lúa', 'phục', 'khởi', 'ca', 'hồ', 'môn', 'cấp', 'cảm',
  'bọn', 'lõa', 'xu', 'sàng', 'thanh', 'cỏ', 'nát', 'bằng', 'nội',
];

/** Percent signs and words. */
export const PERCENT_WORDS: readonly string[] = ['%', 'phần trăm'];

/** Units of measure: kind `measure`. A closed list (SI and the units Vietnamese statistics use). */
export const MEASURE_UNITS: readonly string[] = [
  'kg', 'kilôgam', 'ki-lô-gam', 'gam', 'g', 'tấn', 'tạ', 'yến',
  'ha', 'héc-ta', 'hécta', 'hecta', 'héc ta', 'm2', 'm²', 'km2', 'km²', 'm3', 'm³', 'mét khối', 'mét vuông',
  'km', 'ki-lô-mét', 'cây số', 'm', 'mét', 'cm', 'mm', 'lít', 'ml', 'thùng dầu',
  'MW', 'GW', 'kW', 'kWh', 'MWh', 'GWh', 'TWh', 'kV', 'kVA', 'MVA',
  'TEU', 'sào', 'độ C', '°C', 'km/h', 'tạ/ha', 'tấn/ha', 'kg/ha',
];

/**
 * Classifiers and type nouns: nouns that name what is counted only together with the words after them
 * (`cuốn tài liệu`, `lượt người`, `tổ hội nghề nghiệp`, `nhà văn hóa`, `trạm bơm`, `đội tình nguyện`). After
 * one of them the unit runs on to the end of the noun phrase. A closed class of Vietnamese grammar.
 */
export const TYPE_NOUNS: readonly string[] = [
  // classifiers
  'cái', 'con', 'chiếc', 'cuốn', 'quyển', 'bức', 'tấm', 'căn', 'ngôi', 'lượt', 'suất', 'phần', 'bản', 'tờ',
  'trang', 'đôi', 'cặp', 'cây', 'quả', 'trái', 'viên', 'hạt', 'lá', 'mảnh', 'thửa', 'gói', 'bao', 'chai', 'hộp',
  'túi', 'bộ', 'bó', 'cuộn', 'sợi', 'tập', 'thanh', 'khẩu', 'ổ', 'đầu', 'chuyến', 'liều',
  // type nouns that take their kind after them
  'tổ', 'đội', 'nhóm', 'chi', 'trạm', 'nhà', 'máy', 'xe', 'tàu', 'khu', 'cụm', 'tuyến', 'điểm', 'làng', 'lò',
  'trại', 'kho', 'chợ', 'bến', 'cảng', 'đường', 'cầu', 'hồ', 'đập', 'kênh', 'giếng', 'phòng', 'lớp', 'giải',
];

/**
 * Frequent counted nouns of reports whose extent the grammar cannot see from the syllables alone (`hội nghị
 * định kỳ` counts `hội nghị`, `hộ thành viên` counts `hộ`): they end the unit early. Which nouns count is read
 * by the grammar, not from this list: a noun phrase that is not here is counted as it is written (up to the end
 * of the phrase, at most three words).
 */
export const COUNT_NOUNS: readonly string[] = [
  // people
  'người', 'người dân', 'cá nhân', 'tập thể', 'đại biểu', 'cán bộ', 'công chức', 'viên chức', 'cán bộ, công chức',
  'cán bộ, đảng viên', 'đảng viên', 'hội viên', 'đoàn viên', 'thành viên', 'cử tri', 'học sinh', 'sinh viên',
  'giáo viên', 'lao động', 'bệnh nhân', 'ca', 'trường hợp', 'đối tượng', 'chiến sĩ', 'cựu chiến binh',
  'thanh niên', 'phụ nữ', 'nông dân', 'hộ', 'hộ nghèo', 'hộ cận nghèo', 'gia đình', 'nhân khẩu', 'chức sắc',
  'tín đồ', 'già làng', 'tình nguyện viên', 'lần', 'du khách', 'khách', 'hành khách', 'công nhân', 'bác sĩ',
  'nhân viên', 'thí sinh', 'trẻ em', 'người lao động', 'doanh nhân', 'vận động viên', 'hộ gia đình',
  // events, acts, papers
  'cuộc', 'hội nghị', 'hội thảo', 'buổi', 'đợt', 'phiên', 'kỳ họp', 'cuộc họp', 'ý kiến', 'kiến nghị', 'đơn',
  'vụ', 'vụ việc', 'tin', 'bài', 'tin, bài', 'phóng sự', 'chương trình', 'hoạt động', 'công trình', 'dự án',
  'đề án', 'mô hình', 'phong trào', 'nhiệm vụ', 'chỉ tiêu', 'giải pháp', 'lĩnh vực', 'nội dung', 'tiêu chí',
  'văn bản', 'nghị quyết', 'chỉ thị', 'kết luận', 'quyết định', 'kế hoạch', 'báo cáo', 'thông báo', 'hướng dẫn',
  'quy định', 'công văn', 'tài liệu', 'sáng kiến', 'sản phẩm', 'hồ sơ', 'thủ tục', 'thủ tục hành chính',
  'dịch vụ công', 'mẫu', 'huy chương', 'giấy khen', 'bằng khen', 'huân chương', 'đề tài', 'bản án', 'tác phẩm',
  // bodies and units
  'cơ sở', 'tổ chức', 'tổ chức cơ sở đảng', 'đảng bộ', 'chi bộ', 'chi hội', 'chi đoàn', 'cơ quan', 'đơn vị',
  'doanh nghiệp', 'hợp tác xã', 'trường', 'trường học', 'bệnh viện', 'câu lạc bộ', 'ban', 'ngành', 'sở',
  'sở, ngành', 'sở, ban, ngành', 'thôn', 'ấp', 'bản', 'khu dân cư', 'tổ dân phố', 'thôn, tổ dân phố', 'khu phố',
  'khóm', 'dân tộc', 'tôn giáo', 'quốc gia', 'nước', 'vùng lãnh thổ', 'thị trường', 'dự án đầu tư',
];

/**
 * Nouns of time: a number before them is a duration or a date, not a count (`03 năm thực hiện`, `6 tháng`,
 * `60 tuổi`).
 */
export const TIME_NOUNS: readonly string[] = [
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'tiếng', 'phút', 'giây', 'quý', 'thế kỷ', 'thập kỷ', 'thập niên',
  'đêm', 'hôm', 'buổi sáng', 'buổi chiều', 'tuổi', 'niên độ', 'kỳ', 'mùa', 'vụ mùa', 'khóa',
];

/**
 * Words that end a noun phrase after a number: the closed classes of Vietnamese grammar (prepositions,
 * conjunctions, auxiliaries, adverbs, demonstratives, copula, quantifiers) and the verbs reports put right
 * after a count (`tham gia`, `đạt`, `chiếm`). Where the clause goes on, the unit ends.
 */
export const NP_STOP_WORDS: readonly string[] = [
  // prepositions
  'của', 'trong', 'tại', 'ở', 'với', 'cho', 'về', 'từ', 'đến', 'tới', 'theo', 'trên', 'dưới', 'sau', 'trước',
  'giữa', 'ngoài', 'bằng', 'qua', 'vào', 'ra', 'lên', 'xuống', 'khỏi', 'nhằm', 'để', 'do', 'bởi', 'vì', 'thuộc',
  'so', 'như', 'gồm', 'kể', 'tính', 'nhờ', 'hướng', 'cùng', 'suốt', 'khắp', 'trực', 'gần', 'hơn', 'khoảng',
  // conjunctions
  'và', 'hoặc', 'hay', 'nhưng', 'mà', 'thì', 'nên', 'còn', 'lẫn', 'song', 'rồi', 'nếu',
  // auxiliaries, adverbs, negation
  'đã', 'đang', 'sẽ', 'được', 'bị', 'vẫn', 'cũng', 'đều', 'chỉ', 'mới', 'vừa', 'rất', 'khá', 'nhất', 'không',
  'chưa', 'chẳng', 'lại', 'luôn', 'thường', 'hiện', 'nay', 'đây', 'đó', 'này', 'kia', 'ấy', 'nào', 'khác',
  'mỗi', 'từng', 'cả', 'tất', 'mọi', 'những', 'các', 'là', 'có', 'chiếm', 'đạt', 'tăng', 'giảm', 'gấp',
  'thêm', 'nữa', 'ngay', 'liên', 'tiếp', 'đang', 'trở', 'tương', 'ứng', 'khi', 'lúc', 'nhiều', 'ít', 'đầu',
  'cuối', 'trong đó', 'bao', 'nhận', 'tham', 'làm', 'xảy', 'mắc', 'tử', 'chết', 'bỏ', 'thu', 'chi', 'đi',
  'về', 'tạo', 'nộp', 'vay', 'hỗ', 'giúp', 'ủng', 'trị giá', 'gắn', 'tương đương', 'dự kiến', 'ước', 'đăng ký',
  'giữ',
];

/**
 * Nouns a number labels rather than counts: `Điều 8`, `lần thứ 3`, `phường 12`, `lớp 12`, `số 5`, `Quốc lộ 1`.
 * A number right after one of them is not a statistic.
 */
export const LABEL_NOUNS: readonly string[] = [
  'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần', 'phụ lục', 'số', 'thứ', 'khóa', 'khoá', 'lớp', 'khối',
  'phòng', 'tầng', 'lô', 'thửa', 'tờ', 'đường', 'quốc lộ', 'tỉnh lộ', 'huyện lộ', 'ql', 'km', 'phường',
  'quận', 'tổ', 'đội', 'ấp', 'khu', 'khu phố', 'khóm', 'thôn', 'xóm', 'bản', 'cụm', 'hẻm', 'ngõ', 'ngách',
  'kiệt', 'câu', 'bài', 'trang', 'hình', 'bảng', 'biểu', 'mẫu', 'cấp', 'cấp độ', 'độ', 'mức', 'hạng', 'loại',
  'nhóm', 'giai đoạn', 'đợt', 'kỳ', 'phiên', 'vòng', 'top', 'covid', 'tuần', 'tháng', 'năm', 'ngày', 'quý',
  'chỉ thị', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'luật', 'kết luận', 'kế hoạch', 'công văn',
  'hướng dẫn', 'thông báo', 'quy định', 'đề án', 'chương trình', 'tờ trình', 'báo cáo', 'công điện', 'pháp lệnh',
  'lúc', 'giờ', 'tuyến', 'lần', 'kênh', 'sân', 'cổng', 'nhà', 'căn hộ', 'block', 'tòa', 'ga', 'bến', 'cửa',
];

/**
 * Administrative units; a number counts one, or a coordination of several
 * written as one unit: `5 huyện, thị xã`, `480 xã, phường, thị trấn`.
 */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu',
];
