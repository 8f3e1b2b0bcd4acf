/**
 * Document types: the words writers use before a number, and the type codes
 * inside the symbol (DOMAIN.md §1.1 NĐ30 Phụ lục III, §1.2 HD36 / QĐ66).
 * Data only.
 */

export interface DocType {
  /** The type in full, capitalized as a name (ANNOTATION.md `type`). */
  name: string;
  /** Its code inside a state symbol (NĐ30 Phụ lục III), or null when the type has none. */
  stateCode: string | null;
  /** Its code inside a Party symbol (HD36 / QĐ66), or null. */
  partyCode: string | null;
}

/** Every type in ANNOTATION.md's list and DOMAIN.md's tables. */
export const DOC_TYPES: readonly DocType[] = [
  { name: 'Nghị quyết', stateCode: 'NQ', partyCode: 'NQ' },
  { name: 'Quyết định', stateCode: 'QĐ', partyCode: 'QĐ' },
  { name: 'Chỉ thị', stateCode: 'CT', partyCode: 'CT' },
  { name: 'Kết luận', stateCode: null, partyCode: 'KL' },
  { name: 'Kế hoạch', stateCode: 'KH', partyCode: 'KH' },
  { name: 'Đề án', stateCode: 'ĐA', partyCode: 'ĐA' },
  { name: 'Dự án', stateCode: 'DA', partyCode: null },
  { name: 'Phương án', stateCode: 'PA', partyCode: null },
  { name: 'Nghị định', stateCode: 'NĐ', partyCode: null },
  { name: 'Thông tư', stateCode: 'TT', partyCode: null },
  { name: 'Thông tư liên tịch', stateCode: 'TTLT', partyCode: null },
  { name: 'Nghị quyết liên tịch', stateCode: 'NQLT', partyCode: null },
  { name: 'Thông tri', stateCode: null, partyCode: 'TT' },
  { name: 'Luật', stateCode: null, partyCode: null },
  { name: 'Bộ luật', stateCode: null, partyCode: null },
  { name: 'Hiến pháp', stateCode: null, partyCode: null },
  { name: 'Pháp lệnh', stateCode: 'PL', partyCode: null },
  { name: 'Sắc lệnh', stateCode: 'SL', partyCode: null },
  { name: 'Lệnh', stateCode: 'L', partyCode: null },
  { name: 'Công văn', stateCode: null, partyCode: 'CV' },
  { name: 'Công điện', stateCode: 'CĐ', partyCode: null },
  { name: 'Tờ trình', stateCode: 'TTr', partyCode: 'TTr' },
  { name: 'Hướng dẫn', stateCode: 'HD', partyCode: 'HD' },
  { name: 'Quy định', stateCode: 'QyĐ', partyCode: 'QĐi' },
  { name: 'Quy chế', stateCode: 'QC', partyCode: 'QC' },
  { name: 'Quy trình', stateCode: null, partyCode: 'QTr' },
  { name: 'Thông báo', stateCode: 'TB', partyCode: 'TB' },
  { name: 'Thông cáo', stateCode: 'TC', partyCode: null },
  { name: 'Chương trình', stateCode: 'CTr', partyCode: 'CTr' },
  { name: 'Báo cáo', stateCode: 'BC', partyCode: 'BC' },
  { name: 'Biên bản', stateCode: 'BB', partyCode: null },
  { name: 'Hợp đồng', stateCode: 'HĐ', partyCode: null },
  { name: 'Bản ghi nhớ', stateCode: 'BGN', partyCode: null },
  { name: 'Bản thỏa thuận', stateCode: 'BTT', partyCode: null },
  { name: 'Giấy ủy quyền', stateCode: 'GUQ', partyCode: null },
  { name: 'Giấy mời', stateCode: 'GM', partyCode: null },
  { name: 'Giấy giới thiệu', stateCode: 'GGT', partyCode: null },
  { name: 'Giấy nghỉ phép', stateCode: 'GNP', partyCode: null },
  { name: 'Phiếu gửi', stateCode: 'PG', partyCode: null },
  { name: 'Phiếu chuyển', stateCode: 'PC', partyCode: null },
  { name: 'Phiếu báo', stateCode: 'PB', partyCode: null },
  { name: 'Văn bản hợp nhất', stateCode: 'VBHN', partyCode: null },
  { name: 'Bản sao y', stateCode: 'SY', partyCode: null },
  { name: 'Bản trích sao', stateCode: 'TrS', partyCode: null },
];

/**
 * Type codes as texts write them (upper-cased key) → the official code.
 * Mixed-case codes are official (`QyĐ`, `CTr`, `TTr`); texts also write
 * `QYĐ`, `TTR`, and Đ-less ASCII (`QD`, `ND`). `HD`/`HĐ` and `DA`/`ĐA` are
 * different types, so no D→Đ fold is applied to them.
 */
export const TYPE_CODE_ALIASES: Readonly<Record<string, string>> = {
  QD: 'QĐ',
  ND: 'NĐ',
  QYD: 'QyĐ',
  QDI: 'QĐi',
  CD: 'CĐ',
};

/**
 * The type a code stands for, by system. `QĐ` in a Party symbol is written for
 * both Quyết định and Quy định: the type word decides; alone it reads Quyết định.
 */
export const PARTY_ONLY_TYPE_CODES: Readonly<Record<string, string>> = {
  TT: 'Thông tri',
  CV: 'Công văn',
};

/** Joint types: every group after the type code is an issuer (`02/2020/TTLT-BYT-BTC`). */
export const JOINT_TYPE_CODES: readonly string[] = ['TTLT', 'NQLT'];

/**
 * Type codes written as the type word before a number (`NĐ 30/2020`,
 * `TT36/2017`, `QĐ1401`): upper case, as written.
 */
export const ABBREVIATED_TYPE_WORDS: readonly string[] = ['NĐ', 'QĐ', 'TT', 'CT', 'NQ', 'KL', 'TTLT', 'CV', 'KH', 'HD'];

/**
 * Other spellings of a type word (key: lower case) → the type's name.
 * The tone-placement variants are folded by the match view already.
 */
export const TYPE_WORD_VARIANTS: Readonly<Record<string, string>> = {
  'quy định': 'Quy định',
  'qui định': 'Quy định',
  'qui chế': 'Quy chế',
  'bộ luật': 'Bộ luật',
};

/**
 * Words after `Luật`, `Bộ luật`, `Hiến pháp` that end a law's name when cited
 * by name (`Luật Ban hành văn bản quy phạm pháp luật ngày 22 …`).
 */
export const LAW_NAME_STOP_WORDS: readonly string[] = [
  'ngày', 'số', 'năm', 'của', 'về', 'được', 'đã', 'đang', 'sẽ', 'để', 'theo', 'thì', 'có', 'này', 'với', 'do', 'tại',
  'cho', 'là', 'và', 'hoặc', 'nhằm', 'khi', 'từ', 'vừa', 'không', 'nên', 'phải', 'nhưng', 'cũng', 'các', 'những',
  'đều', 'chưa', 'sau', 'trước', 'mà', 'vào', 'ra', 'tới', 'đến', 'trong', 'ngoài', 'trên', 'dưới', 'qua', 'như',
  'bằng', 'cùng', 'hiện', 'gồm', 'vẫn', 'còn', 'chỉ', 'cần', 'thuộc', 'lần', 'hiệu', 'áp', 'nêu', 'tại', 'hoặc', 'đối',
];

/** `Luật sư`, `Luật gia`: people, not laws. */
export const NOT_LAW_AFTER: readonly string[] = ['sư', 'gia', 'pháp', 'lệ', 'chơi'];

/** Types cited by name without a number (ANNOTATION.md §documents): a subject follows the type word. */
export const NAMED_LAW_TYPES: readonly string[] = ['Bộ luật', 'Luật', 'Pháp lệnh', 'Hiến pháp', 'Sắc lệnh', 'Lệnh'];

/**
 * Two-word verbs that start a clause after a law's subject (`Luật Đất đai quy
 * định …`, `Nghị định … hướng dẫn …`): the subject ends before them.
 */
export const SUBJECT_CLAUSE_VERBS: readonly string[] = ['bao gồm', 'gồm có', 'quy định', 'hướng dẫn', 'ban hành', 'có hiệu', 'thông qua', 'thay thế', 'bãi bỏ'];

/** Words that open a new line of a legal text (`Căn cứ …`, `Điều 1.`): a subject does not run onto such a line. */
export const LINE_OPENING_WORDS: readonly string[] = ['Căn', 'Điều', 'Chương', 'Mục', 'Theo', 'Xét', 'Nơi', 'QUYẾT', 'Trên', 'Thực'];
