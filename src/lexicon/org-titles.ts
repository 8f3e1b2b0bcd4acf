/**
 * Titles of persons as Vietnamese news writes them before a body's name
 * (`Phó Chủ tịch UBND tỉnh`, `Ủy viên Ban Thường vụ Tỉnh ủy`) or before a
 * name (`Thủ tướng Phạm Minh Chính`). Data only. The title is not part of
 * the organization mention (ANNOTATION.md §organizations).
 */

/**
 * Titles held in a body: the body follows. Longest first is done by the pattern builder. Where from: the offices of
 * Điều lệ Đảng (Bí thư, Phó Bí thư, Ủy viên), Luật Tổ chức chính quyền địa phương 2015 (Chủ tịch), Luật Tổ chức
 * Chính phủ 2015 (Bộ trưởng, Thứ trưởng) and Nghị định 24/2014/NĐ-CP on provincial departments (Giám đốc), each also with its second word in lower case (`Phó bí thư`),
 * as news writes it against Hướng dẫn 36-HD/VPTW's capitals.
 */
export const TITLES_BEFORE_BODY: readonly string[] = [
  'Ủy viên dự khuyết',
  'Ủy viên',
  'Phó Bí thư Thường trực',
  'Phó bí thư Thường trực',
  'Phó bí thư',
  'Phó Bí thư',
  'Bí thư',
  'Phó Chủ tịch Thường trực',
  'Phó chủ tịch Thường trực',
  'Phó chủ tịch',
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Trưởng ban Thường trực',
  'Phó Trưởng ban',
  'Phó trưởng ban',
  'Trưởng ban',
  'Phó Trưởng',
  'Phó trưởng',
  'Trưởng',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Chánh Văn phòng',
  'Chánh Văn phòng',
  'Chánh án',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Chi cục trưởng',
  'Chỉ huy trưởng',
  'Chánh Thanh tra',
  'Thủ trưởng',
  'Đại biểu',
  'đại biểu',
  'Phó Thủ tướng',
  'Thường trực',
  'Ủy viên Thường trực',
  'Tổng Thư ký',
];

/** Titles complete without a body after them: the person's name follows (`Tổng Bí thư Tô Lâm`). */
export const OFFICE_TITLES: readonly string[] = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Thủ tướng Chính phủ',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Chủ tịch Quốc hội',
  'Phó Chủ tịch Quốc hội',
];

/** Words written before a person's name. */
export const HONORIFICS: readonly string[] = ['Đồng chí', 'đồng chí', 'Ông', 'ông', 'Bà', 'bà', 'Đ/c', 'đ/c'];

/** Capitalized words that never start a person's name (they start titles, bodies or sentences). */
export const NOT_NAME_WORDS: readonly string[] = [
  'Ủy',
  'Phó',
  'Chủ',
  'Bí',
  'Trưởng',
  'Giám',
  'Ban',
  'Hội',
  'Đảng',
  'Sở',
  'Bộ',
  'Tỉnh',
  'Thành',
  'Huyện',
  'Ảnh',
  'Năm',
  'Ngày',
  'Tháng',
  'Theo',
  'Tại',
  'Trong',
  'Các',
  'Những',
  'Đồng',
  'Ông',
  'Bà',
  'Thủ',
  'Tổng',
  'Đại',
  'Thường',
  'Chánh',
  'Viện',
  'Cục',
  'Mặt',
  'Quốc',
  'Chính',
  'Trung',
  'Việt',
];
