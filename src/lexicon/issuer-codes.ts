/**
 * Issuer codes inside document symbols, and the written names of issuing
 * bodies (DOMAIN.md §1.1–1.3, §2.2). Data only.
 *
 * `system` is a property of the issuer, not of the writer's punctuation:
 * Party bodies are `party`, everything else `state` (ANNOTATION.md). `style`
 * is the numbering style the issuer uses, which the canonical id follows:
 * Party bodies and the mass organisations that copy them (`367-QĐ/TWĐTN-VP`)
 * number Party style. `shared` marks a code used by many bodies (every
 * Tỉnh ủy writes `TU`, every People's Committee `UBND`; `TW` is the BCH, the
 * Bộ Chính trị and the Ban Bí thư): such a code gives no issuer by itself.
 */
import { BODIES, ministryNames, type Body } from './bodies.js';
import { FIELDS } from './org-names.js';

export interface IssuerCode {
  code: string;
  /** The body in full (for a shared code: the kind of body). */
  name: string;
  system: 'party' | 'state';
  style: 'party' | 'state';
  shared: boolean;
  /**
   * The code stands for a local body (`TU`, `HU`, `UBND`, a Sở): a document's
   * `scope` is the province or district of the body that wrote it. Not `TW`,
   * which is shared by central organs only.
   */
  scoped?: boolean;
  /** Years the code was in use, when it was renamed or merged away. */
  from?: number;
  until?: number;
}

const local = (code: string, name: string, system: 'party' | 'state' = 'state'): IssuerCode => ({
  code, name, system, style: system, shared: true, scoped: true,
});
const mass = (code: string, name: string): IssuerCode => ({ code, name, system: 'state', style: 'party', shared: false });

/** A stored body's codes: Party bodies are `party`; the Front and mass organizations number Party style. */
const fromBody = (b: Body): IssuerCode[] =>
  (b.codes ?? []).map((code) => ({
    code,
    name: b.name,
    system: b.system === 'party' ? 'party' : 'state',
    style: b.system === 'state' || b.system === 'council' ? 'state' : 'party',
    shared: b.sharedCode === true,
    ...(b.from === undefined ? {} : { from: b.from }),
    ...(b.until === undefined ? {} : { until: b.until }),
  }));

/** The codes of named central bodies, from the one store (bodies.ts). */
export const BODY_CODES: readonly IssuerCode[] = BODIES.flatMap(fromBody);

/**
 * Codes written by a kind of body (every Tỉnh ủy writes `TU`, every Sở Tài
 * chính `STC`) or by an organ many bodies have (`BCSĐ`, `ĐCT`): no single
 * body of the store.
 */
export const KIND_CODES: readonly IssuerCode[] = [
  // Local state bodies (any province, district, commune)
  local('UBND', 'Ủy ban nhân dân'),
  local('HĐND', 'Hội đồng nhân dân'),
  local('UB', 'Ủy ban nhân dân'),
  local('SKHĐT', 'Sở Kế hoạch và Đầu tư'),
  local('STC', 'Sở Tài chính'),
  local('SNV', 'Sở Nội vụ'),
  local('STP', 'Sở Tư pháp'),
  local('SYT', 'Sở Y tế'),
  local('SGDĐT', 'Sở Giáo dục và Đào tạo'),
  local('SCT', 'Sở Công Thương'),
  local('SXD', 'Sở Xây dựng'),
  local('SKHCN', 'Sở Khoa học và Công nghệ'),
  local('SNNMT', 'Sở Nông nghiệp và Môi trường'),
  local('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'),
  local('STNMT', 'Sở Tài nguyên và Môi trường'),
  local('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn'),
  local('SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội'),
  local('SGTVT', 'Sở Giao thông vận tải'),
  local('STTTT', 'Sở Thông tin và Truyền thông'),
  local('SDTTG', 'Sở Dân tộc và Tôn giáo'),
  local('BDT', 'Ban Dân tộc'),
  // Central Party bodies
  { ...local('TW', 'Trung ương Đảng (Ban Chấp hành, Bộ Chính trị, Ban Bí thư)', 'party'), scoped: false },
  { ...local('BCSĐ', 'Ban cán sự đảng', 'party'), scoped: false },
  { ...local('ĐĐ', 'Đảng đoàn', 'party'), scoped: false },
  local('ĐUK', 'Đảng ủy Khối', 'party'),
  // Local Party bodies
  local('TU', 'Tỉnh ủy / Thành ủy', 'party'),
  local('ThU', 'Thành ủy', 'party'),
  local('HU', 'Huyện ủy', 'party'),
  local('QU', 'Quận ủy', 'party'),
  local('TXU', 'Thị ủy', 'party'),
  local('ĐU', 'Đảng ủy', 'party'),
  local('VPTU', 'Văn phòng Tỉnh ủy', 'party'),
  local('BTCTU', 'Ban Tổ chức Tỉnh ủy', 'party'),
  local('BTGTU', 'Ban Tuyên giáo Tỉnh ủy', 'party'),
  local('BDVTU', 'Ban Dân vận Tỉnh ủy', 'party'),
  local('BTGDVTU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'party'),
  local('BNCTU', 'Ban Nội chính Tỉnh ủy', 'party'),
  local('UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy', 'party'),
  local('BTCHU', 'Ban Tổ chức Huyện ủy', 'party'),
  local('BTGHU', 'Ban Tuyên giáo Huyện ủy', 'party'),
  local('BDVHU', 'Ban Dân vận Huyện ủy', 'party'),
  local('UBKTHU', 'Ủy ban Kiểm tra Huyện ủy', 'party'),
  // The presidium of the Front or a mass organisation: numbered Party style
  mass('ĐCT', 'Đoàn Chủ tịch'),
];

/** Every code: the named bodies' first, then the kinds'. */
export const ISSUER_CODES: readonly IssuerCode[] = [...BODY_CODES, ...KIND_CODES];

/** Đ-less ASCII spellings seen in symbols (upper-cased key) → the official code. */
export const ISSUER_CODE_ALIASES: Readonly<Record<string, string>> = {
  BLDTBXH: 'BLĐTBXH',
  BGDDT: 'BGDĐT',
  'BGD&ĐT': 'BGDĐT',
  'BGD&DT': 'BGDĐT',
  BKHDT: 'BKHĐT',
  HDND: 'HĐND',
  DU: 'ĐU',
  SKHDT: 'SKHĐT',
  SGDDT: 'SGDĐT',
  'TƯ': 'TW',
};

/**
 * A Quốc hội term written after `QH` or `UBTVQH` (`80/2015/QH13`, `1314/NQ-UBTVQH15`):
 * the term's Roman numeral, I (1946) to XVI (2026).
 */
export const QUOC_HOI_TERMS: readonly string[] = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI',
];

/**
 * Written forms of the stored issuing bodies → their name, derived from the
 * store: every other form of a body with an unshared code (`NHNN`,
 * `TAND tối cao`), and `Bộ` with every written form of a ministry's field
 * (`Bộ GD&ĐT`, FIELDS in org-names.ts).
 */
export const BODY_NAME_FORMS: Readonly<Record<string, string>> = Object.fromEntries([
  ...BODIES.filter((b) => (b.codes ?? []).length > 0 && !b.sharedCode).flatMap((b) => (b.forms ?? []).map((f) => [f, b.name] as const)),
  ...ministryNames().flatMap((m) => {
    const field = FIELDS.find((f) => `Bộ ${f.name}` === m);
    return (field?.forms ?? []).map((f) => [`Bộ ${f}`, m] as const);
  }),
]);

/**
 * Written names of issuing bodies (after `của`, or before `ban hành`) →
 * their canonical name (gold/DECISIONS.md: abbreviations expanded, the term
 * dropped). The full names of the unshared codes above and the stored
 * bodies' forms (BODY_NAME_FORMS) are added by the extractor, so they are not
 * repeated here.
 */
export const ISSUER_NAME_ALIASES: Readonly<Record<string, string>> = {
  'Thủ tướng': 'Thủ tướng Chính phủ',
  'Bộ Chính trị': 'Bộ Chính trị',
  'Ban Bí thư': 'Ban Bí thư',
  'Ban Bí thư Trung ương Đảng': 'Ban Bí thư Trung ương',
  'Ban Bí thư Trung ương': 'Ban Bí thư Trung ương',
  'Ban Bí thư TW': 'Ban Bí thư Trung ương',
  'Ban Bí thư TƯ': 'Ban Bí thư Trung ương',
  'Ban Bí thư T.Ư': 'Ban Bí thư Trung ương',
  'Ban Chấp hành Trung ương Đảng': 'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương': 'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành TW': 'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành TW Đảng': 'Ban Chấp hành Trung ương Đảng',
  'BCH Trung ương Đảng': 'Ban Chấp hành Trung ương Đảng',
  'BCH Trung ương': 'Ban Chấp hành Trung ương Đảng',
  'BCH TW Đảng': 'Ban Chấp hành Trung ương Đảng',
  'BCH TW': 'Ban Chấp hành Trung ương Đảng',
  'BCH TƯ': 'Ban Chấp hành Trung ương Đảng',
  'BCH T.Ư': 'Ban Chấp hành Trung ương Đảng',
  'BCHTW': 'Ban Chấp hành Trung ương Đảng',
  'Trung ương Đảng': 'Ban Chấp hành Trung ương Đảng',
  'Trung ương': 'Ban Chấp hành Trung ương Đảng',
  'Ban Tuyên giáo TW': 'Ban Tuyên giáo Trung ương',
  'Ban Dân vận TW': 'Ban Dân vận Trung ương',
  'Ban Tổ chức TW': 'Ban Tổ chức Trung ương',
  'Ủy ban Kiểm tra TW': 'Ủy ban Kiểm tra Trung ương',
  'Bộ Giao thông Vận tải': 'Bộ Giao thông vận tải',
};

/**
 * Local bodies named after a place (`của Tỉnh ủy Lào Cai`, `của UBND tỉnh Vĩnh Phúc`):
 * written head → canonical head; a following place name is kept.
 */
export const LOCAL_ISSUER_HEADS: Readonly<Record<string, string>> = {
  'Tỉnh ủy': 'Tỉnh ủy',
  'Thành ủy': 'Thành ủy',
  'Huyện ủy': 'Huyện ủy',
  'Quận ủy': 'Quận ủy',
  'Thị ủy': 'Thị ủy',
  'Đảng ủy': 'Đảng ủy',
  'Ban Thường vụ Tỉnh ủy': 'Ban Thường vụ Tỉnh ủy',
  'Thường vụ Tỉnh ủy': 'Ban Thường vụ Tỉnh ủy',
  'BTV Tỉnh ủy': 'Ban Thường vụ Tỉnh ủy',
  'Thường trực Tỉnh ủy': 'Thường trực Tỉnh ủy',
  'Ban Chấp hành Đảng bộ tỉnh': 'Ban Chấp hành Đảng bộ tỉnh',
  'BCH Đảng bộ tỉnh': 'Ban Chấp hành Đảng bộ tỉnh',
  'Ban Thường vụ Thành ủy': 'Ban Thường vụ Thành ủy',
  'Ban Thường vụ Huyện ủy': 'Ban Thường vụ Huyện ủy',
  'Ban Thường vụ Đảng ủy': 'Ban Thường vụ Đảng ủy',
  'Ban Dân vận Tỉnh ủy': 'Ban Dân vận Tỉnh ủy',
  'Ban Tuyên giáo Tỉnh ủy': 'Ban Tuyên giáo Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy': 'Ban Tổ chức Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy': 'Ủy ban Kiểm tra Tỉnh ủy',
  'Ủy ban nhân dân tỉnh': 'Ủy ban nhân dân tỉnh',
  'UBND tỉnh': 'Ủy ban nhân dân tỉnh',
  'Ủy ban nhân dân thành phố': 'Ủy ban nhân dân thành phố',
  'UBND thành phố': 'Ủy ban nhân dân thành phố',
  'Ủy ban nhân dân huyện': 'Ủy ban nhân dân huyện',
  'UBND huyện': 'Ủy ban nhân dân huyện',
  'Ủy ban nhân dân xã': 'Ủy ban nhân dân xã',
  'UBND xã': 'Ủy ban nhân dân xã',
  'Hội đồng nhân dân tỉnh': 'Hội đồng nhân dân tỉnh',
  'HĐND tỉnh': 'Hội đồng nhân dân tỉnh',
  'Hội đồng nhân dân thành phố': 'Hội đồng nhân dân thành phố',
  'HĐND thành phố': 'Hội đồng nhân dân thành phố',
  'Hội đồng nhân dân huyện': 'Hội đồng nhân dân huyện',
  'HĐND huyện': 'Hội đồng nhân dân huyện',
  'Chủ tịch UBND tỉnh': 'Chủ tịch Ủy ban nhân dân tỉnh',
  'Chủ tịch Ủy ban nhân dân tỉnh': 'Chủ tịch Ủy ban nhân dân tỉnh',
};
