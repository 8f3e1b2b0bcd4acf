/**
 * Head nouns of organizations outside the Party/State/Front lexicon
 * (ANNOTATION.md §organizations, issue 10): an organization is a head noun
 * followed by a name, and the head noun says what kind of body it is. Data
 * only; the grammar that reads the name is in extractors/organizations/named.ts.
 *
 * Sources: the kinds of body the contract lists (ANNOTATION.md §organizations:
 * public-service units — hospital, school, university, institute, centre, museum,
 * library —, enterprises, media, associations, foreign and international bodies),
 * named by the heads Vietnamese law gives them (Luật Doanh nghiệp 2020 for the
 * enterprise forms, Luật Báo chí 2016 for press agencies, Nghị định 45/2010/NĐ-CP
 * for associations). A closed list of heads, an open grammar of names.
 *
 * Forms are written in the traditional tone placement (the match view's);
 * the first letter of every word matches in either case, abbreviations
 * (`BV`, `Cty`, `ĐH`) exactly.
 */

/** ANNOTATION.md §organizations `kind`: the family a body belongs to. */
export const ORG_KINDS = ['party', 'state', 'front', 'public-service', 'enterprise', 'media', 'association', 'international'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface HeadEntry {
  /** Canonical head as it opens the name (`Bệnh viện`). */
  name: string;
  /** Other written forms: abbreviations (`BV`), variants (`Cty`, `Công ty CP`). */
  forms?: readonly string[];
  kind: OrgKind;
  /**
   * The head takes a lower-case specialty phrase after its first name word
   * (`Trung tâm Kiểm soát bệnh tật`, `Viện Vệ sinh dịch tễ Trung ương`).
   */
  specialty?: true;
  /** The head is a common noun that is not part of the name (`hãng hàng không Vietnam Airlines` is `Vietnam Airlines`). */
  outsideName?: true;
  /** The name must hold one of these words (`Tổ chức` is also a verb). */
  requires?: readonly string[];
  /** `tại` and a capitalized place continue the name (`Tổng Lãnh sự quán Việt Nam tại Osaka`). */
  atPlace?: true;
  /** Only a capitalized head starts a name (`ủy ban` in `Tỉnh ủy ban hành` does not). */
  capitalOnly?: true;
  /** The head alone is a complete name (`Trung tâm Kiểm soát bệnh tật`). */
  complete?: true;
}

const PUBLIC: readonly HeadEntry[] = [
  { name: 'Bệnh viện Đa khoa', forms: ['BVĐK', 'BV Đa khoa', 'BV ĐK', 'BVĐK'], kind: 'public-service', specialty: true },
  { name: 'Bệnh viện', forms: ['BV'], kind: 'public-service', specialty: true },
  { name: 'Trung tâm Kiểm soát bệnh tật', forms: ['CDC'], kind: 'public-service', complete: true },
  { name: 'Trung tâm Y tế', forms: ['TTYT'], kind: 'public-service', specialty: true },
  { name: 'Trung tâm', kind: 'public-service', specialty: true },
  { name: 'Trạm Y tế', forms: ['TYT'], kind: 'public-service' },
  { name: 'Phòng khám Đa khoa', forms: ['PKĐK'], kind: 'public-service', specialty: true },
  { name: 'Học viện', kind: 'public-service', specialty: true },
  { name: 'Viện', kind: 'public-service', specialty: true },
  { name: 'Trường Đại học', forms: ['Trường ĐH', 'ĐH'], kind: 'public-service', specialty: true },
  { name: 'Đại học', kind: 'public-service', specialty: true },
  { name: 'Trường Cao đẳng', forms: ['Trường CĐ'], kind: 'public-service', specialty: true },
  { name: 'Trường Trung học phổ thông', forms: ['Trường THPT', 'THPT'], kind: 'public-service', specialty: true },
  { name: 'Trường Trung học cơ sở', forms: ['Trường THCS', 'THCS'], kind: 'public-service', specialty: true },
  { name: 'Trường Tiểu học', kind: 'public-service', specialty: true },
  { name: 'Trường Mầm non', kind: 'public-service', specialty: true },
  { name: 'Trường', kind: 'public-service', specialty: true },
  { name: 'Bảo tàng', kind: 'public-service', specialty: true },
  { name: 'Thư viện', kind: 'public-service', specialty: true },
  { name: 'Nhà hát', kind: 'public-service', specialty: true },
  { name: 'Nhà văn hóa', kind: 'public-service', specialty: true },
  { name: 'Vườn quốc gia', kind: 'public-service' },
  { name: 'Bệnh xá', kind: 'public-service', specialty: true },
];

const ENTERPRISE: readonly HeadEntry[] = [
  // legal forms are words of the name: `Công ty TNHH MTV Thương mại M.L`
  { name: 'Công ty cổ phần', forms: ['CTCP'], kind: 'enterprise', specialty: true },
  { name: 'Công ty', forms: ['Cty', 'Cty.', 'C.ty', 'CTy'], kind: 'enterprise', specialty: true },
  { name: 'Tổng công ty', forms: ['Tổng Cty', 'TCT'], kind: 'enterprise', specialty: true },
  { name: 'Tập đoàn', kind: 'enterprise', specialty: true },
  { name: 'Ngân hàng', kind: 'enterprise', specialty: true },
  { name: 'Hợp tác xã', forms: ['HTX'], kind: 'enterprise', specialty: true },
  { name: 'Doanh nghiệp tư nhân', forms: ['DNTN'], kind: 'enterprise' },
  { name: 'Quỹ', kind: 'enterprise', specialty: true },
  { name: 'hãng hàng không', kind: 'enterprise', outsideName: true },
  { name: 'hãng', kind: 'enterprise', outsideName: true },
];

const MEDIA: readonly HeadEntry[] = [
  { name: 'Thông tấn xã Việt Nam', forms: ['TTXVN'], kind: 'media', complete: true },
  { name: 'Thông tấn xã', kind: 'media' },
  { name: 'Báo điện tử', kind: 'media', specialty: true },
  { name: 'Báo', kind: 'media', specialty: true },
  { name: 'Tạp chí', kind: 'media', specialty: true },
  { name: 'Đài Phát thanh và Truyền hình', forms: ['Đài PT-TH', 'Đài PTTH', 'Đài Phát thanh - Truyền hình'], kind: 'media' },
  { name: 'Đài Truyền hình', forms: ['Đài TH'], kind: 'media' },
  { name: 'Đài Tiếng nói', kind: 'media' },
  { name: 'Đài', kind: 'media', specialty: true },
  { name: 'Nhà xuất bản', forms: ['NXB'], kind: 'media', specialty: true },
  // an agency's web portal, as Nghị định 42/2022/NĐ-CP names it; `TTĐT` is its abbreviation in the agencies' own names
  { name: 'Cổng Thông tin điện tử', forms: ['Cổng TTĐT'], kind: 'media', specialty: true },
  // `tờ` is the classifier of a newspaper (`theo tờ Lao động`, `tờ New York Times`): not part of the name, like `hãng`
  { name: 'tờ', kind: 'media', outsideName: true, specialty: true },
];

const ASSOCIATION: readonly HeadEntry[] = [
  { name: 'Hiệp hội', kind: 'association', specialty: true },
  { name: 'Liên hiệp', kind: 'association', specialty: true },
  { name: 'Liên đoàn', kind: 'association', specialty: true },
  { name: 'Câu lạc bộ', forms: ['CLB'], kind: 'association', specialty: true },
  { name: 'Hội', kind: 'association', specialty: true },
];

/**
 * State bodies whose names the Party/State/Front lexicon cannot list: a
 * committee or department with its own name (`Ủy ban Cạnh tranh Quốc gia`,
 * `Cục Ngoại vụ`, `Cục Quản lý dược`). The lexicon's bodies are read by the
 * chain rule; the longer reading wins.
 */
const STATE: readonly HeadEntry[] = [
  { name: 'Ủy ban', kind: 'state', specialty: true, capitalOnly: true },
  { name: 'Tổng cục', kind: 'state', specialty: true, capitalOnly: true },
  { name: 'Chi cục', kind: 'state', specialty: true, capitalOnly: true },
  { name: 'Cục', kind: 'state', specialty: true, capitalOnly: true },
  { name: 'Sở', kind: 'state', specialty: true, capitalOnly: true },
];

const INTERNATIONAL: readonly HeadEntry[] = [
  { name: 'Đại sứ quán', forms: ['ĐSQ'], kind: 'international', atPlace: true },
  { name: 'Tổng Lãnh sự quán', forms: ['TLSQ'], kind: 'international', atPlace: true },
  { name: 'Lãnh sự quán', kind: 'international', atPlace: true },
  // `Tổ chức` is also a verb: only a name with an international word is a body (`Tổ chức Y tế Thế giới`)
  { name: 'Tổ chức', kind: 'international', specialty: true, capitalOnly: true, requires: ['Thế giới', 'Quốc tế', 'Liên hợp quốc', 'Liên Hợp Quốc', 'Phi chính phủ'] },
];

export const HEADS: readonly HeadEntry[] = [...PUBLIC, ...ENTERPRISE, ...MEDIA, ...ASSOCIATION, ...STATE, ...INTERNATIONAL];

/**
 * Legal forms of an enterprise, words of its name (`Công ty TNHH MTV`,
 * `Công ty Cổ phần`): read as name words even in lower case. The forms are the
 * enterprise types of Luật Doanh nghiệp 2020 (Điều 37: a name opens with its type)
 * and Luật Các tổ chức tín dụng for banks (`TMCP`).
 */
export const LEGAL_FORMS: readonly string[] = [
  'trách nhiệm hữu hạn một thành viên',
  'trách nhiệm hữu hạn',
  'một thành viên',
  'thương mại cổ phần',
  'cổ phần',
  'hợp danh',
  'TNHH MTV',
  'TNHH',
  'CP',
  'CTCP',
  'TMCP',
];

/** Words after a capitalized head that make a compound, not an organization (`Đài Loan`, `Trường Sa`, `Hội An`, `Hội Nghị`). */
export const HEAD_COMPOUNDS: readonly string[] = [
  // places and people whose name starts like a head noun
  'đài loan', 'đài bắc', 'đài nam', 'trường sa', 'trường sơn', 'trường chinh', 'hội an',
  // common nouns and verbs that start with a head noun
  'hội nghị', 'hội thảo', 'hội đồng', 'hội thi', 'hội chợ', 'hội diễn', 'hội viên', 'hội trường', 'hội nhập', 'hội ý', 'hội họp',
  'trường hợp', 'trường học', 'báo cáo', 'báo chí', 'báo giá', 'báo động', 'báo tin', 'đài tưởng niệm', 'viện trợ', 'viện dẫn',
  'viện phí', 'quỹ đất',
  // `tờ` before a document or a sheet, not a newspaper
  'tờ trình', 'tờ khai', 'tờ rơi', 'tờ giấy', 'tờ bản đồ', 'tờ báo',
  // facilities, not bodies: a logistics, trade, convention or exhibition centre
  'trung tâm logistics', 'trung tâm thương mại', 'trung tâm hội nghị', 'trung tâm triển lãm', 'trung tâm mua sắm', 'quỹ nhà', 'quỹ thời gian', 'công ty con', 'ngân hàng máu', 'trung tâm thành phố', 'tổ chức thực hiện',
]

/**
 * Words that end a name: the clause goes on (function words and the verbs
 * news writes after an organization). The name also ends at punctuation and
 * at a lower-case word that no capitalized name word follows.
 */
export const NAME_STOP_WORDS: readonly string[] = [
  'của', 'tại', 'ở', 'và', 'các', 'những', 'với', 'cho', 'về', 'theo', 'trong', 'từ', 'đến', 'khi', 'đã', 'đang', 'sẽ', 'vừa', 'mới',
  'được', 'bị', 'là', 'có', 'không', 'chưa', 'cũng', 'còn', 'thì', 'mà', 'này', 'đó', 'nọ', 'kia', 'trên', 'dưới',
  'cùng', 'do', 'vì', 'nên', 'nhưng', 'hoặc', 'hay', 'như', 'để', 'nhằm', 'phải', 'cần', 'đều', 'lại', 'ra', 'vào',
  'cho biết', 'thông tin', 'tiếp nhận', 'tổ chức', 'tiếp tục', 'phối hợp', 'triển khai', 'thực hiện', 'yêu cầu',
  'đề nghị', 'kiến nghị', 'công bố', 'ghi nhận', 'khẳng định', 'chia sẻ', 'nói', 'gửi', 'nhận', 'ký', 'đạt',
  'năm', 'ngày', 'tháng', 'lần', 'số', 'giai đoạn', 'nhiệm kỳ', 'khóa',
  'đưa tin', 'phản ánh', 'thông báo', 'cảnh báo', 'khuyến cáo', 'xác nhận', 'phát hiện', 'đề xuất', 'hướng dẫn', 'điều tra',
  'xử lý', 'ban hành', 'khởi tố', 'bắt', 'phạt', 'xử phạt', 'kiểm tra', 'phát động', 'trao', 'tặng', 'hỗ trợ', 'tham gia',
  'tham dự', 'dự', 'chủ trì', 'cho rằng', 'nhấn mạnh', 'đánh giá', 'báo cáo', 'tuyên án', 'xét xử', 'mở', 'cấp cứu', 'điều trị',
  'làm việc', 'gặp', 'tiếp', 'thăm', 'ký kết', 'khánh thành', 'khai trương', 'ra mắt', 'chào mừng', 'kỷ niệm',
  // more verbs news writes with a body as subject: verbs of speaking (reported speech: answering, explaining, stating,
  // denying); the procedural steps of Bộ luật Tố tụng hình sự 2015 (tạm giữ, tạm giam, bắt giữ, truy tố, truy nã,
  // khám xét, thu giữ, đình chỉ) and of Luật An toàn thực phẩm 2010 inspections (thu hồi, truy xuất nguồn gốc, lấy mẫu)
  'trả lời', 'phỏng vấn', 'giải thích', 'tuyên bố', 'phản hồi', 'lên tiếng', 'cam kết', 'bác bỏ', 'tiến hành', 'quyết định',
  'tạm giữ', 'tạm giam', 'bắt giữ', 'truy tố', 'truy nã', 'khám xét', 'thu giữ', 'thu hồi', 'đình chỉ', 'truy xuất', 'lấy mẫu',
];

/**
 * Compounds that hold a stop word but are nouns of a name (`Trung tâm Y tế dự phòng`, `Ban Quản lý dự án`,
 * `Tổng công ty Hàng không Việt Nam`): not the verb `dự` (attend), the negation `không` or the passive `bị` that end a
 * name. Where from: the noun compounds of those three stop words in the dictionary (Từ điển tiếng Việt, Hoàng Phê),
 * as official names hold them: `y tế dự phòng` (Luật Phòng, chống bệnh truyền nhiễm 2007), `dự trữ` (Tổng cục Dự trữ
 * Nhà nước), `dự báo` (Trung tâm Dự báo khí tượng thủy văn quốc gia), `dự án` (Luật Xây dựng 2014's Ban quản lý dự án),
 * `dự toán`, `hàng không` (Cục Hàng không Việt Nam), `phòng không` and `không quân` (Quân chủng Phòng không - Không
 * quân), and the dictionary nouns `không gian`, `thiết bị`, `trang bị`, `chuẩn bị`.
 */
export const NOT_STOP_COMPOUNDS: readonly string[] = [
  'dự phòng', 'dự trữ', 'dự báo', 'dự án', 'dự toán', 'hàng không', 'phòng không', 'không gian', 'không quân', 'thiết bị',
  'trang bị', 'chuẩn bị',
];

/**
 * Pairs that official names write with a comma inside, each as its law or decree writes it (`khám bệnh, chữa bệnh`:
 * Luật Khám bệnh, chữa bệnh 2023; `Cục Quản lý Khám, chữa bệnh`, `Cục Phòng, chống HIV/AIDS`,
 * `Cục Quản lý Y, Dược cổ truyền`: the Ministry of Health's departments, Nghị định 95/2022/NĐ-CP; `Cục Phát thanh,
 * truyền hình và thông tin điện tử`, Nghị định 48/2022/NĐ-CP; `Bộ Văn hóa, Thể thao và Du lịch` and the provincial
 * `Trung tâm Văn hóa, Thể thao`; `Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc`; `khuyến học, khuyến tài`,
 * Chỉ thị 11-CT/TW 2007): the comma joins the pair, the name goes on.
 */
export const COMMA_PAIRS: readonly string[] = [
  'khám, chữa', 'khám bệnh, chữa bệnh', 'phòng, chống', 'y, dược', 'phát thanh, truyền hình', 'văn hóa, thể thao',
  'văn hóa, thông tin', 'giáo dục, khoa học', 'khuyến học, khuyến tài', 'bảo vệ, chăm sóc',
];

/** A bare name that is a person's, not the place (`Học viện Chính trị quốc gia Hồ Chí Minh`; the city is written with its level word). */
export const BARE_NOT_PLACES: readonly string[] = ['Hồ Chí Minh'];

/**
 * Words after which a one-syllable head written in lower case is still a head
 * (`tại báo Nhân Dân`, `của hội Nông dân`): elsewhere a lower-case `hội`,
 * `báo`, `trường`, `viện`, `đài`, `quỹ` ends a compound (`đại hội`, `thông
 * báo`, `môi trường`, `học viện`, `khán đài`).
 */
export const BEFORE_LOWER_HEAD: readonly string[] = [
  'tại', 'của', 'và', 'với', 'cho', 'từ', 'đến', 'theo', 'về', 'ở', 'trên', 'thuộc', 'là', 'do', 'cùng', 'như', 'qua', 'vào',
  // the press as the object of speaking: `phỏng vấn báo Tuổi Trẻ`, `trả lời tờ Lao động`
  'vấn', 'lời',
  // `tờ báo Nhân Dân`: the classifier before the head
  'tờ',
];

/**
 * Parenthesized words that are part of an enterprise's registered name (`Công ty TNHH KCC (Việt Nam)`): the
 * country that the Vietnamese subsidiaries of foreign groups put in their registered names (Luật Doanh nghiệp 2020,
 * Điều 37–39 on names), in its Vietnamese, abbreviated and English spellings.
 */
export const PAREN_NAME_PARTS: readonly string[] = ['(Việt Nam)', '(VN)', '(Vietnam)'];

/** Words before a head noun that make it a generic or counted noun (`các bệnh viện`, `một công ty`). */
export const GENERIC_BEFORE: readonly string[] = [
  'các', 'những', 'mọi', 'một', 'hai', 'ba', 'bốn', 'năm', 'nhiều', 'mỗi', 'từng', 'vài', 'số', 'Các', 'Những', 'Mọi', 'Một', 'Nhiều', 'Mỗi',
];

/**
 * English words that close a Latin-script brand as its head (`DongA Bank`, `Vietjet Air`, `Bamboo Airways`, `Sun
 * Group`): the industry or group word of an enterprise's English name (Luật Doanh nghiệp 2020, Điều 39: a company's
 * name in a foreign language). The name is the brand as written (`hãng hàng không Vietnam Airlines` is `Vietnam
 * Airlines`).
 */
export const BRAND_HEADS: readonly string[] = ['Bank', 'Airlines', 'Airways', 'Air', 'Group', 'Corporation', 'Holdings'];

export interface KnownBody {
  /** Canonical full name. */
  name: string;
  /** Written forms: the abbreviation (`WHO`) and other names. Matched exactly (case matters). */
  forms: readonly string[];
  kind: OrgKind;
  level?: 'central' | 'province' | 'district' | 'commune';
  location?: string;
}

/**
 * Bodies written by a standard abbreviation or a name without a head noun
 * (issue 10: abbreviations as data). The UN system and the international
 * financial institutions as they name themselves; the national news agency,
 * broadcasters and groups by their standard abbreviations.
 */
export const KNOWN_BODIES: readonly KnownBody[] = [
  // the United Nations and its agencies, other international bodies
  { name: 'Liên hợp quốc', forms: ['Liên Hợp Quốc', 'LHQ', 'UN'], kind: 'international' },
  { name: 'Tổ chức Y tế Thế giới', forms: ['WHO'], kind: 'international' },
  { name: 'Quỹ Nhi đồng Liên hợp quốc', forms: ['UNICEF'], kind: 'international' },
  { name: 'Chương trình Phát triển Liên hợp quốc', forms: ['UNDP'], kind: 'international' },
  { name: 'Quỹ Dân số Liên hợp quốc', forms: ['UNFPA'], kind: 'international' },
  { name: 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc', forms: ['UNESCO'], kind: 'international' },
  { name: 'Tổ chức Lương thực và Nông nghiệp Liên hợp quốc', forms: ['FAO'], kind: 'international' },
  { name: 'Tổ chức Lao động Quốc tế', forms: ['ILO'], kind: 'international' },
  { name: 'Tổ chức Thương mại Thế giới', forms: ['WTO'], kind: 'international' },
  { name: 'Tổ chức Di cư Quốc tế', forms: ['IOM'], kind: 'international' },
  { name: 'Ngân hàng Thế giới', forms: ['WB', 'World Bank'], kind: 'international' },
  { name: 'Quỹ Tiền tệ Quốc tế', forms: ['IMF'], kind: 'international' },
  { name: 'Ngân hàng Phát triển châu Á', forms: ['ADB'], kind: 'international' },
  { name: 'Hiệp hội các quốc gia Đông Nam Á', forms: ['ASEAN'], kind: 'international' },
  { name: 'Liên minh châu Âu', forms: ['EU', 'Liên minh Châu Âu'], kind: 'international' },
  { name: 'Cơ quan Hợp tác Quốc tế Nhật Bản', forms: ['JICA'], kind: 'international' },
  { name: 'Cơ quan Phát triển Quốc tế Hoa Kỳ', forms: ['USAID'], kind: 'international' },
  // national news agency and broadcasters
  { name: 'Thông tấn xã Việt Nam', forms: ['TTXVN'], kind: 'media', level: 'central' },
  { name: 'Đài Truyền hình Việt Nam', forms: ['VTV'], kind: 'media', level: 'central' },
  { name: 'Đài Tiếng nói Việt Nam', forms: ['VOV'], kind: 'media', level: 'central' },
  { name: 'Đài Truyền hình Thành phố Hồ Chí Minh', forms: ['HTV'], kind: 'media' },
  // state groups and enterprises by their standard abbreviations or brands
  { name: 'Tập đoàn Điện lực Việt Nam', forms: ['EVN'], kind: 'enterprise' },
  { name: 'Tập đoàn Bưu chính Viễn thông Việt Nam', forms: ['VNPT'], kind: 'enterprise' },
  { name: 'Tập đoàn Công nghiệp - Viễn thông Quân đội', forms: ['Viettel'], kind: 'enterprise' },
  { name: 'Tập đoàn Dầu khí Việt Nam', forms: ['PVN', 'Petrovietnam'], kind: 'enterprise' },
  { name: 'Tập đoàn Xăng dầu Việt Nam', forms: ['Petrolimex'], kind: 'enterprise' },
  { name: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', forms: ['TKV', 'Vinacomin'], kind: 'enterprise' },
  // health: the Centers for Disease Control by their abbreviations
  { name: 'Trung tâm Kiểm soát bệnh tật thành phố Hồ Chí Minh', forms: ['HCDC'], kind: 'public-service', level: 'province', location: 'Hồ Chí Minh' },
  { name: 'Trung tâm Kiểm soát bệnh tật', forms: ['CDC'], kind: 'public-service' },
];
