/**
 * The one store of named central bodies: each body once, with its canonical
 * name, its other written forms, the issuer code(s) it writes in document
 * symbols, its family, level and years of existence (DOMAIN.md §1–2; the
 * ministries as the National Assembly set the Government's structure: NQ
 * 26/2021/QH15 until 28/02/2025, NQ 176/2025/QH15 from 01/3/2025). Data only.
 *
 * Both extractors read from here: the documents extractor gets its issuer
 * codes (issuer-codes.ts derives `ISSUER_CODES` from `codes`), the
 * organizations extractor its base names (org-names.ts derives the central
 * `BASES` from `grammar: 'base'`). Kinds of bodies that exist in every
 * province or district (`Tỉnh ủy`, `Ủy ban nhân dân`, a `Sở`) are not single
 * bodies and stay with their grammar in org-names.ts and issuer-codes.ts.
 *
 * `grammar` says how the organizations grammar reads the name:
 * - `base`: listed whole as a base name (`Quốc hội`, `Tòa án nhân dân tối cao`);
 * - `office`: an office word and a field (`Bộ` + `Tài chính`, FIELDS in org-names.ts);
 * - `chain`: organs and a level (`Ban Tổ chức` + `Trung ương`, `Văn phòng` + `Chính phủ`);
 * - `none`: not read as an organization (`Hội đồng Thẩm phán …`, named in symbols only).
 */
import type { OrgKind } from './org-heads.js';
import type { Level } from './org-levels.js';

/** Which family a body belongs to: organs say which families they can belong to. */
export type OrgSystem = 'party' | 'state' | 'front' | 'mass' | 'council';

export interface Body {
  /** Canonical full name. */
  name: string;
  /** Other written forms, abbreviations included (organizations grammar, `grammar: 'base'`). */
  forms?: readonly string[];
  /** Issuer codes written in document symbols (`BTC` in `15/2025/TT-BTC`). */
  codes?: readonly string[];
  /** The code is used by the body's local branches too (`BHXH`): it gives no issuer by itself. */
  sharedCode?: true;
  system: OrgSystem;
  /** Level by the body's nature, null when only the words around it tell. */
  level: Level | null;
  grammar: 'base' | 'office' | 'chain' | 'none';
  /** Years the body existed under this name, when it was created, renamed or merged away. */
  from?: number;
  until?: number;
  /** `Việt Nam` is already part of the canonical name (so it is not a central level word). */
  vietNamInName?: true;
  /** ANNOTATION.md `kind` when the family does not say it. */
  kind?: OrgKind;
}

/** The National Assembly's committees (before and after the 2025 reorganization); written with or without `của Quốc hội`. */
const NA_COMMITTEE_FIELDS = [
  'Pháp luật',
  'Tư pháp',
  'Pháp luật và Tư pháp',
  'Kinh tế',
  'Kinh tế và Tài chính',
  'Tài chính, Ngân sách',
  'Quốc phòng và An ninh',
  'Quốc phòng, An ninh và Đối ngoại',
  'Văn hóa, Giáo dục',
  'Văn hóa và Xã hội',
  'Xã hội',
  'Khoa học, Công nghệ và Môi trường',
  'Đối ngoại',
  'Dân nguyện và Giám sát',
] as const;

const state = (name: string, codes: readonly string[], extra: Partial<Body> = {}): Body => ({
  name, codes, system: 'state', level: 'central', grammar: 'base', ...extra,
});
const ministry = (name: string, codes: readonly string[], extra: Partial<Body> = {}): Body => ({
  name, codes, system: 'state', level: 'central', grammar: 'office', ...extra,
});
const partyOrgan = (name: string, codes: readonly string[], extra: Partial<Body> = {}): Body => ({
  name, codes, system: 'party', level: 'central', grammar: 'chain', ...extra,
});

export const BODIES: readonly Body[] = [
  // --- State, central: the National Assembly and its bodies
  state('Quốc hội', ['QH'], { forms: ['Quốc hội Việt Nam', 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam'] }),
  state('Ủy ban Thường vụ Quốc hội', ['UBTVQH'], { forms: ['UBTVQH'] }),
  state('Văn phòng Quốc hội', ['VPQH'], { grammar: 'chain' }),
  state('Hội đồng Dân tộc', [], { forms: ['Hội đồng Dân tộc của Quốc hội'] }),
  ...NA_COMMITTEE_FIELDS.map((field) => state(`Ủy ban ${field} của Quốc hội`, [], { forms: [`Ủy ban ${field} Quốc hội`, `Ủy ban ${field}`] })),
  // --- State, central: the President, the Government, courts, procuracy, audit
  state('Chính phủ', ['CP']),
  state('Thủ tướng Chính phủ', ['TTg']),
  state('Chủ tịch nước', ['CTN']),
  state('Văn phòng Chính phủ', ['VPCP'], { grammar: 'chain' }),
  state('Thanh tra Chính phủ', ['TTCP']),
  state('Kiểm toán Nhà nước', ['KTNN']),
  state('Ngân hàng Nhà nước Việt Nam', ['NHNN'], { forms: ['Ngân hàng Nhà nước', 'NHNN'], vietNamInName: true }),
  state('Ủy ban Dân tộc', ['UBDT'], { until: 2025 }),
  state('Ban Tôn giáo Chính phủ', []),
  state('Tòa án nhân dân tối cao', ['TANDTC'], { forms: ['TANDTC', 'TAND tối cao', 'TAND Tối cao'] }),
  state('Hội đồng Thẩm phán Tòa án nhân dân tối cao', ['HĐTP'], { grammar: 'none' }),
  state('Viện kiểm sát nhân dân tối cao', ['VKSNDTC'], { forms: ['VKSNDTC', 'VKSND tối cao', 'VKSND Tối cao'] }),
  state('Bảo hiểm xã hội Việt Nam', ['BHXH'], { forms: ['BHXH Việt Nam'], sharedCode: true, vietNamInName: true }),
  // --- Ministries and ministerial-level agencies since 01/3/2025 (NQ 176/2025/QH15)
  ministry('Bộ Quốc phòng', ['BQP']),
  ministry('Bộ Công an', ['BCA']),
  ministry('Bộ Ngoại giao', ['BNG']),
  ministry('Bộ Nội vụ', ['BNV']),
  ministry('Bộ Tư pháp', ['BTP']),
  ministry('Bộ Tài chính', ['BTC']),
  ministry('Bộ Công Thương', ['BCT']),
  ministry('Bộ Nông nghiệp và Môi trường', ['BNNMT'], { from: 2025 }),
  ministry('Bộ Xây dựng', ['BXD']),
  ministry('Bộ Văn hóa, Thể thao và Du lịch', ['BVHTTDL'], { from: 2007 }),
  ministry('Bộ Khoa học và Công nghệ', ['BKHCN']),
  ministry('Bộ Giáo dục và Đào tạo', ['BGDĐT']),
  ministry('Bộ Y tế', ['BYT']),
  ministry('Bộ Dân tộc và Tôn giáo', ['BDTTG'], { from: 2025 }),
  // --- Ministries merged away on 01/3/2025 (DOMAIN.md §2.2)
  ministry('Bộ Kế hoạch và Đầu tư', ['BKHĐT', 'BKH'], { until: 2025 }),
  ministry('Bộ Giao thông vận tải', ['BGTVT'], { until: 2025 }),
  ministry('Bộ Tài nguyên và Môi trường', ['BTNMT'], { until: 2025 }),
  ministry('Bộ Thông tin và Truyền thông', ['BTTTT'], { until: 2025 }),
  ministry('Bộ Lao động - Thương binh và Xã hội', ['BLĐTBXH'], { until: 2025 }),
  ministry('Bộ Nông nghiệp và Phát triển nông thôn', ['BNNPTNT', 'BNN'], { until: 2025 }),
  // --- Older ministries (renamed or merged in 2007 and before)
  ministry('Bộ Văn hóa - Thông tin', ['BVHTT'], { until: 2007 }),
  ministry('Bộ Bưu chính, Viễn thông', ['BBCVT'], { until: 2007 }),
  ministry('Bộ Thủy sản', ['BTS'], { until: 2007 }),
  ministry('Bộ Thương mại', ['BTM'], { until: 2007 }),
  ministry('Bộ Công nghiệp', ['BCN'], { until: 2007 }),
  state('Ủy ban Thể dục Thể thao', ['UBTDTT'], { until: 2007, grammar: 'none' }),
  // --- Party, central
  { name: 'Đảng Cộng sản Việt Nam', forms: ['Đảng CSVN', 'Đảng Cộng sản VN'], system: 'party', level: 'central', grammar: 'base', vietNamInName: true },
  { name: 'Bộ Chính trị', system: 'party', level: 'central', grammar: 'base' },
  { name: 'Ban Bí thư', system: 'party', level: 'central', grammar: 'base' },
  // --- Party, central organs (Ban Chấp hành, Bộ Chính trị and Ban Bí thư share the code `TW`, issuer-codes.ts)
  partyOrgan('Văn phòng Trung ương Đảng', ['VPTW']),
  partyOrgan('Ban Tổ chức Trung ương', ['BTCTW']),
  partyOrgan('Ủy ban Kiểm tra Trung ương', ['UBKTTW']),
  partyOrgan('Ban Tuyên giáo Trung ương', ['BTGTW'], { until: 2025 }),
  partyOrgan('Ban Dân vận Trung ương', ['BDVTW'], { until: 2025 }),
  partyOrgan('Ban Tuyên giáo và Dân vận Trung ương', ['BTGDVTW'], { from: 2025 }),
  partyOrgan('Ban Nội chính Trung ương', ['BNCTW']),
  partyOrgan('Ban Kinh tế Trung ương', ['BKTTW'], { until: 2025 }),
  partyOrgan('Ban Đối ngoại Trung ương', ['BĐNTW'], { until: 2025 }),
  partyOrgan('Đảng ủy Quân sự Trung ương', ['ĐUQSTW']),
  partyOrgan('Đảng ủy Công an Trung ương', ['ĐUCA']),
  // --- Front and mass organizations, central (numbered Party style)
  {
    name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    forms: ['UBTƯ MTTQ', 'UBTW MTTQ', 'UBTƯ MTTQ Việt Nam', 'UBTW MTTQ Việt Nam'],
    codes: ['MTTW'],
    system: 'front',
    level: 'central',
    grammar: 'base',
    vietNamInName: true,
  },
  { name: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', codes: ['TWĐTN'], system: 'mass', level: 'central', grammar: 'chain' },
  {
    name: 'Tổng Liên đoàn Lao động Việt Nam',
    forms: ['Tổng LĐLĐ Việt Nam'],
    codes: ['TLĐ'],
    system: 'mass',
    level: 'central',
    grammar: 'base',
    vietNamInName: true,
  },
  { name: 'Ban Chấp hành Trung ương Hội Nông dân Việt Nam', codes: ['HNDTW'], system: 'mass', level: 'central', grammar: 'chain' },
];

const BY_NAME = new Map(BODIES.map((b) => [b.name, b]));

/** The stored body of that canonical name; a name missing from the store is a programming error. */
export function body(name: string): Body {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`bodies: no body named ${name}`);
  return found;
}

/** Bodies the organizations grammar lists whole, in store order. */
export const baseBodies = (filter: (b: Body) => boolean = () => true): Body[] =>
  BODIES.filter((b) => b.grammar === 'base' && filter(b));

/** The ministries, before and after each restructuring: `Bộ` + a field is one of them or no body (`Bộ Du lịch`). */
export const ministryNames = (): string[] => BODIES.filter((b) => b.grammar === 'office').map((b) => b.name);
