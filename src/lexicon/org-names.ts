/**
 * Names of Party, State, Front and mass-organization bodies (ANNOTATION.md
 * §organizations, DOMAIN.md §2). Data only.
 *
 * A written body name is a chain: zero or more ORGANS (`Ban Thường vụ`,
 * `Ban cán sự đảng`, `Văn phòng`...) that belong to the next unit, then a
 * BASE body (`Tỉnh ủy`, `UBND`, `Hội Nông dân`, `Sở Tài chính`) or a last
 * organ, then optionally a level phrase (`tỉnh Vĩnh Long`, `cấp huyện`,
 * `Trung ương`, `Việt Nam`). Forms are written in the traditional tone
 * placement (the match view's); the first letter of every word matches in
 * either case, abbreviations match exactly.
 */
import { baseBodies, body, ministryNames, type Body, type OrgSystem } from './bodies.js';
import type { OrgKind } from './org-heads.js';
import type { Level } from './org-levels.js';

export type { OrgSystem } from './bodies.js';

export interface BaseEntry {
  /** Canonical full name. */
  name: string;
  /** Other written forms, abbreviations included. */
  forms?: readonly string[];
  system: OrgSystem;
  /** Level by the body's nature (`Bộ Chính trị` is central), null when only the words around it tell. */
  level: Level | null;
  /** Name when the body stands alone (elliptic forms completed: `Trung ương Đảng` → `Ban Chấp hành Trung ương Đảng`). */
  aloneName?: string;
  /** Only counted with a level phrase or place after it (`Đảng bộ tỉnh`, `Công an huyện`). */
  needsQualifier?: true;
  /** `Việt Nam` is already part of the canonical name (so it is not a central level word). */
  vietNamInName?: true;
  /** After this body a bare place name may follow (`Tỉnh ủy Lào Cai`, `Huyện ủy Bảo Thắng`). */
  placeAfter?: 'province' | 'any';
  /** ANNOTATION.md `kind` when the family does not say it (a mass organization outside the Front's socio-political five is an association). */
  kind?: OrgKind;
}

export interface OrganEntry {
  name: string;
  forms?: readonly string[];
  /** Families of the unit it can belong to. */
  parents: readonly OrgSystem[];
  /** Counted when nothing follows (`Ban Dân vận`). */
  alone?: true;
  /** Counted with only a level phrase after it (`Ban Dân vận Trung ương`, `Đảng bộ tỉnh`). */
  withLevel?: true;
  level?: Level;
  system: OrgSystem;
}

/** A stored body as a base name of the grammar. */
function asBase(b: Body): BaseEntry {
  return {
    name: b.name,
    ...(b.forms ? { forms: b.forms } : {}),
    system: b.system,
    level: b.level,
    ...(b.vietNamInName ? { vietNamInName: true } : {}),
    ...(b.kind ? { kind: b.kind } : {}),
  };
}

export const BASES: readonly BaseEntry[] = [
  // --- Party, central
  ...baseBodies((b) => b.system === 'party').map(asBase),
  { name: 'Trung ương Đảng', forms: ['TW Đảng', 'TƯ Đảng', 'T.Ư Đảng'], system: 'party', level: 'central', aloneName: 'Ban Chấp hành Trung ương Đảng' },
  { name: 'Trung ương Đoàn', forms: ['TW Đoàn', 'TƯ Đoàn'], system: 'mass', level: 'central' },
  // --- Party committees
  { name: 'Tỉnh ủy', system: 'party', level: 'province', placeAfter: 'province' },
  { name: 'Thành ủy', system: 'party', level: 'province', placeAfter: 'any' },
  { name: 'Huyện ủy', system: 'party', level: 'district', placeAfter: 'any' },
  { name: 'Quận ủy', system: 'party', level: 'district', placeAfter: 'any' },
  { name: 'Thị ủy', system: 'party', level: 'district', placeAfter: 'any' },
  { name: 'Đảng ủy Khối các cơ quan', system: 'party', level: null },
  { name: 'Đảng ủy Khối Doanh nghiệp', system: 'party', level: null },
  { name: 'Đảng ủy Quân sự', system: 'party', level: null },
  { name: 'Đảng ủy Công an', system: 'party', level: null },
  { name: 'Đảng ủy Biên phòng', system: 'party', level: null },
  { name: 'Đảng ủy', system: 'party', level: null, placeAfter: 'any' },
  // --- State, central: the named bodies of the store (bodies.ts)
  ...baseBodies((b) => b.system === 'state' && b.name !== 'Bảo hiểm xã hội Việt Nam').map(asBase),
  { name: 'Đoàn đại biểu Quốc hội', forms: ['Đoàn ĐBQH'], system: 'state', level: null },
  // --- State, local
  { name: 'Hội đồng nhân dân', forms: ['HĐND'], system: 'council', level: null },
  { name: 'Ủy ban nhân dân', forms: ['UBND'], system: 'state', level: null },
  // a province named bare after them is theirs (`TAND Hà Nội`, `Công an Quảng Ninh`). The courts and procuracies are
  // named as Luật Tổ chức Tòa án nhân dân 2024 and Luật Tổ chức Viện kiểm sát nhân dân 2014 name them.
  { name: 'Tòa án nhân dân', forms: ['TAND'], system: 'state', level: null, needsQualifier: true, placeAfter: 'province' },
  { name: 'Viện kiểm sát nhân dân', forms: ['VKSND'], system: 'state', level: null, needsQualifier: true, placeAfter: 'province' },
  { name: 'Công an', system: 'state', level: null, needsQualifier: true, placeAfter: 'province' },
  { name: 'Bộ Chỉ huy Quân sự', forms: ['BCHQS', 'Bộ CHQS'], system: 'state', level: 'province' },
  { name: 'Ban Chỉ huy Quân sự', forms: ['Ban CHQS'], system: 'state', level: null, needsQualifier: true },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng', forms: ['Bộ Chỉ huy BĐBP'], system: 'state', level: 'province' },
  { name: 'Bộ đội Biên phòng', forms: ['BĐBP'], system: 'state', level: null, needsQualifier: true },
  { name: 'Thanh tra', system: 'state', level: null, needsQualifier: true },
  { name: 'Kho bạc Nhà nước', forms: ['KBNN'], system: 'state', level: null },
  asBase(body('Bảo hiểm xã hội Việt Nam')),
  { name: 'Bảo hiểm xã hội', forms: ['BHXH'], system: 'state', level: null, needsQualifier: true },
  { name: 'Ngân hàng Chính sách xã hội', forms: ['NHCSXH'], system: 'state', level: null },
  // --- Front
  {
    name: 'Mặt trận Tổ quốc Việt Nam',
    forms: ['Mặt trận Tổ quốc', 'MTTQ Việt Nam', 'MTTQ VN', 'MTTQVN', 'MTTQ'],
    system: 'front',
    level: null,
    vietNamInName: true,
  },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', forms: ['UBMTTQ', 'UBMTTQVN', 'UBMTTQ Việt Nam'], system: 'front', level: null, vietNamInName: true },
  asBase(body('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam')),
  // --- Mass organizations
  { name: 'Hội Nông dân', forms: ['HND', 'Hội ND'], system: 'mass', level: null },
  { name: 'Hội Liên hiệp Phụ nữ', forms: ['Hội LHPN', 'HLHPN', 'Hội Phụ nữ'], system: 'mass', level: null },
  { name: 'Hội Cựu chiến binh', forms: ['Hội CCB', 'HCCB'], system: 'mass', level: null },
  {
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    forms: ['Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS HCM', 'Đoàn Thanh niên CS Hồ Chí Minh'],
    system: 'mass',
    level: null,
  },
  { name: 'Đoàn Thanh niên', forms: ['Đoàn TN', 'ĐTN'], system: 'mass', level: null },
  { name: 'Tỉnh đoàn', system: 'mass', level: 'province' },
  { name: 'Thành đoàn', system: 'mass', level: 'province', placeAfter: 'any' },
  { name: 'Huyện đoàn', system: 'mass', level: 'district', placeAfter: 'any' },
  { name: 'Quận đoàn', system: 'mass', level: 'district', placeAfter: 'any' },
  { name: 'Thị đoàn', system: 'mass', level: 'district', placeAfter: 'any' },
  asBase(body('Tổng Liên đoàn Lao động Việt Nam')),
  { name: 'Liên đoàn Lao động', forms: ['LĐLĐ'], system: 'mass', level: null },
  { name: 'Công đoàn Việt Nam', system: 'mass', level: 'central', vietNamInName: true },
  { name: 'Hội Chữ thập đỏ', forms: ['Hội CTĐ'], system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Khuyến học', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Người cao tuổi', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Luật gia', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Nhà báo', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Doanh nhân trẻ', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Liên hiệp Thanh niên', forms: ['Hội LHTN'], system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Sinh viên', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Cựu Thanh niên xung phong', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Nạn nhân chất độc da cam/dioxin', system: 'mass', level: null, kind: 'association' },
  { name: 'Liên minh Hợp tác xã', system: 'mass', level: null, kind: 'association' },
  { name: 'Liên hiệp các Hội Khoa học và Kỹ thuật', system: 'mass', level: null, kind: 'association' },
  { name: 'Hội Văn học Nghệ thuật', system: 'mass', level: null, kind: 'association' },
];

export const ORGANS: readonly OrganEntry[] = [
  // Party organs of a committee (or of a mass organization)
  { name: 'Ban Thường vụ', forms: ['BTV', 'Thường vụ'], parents: ['party', 'mass', 'front'], system: 'party' },
  { name: 'Thường trực', parents: ['party', 'mass', 'front', 'council'], system: 'party' },
  { name: 'Ban Chấp hành', forms: ['BCH'], parents: ['party', 'mass'], withLevel: true, system: 'party' },
  { name: 'Ủy ban Kiểm tra', forms: ['UBKT'], parents: ['party'], withLevel: true, alone: true, system: 'party' },
  // the inspection board of a mass organization or the Front: `Ban Kiểm tra Hội Nông dân tỉnh`
  { name: 'Ban Kiểm tra', parents: ['mass', 'front'], system: 'mass' },
  { name: 'Văn phòng', parents: ['party', 'state', 'council', 'front', 'mass'], system: 'state' },
  // the police's investigating agencies: `Cơ quan Cảnh sát điều tra Bộ Công an`, `Cơ quan An ninh điều tra Công an tỉnh`.
  // The two are the whole list of the People's Police's investigating agencies (Luật Tổ chức cơ quan điều tra hình sự
  // 2015, Điều 4 and 17–22); CSĐT and ANĐT are their abbreviations in the ministry's own documents.
  { name: 'Cơ quan Cảnh sát điều tra', forms: ['Cơ quan CSĐT'], parents: ['state'], alone: true, system: 'state' },
  { name: 'Cơ quan An ninh điều tra', forms: ['Cơ quan ANĐT'], parents: ['state'], alone: true, system: 'state' },
  // the inspectorate of a ministry or a department (Luật Thanh tra 2022): `Thanh tra Sở Y tế`, `Thanh tra Bộ Xây dựng`
  { name: 'Thanh tra', parents: ['state'], system: 'state' },
  { name: 'Ban cán sự đảng', forms: ['Ban cán sự Đảng', 'BCS đảng', 'BCSĐ'], parents: ['state'], system: 'party' },
  { name: 'Đảng đoàn', parents: ['state', 'council', 'front', 'mass'], system: 'party' },
  { name: 'Đảng bộ', parents: ['state', 'party'], withLevel: true, system: 'party' },
  { name: 'Ban Dân vận', parents: ['party'], alone: true, withLevel: true, system: 'party' },
  { name: 'Ban Tuyên giáo và Dân vận', parents: ['party'], alone: true, withLevel: true, system: 'party' },
  { name: 'Ban Tuyên giáo', parents: ['party'], alone: true, withLevel: true, system: 'party' },
  { name: 'Ban Tổ chức', parents: ['party'], withLevel: true, system: 'party' },
  { name: 'Ban Nội chính', parents: ['party'], alone: true, withLevel: true, system: 'party' },
  { name: 'Ban Kinh tế', parents: ['party', 'council'], withLevel: true, system: 'party' },
  { name: 'Ban Chính sách, chiến lược', parents: ['party'], withLevel: true, system: 'party' },
  { name: 'Ban Đối ngoại', parents: ['party'], withLevel: true, system: 'party' },
  { name: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ', parents: ['party'], withLevel: true, system: 'party' },
  // Committees of a people's council
  { name: 'Ban Pháp chế', parents: ['council'], system: 'council' },
  { name: 'Ban Kinh tế - Ngân sách', parents: ['council'], system: 'council' },
  { name: 'Ban Văn hóa - Xã hội', parents: ['council'], system: 'council' },
  { name: 'Ban Dân tộc', parents: ['council'], withLevel: true, system: 'council' },
  { name: 'Ban Đô thị', parents: ['council'], system: 'council' },
  // The Front's committee: `Ủy ban MTTQ tỉnh`, `Ủy ban Trung ương MTTQ Việt Nam`
  { name: 'Ủy ban Trung ương', forms: ['Ủy ban TW', 'Ủy ban TƯ'], parents: ['front'], level: 'central', system: 'front' },
  { name: 'Ủy ban', parents: ['front'], system: 'front' },
  // Mass organizations' central committees: `Trung ương Hội Nông dân Việt Nam`
  { name: 'Trung ương', forms: ['TW', 'TƯ'], parents: ['mass'], level: 'central', system: 'mass' },
];

/** Fields of a Sở (province), Bộ (ministry) or Phòng (district office), current and pre-2025 names, with their written forms. */
export const FIELDS: readonly { name: string; forms?: readonly string[] }[] = [
  { name: 'Kế hoạch và Đầu tư', forms: ['Kế hoạch - Đầu tư', 'KH&ĐT', 'KHĐT'] },
  { name: 'Tài chính' },
  { name: 'Tài chính - Kế hoạch' },
  { name: 'Nội vụ' },
  { name: 'Tư pháp' },
  { name: 'Y tế' },
  { name: 'Giáo dục và Đào tạo', forms: ['Giáo dục - Đào tạo', 'GD&ĐT', 'GDĐT'] },
  { name: 'Lao động - Thương binh và Xã hội', forms: ['Lao động, Thương binh và Xã hội', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐTBXH'] },
  { name: 'Tài nguyên và Môi trường', forms: ['Tài nguyên - Môi trường', 'TN&MT', 'TNMT'] },
  { name: 'Nông nghiệp và Phát triển nông thôn', forms: ['NN&PTNT', 'NNPTNT'] },
  { name: 'Nông nghiệp và Môi trường', forms: ['NN&MT'] },
  { name: 'Công Thương', forms: ['Công thương'] },
  { name: 'Xây dựng' },
  { name: 'Giao thông vận tải', forms: ['Giao thông - Vận tải', 'GTVT'] },
  { name: 'Thông tin và Truyền thông', forms: ['TT&TT'] },
  { name: 'Văn hóa, Thể thao và Du lịch', forms: ['Văn hóa - Thể thao và Du lịch', 'VH-TT&DL', 'VHTT&DL', 'VHTTDL'] },
  { name: 'Văn hóa và Thể thao' },
  { name: 'Văn hóa và Thông tin' },
  { name: 'Du lịch' },
  { name: 'Khoa học và Công nghệ', forms: ['KH&CN', 'KHCN'] },
  { name: 'Ngoại vụ' },
  { name: 'Ngoại giao' },
  { name: 'Quốc phòng' },
  { name: 'Công an' },
  { name: 'Dân tộc và Tôn giáo', forms: ['DT&TG'] },
  { name: 'Kinh tế - Hạ tầng' },
  { name: 'Quản lý đô thị' },
  { name: 'Dân tộc' },
  { name: 'Thanh tra' },
];

/** Fields only a ministry had (bodies.ts: `Bộ Thương mại` until 2007), read after `Bộ` only (`Phòng Thương mại và Công nghiệp` is no office). */
export const MINISTRY_ONLY_FIELDS: readonly { name: string; forms?: readonly string[] }[] = ministryNames()
  .map((m) => m.slice('Bộ '.length))
  .filter((field) => !FIELDS.some((f) => f.name === field))
  .map((name) => ({ name }));

/** Offices: `Sở`, `Bộ`, `Phòng` + a field. */
export const FIELD_OFFICES: readonly { word: string; level: Level }[] = [
  { word: 'Sở', level: 'province' },
  { word: 'Bộ', level: 'central' },
  { word: 'Phòng', level: 'district' },
];

/** Agencies: `Tổng cục` (central), `Cục`, `Chi cục` + a name. */
export const AGENCY_OFFICES: readonly { word: string; level: Level }[] = [
  { word: 'Tổng cục', level: 'central' },
  { word: 'Cục', level: 'central' },
  { word: 'Chi cục', level: 'province' },
];

export const AGENCY_NAMES: readonly string[] = [
  'Thuế',
  'Thống kê',
  'Hải quan',
  'Quản lý thị trường',
  'Kiểm lâm',
  'Thi hành án dân sự',
  'Dự trữ Nhà nước',
  'Bảo vệ thực vật',
  'Trồng trọt và Bảo vệ thực vật',
  'Thủy sản',
  'Chăn nuôi và Thú y',
  'Chăn nuôi',
  'Thú y',
  'Thủy lợi',
  'Phát triển nông thôn',
  'Văn thư và Lưu trữ nhà nước',
  'Quản lý đất đai',
  'Đường bộ Việt Nam',
  'Hàng không Việt Nam',
  'Cảnh sát giao thông',
  'Dân số - Kế hoạch hóa gia đình',
  'An toàn vệ sinh thực phẩm',
  'Bảo vệ môi trường',
  'Tiêu chuẩn Đo lường Chất lượng',
  'Giáo dục nghề nghiệp',
];

/** Heads of `Ban ...` names that are not ad-hoc boards (`Ban Giám đốc` is a board of managers; the others are organs above). */
export const NOT_ADHOC_BAN: readonly string[] = [
  'Chấp hành',
  'Thường vụ',
  'Bí thư',
  'Chỉ đạo',
  'Chỉ huy',
  'Dân vận',
  'Tuyên giáo',
  'Tổ chức',
  'Kiểm tra',
  'Nội chính',
  'Kinh tế',
  'Chính sách',
  'Đối ngoại',
  'Bảo vệ',
  'Pháp chế',
  'Văn hóa',
  'Dân tộc',
  'Đô thị',
  'Tôn giáo',
  'Giám đốc',
  'Giám hiệu',
  'Giám khảo',
  'Biên tập',
  'Quản trị',
  'Điều hành',
  'Cán sự',
  'Thư ký',
  'Đại diện',
  'Lãnh đạo',
  'Công tác',
];

/** Words that end the purpose of a `Ban Chỉ đạo ...` or an ad-hoc board (`Ban Tiếp nhận ... [phục vụ]`). */
export const PURPOSE_STOP_WORDS: readonly string[] = [
  'phục vụ',
  'nhằm',
  'để',
  'của',
  'cho',
  'với',
  'về',
  'theo',
  'tại',
  'trong',
  'từ',
  'đến',
  'khi',
  'đã',
  'đang',
  'sẽ',
  'được',
  'bị',
  'là',
  'có',
  'các',
  'cùng',
  'và các',
  'ban hành',
  'thuộc',
  'trực thuộc',
  'chỉ đạo',
  'tổ chức',
  'tham mưu',
  'triển khai',
  'tiến hành',
  'họp',
  'kiểm tra',
  'thực hiện tốt',
  'đề nghị',
  'yêu cầu',
  'gồm',
  'do',
  'trên',
  'năm',
  'giai đoạn',
  'nhiệm kỳ',
  'khóa',
  'lần',
];

/** First words of a purpose that keep their lower case in the name (verbs); other purposes are capitalized (`Công tác tôn giáo`). */
export const PURPOSE_VERBS: readonly string[] = ['thực hiện', 'phòng', 'phòng, chống', 'chống', 'xây dựng', 'phát triển', 'triển khai', 'giải quyết'];

/** Words before a body that make it part of an event's name (`Đại hội Đảng bộ tỉnh lần thứ XVII`). */
export const EVENT_HEADS: readonly string[] = ['Đại hội đại biểu', 'Đại hội', 'Văn kiện Đại hội'];

/** Words before a body that make it a generic plural (`các Ban chỉ đạo`, `các Đồn Biên phòng`); a count does too (`hai Bộ Ngoại giao`). */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những', 'mọi', 'Các', 'Những', 'Mọi', 'hai', 'Hai', 'ba', 'bốn', 'nhiều', 'Nhiều'];
