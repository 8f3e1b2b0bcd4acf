/**
 * The words that introduce an administrative unit in Vietnamese text (DOMAIN.md §3, ANNOTATION.md `places`).
 * Data only; the unit names themselves are the gazetteer's (lexicon/gazetteer.ts).
 */
import type { UnitType } from './gazetteer.js';

const PROVINCE_TYPES: readonly UnitType[] = ['Tỉnh', 'Thành phố Trung ương'];
const CITY_TYPES: readonly UnitType[] = ['Thành phố Trung ương', 'Thành phố'];

export interface PlaceWord {
  /** The words as written, lower case (`thị xã`), or an abbreviation (`tp`). */
  words: string;
  /** The types of unit it can introduce. */
  types: readonly UnitType[];
  /** Part of the place mention's text (`tỉnh Lào Cai`), or only of the body it names (`Tỉnh ủy Lào Cai` gives `Lào Cai`). */
  inSpan: boolean;
  /** An abbreviation: may be followed by a dot, and by the name without a space (`TP.HCM`). */
  abbreviation?: true;
}

export const PLACE_WORDS: readonly PlaceWord[] = [
  { words: 'tỉnh', types: ['Tỉnh'], inSpan: true },
  { words: 'thành phố', types: CITY_TYPES, inSpan: true },
  { words: 'tp', types: CITY_TYPES, inSpan: true, abbreviation: true },
  { words: 'thị xã', types: ['Thị xã'], inSpan: true },
  { words: 'tx', types: ['Thị xã'], inSpan: true, abbreviation: true },
  { words: 'quận', types: ['Quận'], inSpan: true },
  { words: 'huyện', types: ['Huyện'], inSpan: true },
  { words: 'huyện đảo', types: ['Huyện'], inSpan: true },
  { words: 'xã', types: ['Xã'], inSpan: true },
  { words: 'phường', types: ['Phường'], inSpan: true },
  { words: 'thị trấn', types: ['Thị trấn'], inSpan: true },
  { words: 'đặc khu', types: ['Đặc khu'], inSpan: true },
  // Party committees named after their unit (`Tỉnh ủy Lào Cai`, `Huyện ủy Mộc Châu`): the unit is the name after them
  { words: 'tỉnh ủy', types: PROVINCE_TYPES, inSpan: false },
  { words: 'thành ủy', types: CITY_TYPES, inSpan: false },
  { words: 'huyện ủy', types: ['Huyện'], inSpan: false },
  { words: 'quận ủy', types: ['Quận'], inSpan: false },
  { words: 'thị ủy', types: ['Thị xã'], inSpan: false },
];

/**
 * Words that describe a unit between its type word and its name (`huyện biên giới Mường Tè`, `xã vùng cao
 * biên giới Thu Lũm`): up to three of them, each written in lower case.
 */
export const PLACE_DESCRIPTORS: readonly string[] = [
  'biên giới', 'vùng cao', 'vùng sâu', 'vùng xa', 'miền núi', 'ven biển', 'nghèo', 'đặc biệt khó khăn', 'trung du',
];

/**
 * Province names that are never a place when written alone: Hồ Chí Minh City is named with its type word
 * (`TP. Hồ Chí Minh`, `TP HCM`); the bare name is the President's (`tư tưởng Hồ Chí Minh`).
 */
export const NEEDS_PLACE_WORD: readonly string[] = ['Hồ Chí Minh', 'HCM'];

/** Written forms that carry their own type word, by 2025-03 province code. */
export const SELF_TYPED_FORMS: Readonly<Record<string, readonly string[]>> = {
  '79': ['TPHCM'],
};

/** Words written before a person's name (`Ông Nguyễn Hòa Bình`, `đồng chí Lê Thái Bình`). */
export const HONORIFICS: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'chí', 'cụ', 'thầy'];

/**
 * Vietnamese family names (the common ones, Họ người Việt Nam): a province name in a capitalized run that starts
 * with one (or with an honorific and one) is part of a person's name (`Nguyễn Thái Bình`, `Ông Lê Hòa Bình`),
 * not a place; inside a longer run (`Tỉnh Đoàn Quảng Ngãi`) the word is not a family name.
 * `Từ` is left out: it is far more often the preposition at a sentence's start (`Từ Hà Nội`).
 */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Lương', 'Lưu', 'Đinh',
  'Cao', 'Kiều', 'Châu', 'Quách', 'Thái', 'Triệu', 'Tăng', 'Văn', 'La', 'Lục', 'Mạc', 'Khúc', 'Ninh', 'Hứa', 'Giáp',
  'Đàm', 'Chu', 'Nông', 'Lò', 'Sùng', 'Hầu', 'Vi', 'Lã', 'Thân', 'Tống', 'Diệp', 'Doãn', 'Khổng', 'Kim', 'Âu',
];
