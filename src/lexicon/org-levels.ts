/**
 * Level words that close a body's name and the level each gives
 * (ANNOTATION.md §organizations `level`). Data only.
 */
export type Level = 'central' | 'province' | 'district' | 'commune';

/** Level words before a place name (or alone): `UBND tỉnh`, `Huyện ủy` has its own. Lower case as prose writes them. */
export const LEVEL_WORDS: Record<string, Level> = {
  'tỉnh': 'province',
  'thành phố': 'province',
  'huyện': 'district',
  'quận': 'district',
  'thị xã': 'district',
  'xã': 'commune',
  'phường': 'commune',
  'thị trấn': 'commune',
  'đặc khu': 'commune',
};

/** `cấp huyện`: the level of a class of bodies, kept in the text (gold/DECISIONS.md). */
export const CAP_LEVELS: Record<string, Level> = {
  'cấp tỉnh': 'province',
  'cấp thành phố': 'province',
  'cấp huyện': 'district',
  'cấp quận': 'district',
  'cấp xã': 'commune',
  'cấp phường': 'commune',
  'cấp cơ sở': 'commune',
};

/** Words for the centre: `Ban Dân vận Trung ương`, `Ban Bí thư TW`. */
export const CENTRAL_WORDS: readonly string[] = ['Trung ương', 'TW', 'TƯ', 'T.Ư', 'T.W'];

/** Capitalized words that never start a place name after a level word (`UBND tỉnh Phó Chủ tịch` is not a place). */
export const NOT_PLACE_WORDS: readonly string[] = [
  'Ủy',
  'Phó',
  'Chủ',
  'Ban',
  'Hội',
  'Đảng',
  'Sở',
  'Bộ',
  'Ông',
  'Bà',
  'Đồng',
  'Năm',
  'Ngày',
  'Tháng',
  'Khóa',
  'Nhiệm',
  'Giai',
  'Lần',
  'Trưởng',
  'Bí',
  'Giám',
  'Thường',
  'Mặt',
  'Kế',
  'Quyết',
  'Nghị',
  'Chỉ',
  'Tỉnh',
  'Huyện',
  'Các',
  'Trong',
  'Tại',
  'Theo',
  'Với',
  'Và',
];

/**
 * Folding a name written in capitals (`ỦY BAN NHÂN DÂN TỈNH CAO BẰNG`) for the
 * lexicon patterns: words are lowered, except these, which the patterns read
 * with a capital first letter (`Ban Chỉ đạo`, `Trung ương`, `Việt Nam`).
 */
export const CAPS_TITLE_WORDS: readonly string[] = ['Ban', 'Trung', 'Việt', 'Nam'];

/** Capitals that are abbreviations in mixed-case text but syllables in a capitals run (`ĐẦU TƯ`, not `TƯ` = Trung ương). */
export const CAPS_SYLLABLES: readonly string[] = ['TƯ'];
