/**
 * Abbreviations of organization names and administrative level words as
 * news writes them (DOMAIN.md §2.4), with their expansion. Data only.
 * Keys are written exactly as in texts (case matters: `TT` is not `tt`).
 * A stored body's abbreviations (bodies.ts) and a field's (FIELDS) are
 * derived from their one entry there, not written again.
 */
import { BODIES } from './bodies.js';
import { FIELDS } from './org-names.js';

/** A written form in capitals only (`NHNN`, `UBTƯ MTTQ`, `LĐ-TB&XH`) is an abbreviation. */
const isAbbreviation = (form: string): boolean => form === form.toUpperCase();

/** Abbreviations that stand for (part of) a body's name. */
export const ORG_ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc Việt Nam',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  BTV: 'Ban Thường vụ',
  BCH: 'Ban Chấp hành',
  BCĐ: 'Ban Chỉ đạo',
  UBKT: 'Ủy ban Kiểm tra',
  LĐLĐ: 'Liên đoàn Lao động',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  LHPN: 'Liên hiệp Phụ nữ',
  HND: 'Hội Nông dân',
  CCB: 'Cựu chiến binh',
  HCCB: 'Hội Cựu chiến binh',
  ĐTN: 'Đoàn Thanh niên',
  TN: 'Thanh niên',
  TNCS: 'Thanh niên Cộng sản',
  ĐBQH: 'đại biểu Quốc hội',
  TAND: 'Tòa án nhân dân',
  VKSND: 'Viện kiểm sát nhân dân',
  BCHQS: 'Bộ Chỉ huy Quân sự',
  BĐBP: 'Bộ đội Biên phòng',
  BHXH: 'Bảo hiểm xã hội',
  NHCSXH: 'Ngân hàng Chính sách xã hội',
  KBNN: 'Kho bạc Nhà nước',
  CSVN: 'Cộng sản Việt Nam',
  VN: 'Việt Nam',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  'T.Ư': 'Trung ương',
  'T.W': 'Trung ương',
  ...Object.fromEntries(BODIES.flatMap((b) => (b.forms ?? []).filter(isAbbreviation).map((f) => [f, b.name]))),
};

/** Abbreviations of level words before a place name: `TP. Vĩnh Long`, `TX. Bình Minh`. */
export const LEVEL_ABBREVIATIONS: Record<string, string> = {
  'TP.': 'thành phố',
  'Tp.': 'thành phố',
  TP: 'thành phố',
  Tp: 'thành phố',
  'TX.': 'thị xã',
  TX: 'thị xã',
  'TT.': 'thị trấn',
  'Q.': 'quận',
  'P.': 'phường',
};

/** Ho Chi Minh City written as one token (`TPHCM`, `TP.HCM`): the level word and the place. */
export const CITY_TOKENS: Record<string, { word: string; place: string }> = {
  TPHCM: { word: 'thành phố', place: 'Hồ Chí Minh' },
  'TP.HCM': { word: 'thành phố', place: 'Hồ Chí Minh' },
  'Tp.HCM': { word: 'thành phố', place: 'Hồ Chí Minh' },
  'TP.HN': { word: 'thành phố', place: 'Hà Nội' },
};

/** Abbreviations of ministry and department fields: `Sở GD&ĐT`, `Bộ LĐ-TB&XH`. */
export const FIELD_ABBREVIATIONS: Record<string, string> = {
  ...Object.fromEntries(FIELDS.flatMap((f) => (f.forms ?? []).filter(isAbbreviation).map((form) => [form, f.name]))),
  TTTT: 'Thông tin và Truyền thông',
};
