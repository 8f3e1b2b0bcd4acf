/**
 * Gazetteer of Vietnamese provinces and the districts dvx validates a
 * `location` against (DOMAIN.md §3). Data only.
 *
 * Names are written in the traditional tone placement (`Hòa`, `Khánh Hòa`),
 * which is the placement of the match view; `variants` are other spellings
 * seen in texts (`Thừa Thiên-Huế`, `Đắc Nông`, `TPHCM`).
 */

export interface Province {
  /** GSO code. */
  code: string;
  name: string;
  /** Centrally-run city (thành phố trực thuộc Trung ương). */
  city: boolean;
  variants: readonly string[];
}

/** The 63 units before 1 July 2025 (58 provinces + 5 centrally-run cities; Huế became a city on 1/1/2025). */
export const PROVINCES_63: readonly Province[] = [
  { code: '01', name: 'Hà Nội', city: true, variants: [] },
  { code: '02', name: 'Hà Giang', city: false, variants: [] },
  { code: '04', name: 'Cao Bằng', city: false, variants: [] },
  { code: '06', name: 'Bắc Kạn', city: false, variants: ['Bắc Cạn'] },
  { code: '08', name: 'Tuyên Quang', city: false, variants: [] },
  { code: '10', name: 'Lào Cai', city: false, variants: [] },
  { code: '11', name: 'Điện Biên', city: false, variants: [] },
  { code: '12', name: 'Lai Châu', city: false, variants: [] },
  { code: '14', name: 'Sơn La', city: false, variants: [] },
  { code: '15', name: 'Yên Bái', city: false, variants: [] },
  { code: '17', name: 'Hòa Bình', city: false, variants: [] },
  { code: '19', name: 'Thái Nguyên', city: false, variants: [] },
  { code: '20', name: 'Lạng Sơn', city: false, variants: [] },
  { code: '22', name: 'Quảng Ninh', city: false, variants: [] },
  { code: '24', name: 'Bắc Giang', city: false, variants: [] },
  { code: '25', name: 'Phú Thọ', city: false, variants: [] },
  { code: '26', name: 'Vĩnh Phúc', city: false, variants: [] },
  { code: '27', name: 'Bắc Ninh', city: false, variants: [] },
  { code: '30', name: 'Hải Dương', city: false, variants: [] },
  { code: '31', name: 'Hải Phòng', city: true, variants: [] },
  { code: '33', name: 'Hưng Yên', city: false, variants: [] },
  { code: '34', name: 'Thái Bình', city: false, variants: [] },
  { code: '35', name: 'Hà Nam', city: false, variants: [] },
  { code: '36', name: 'Nam Định', city: false, variants: [] },
  { code: '37', name: 'Ninh Bình', city: false, variants: [] },
  { code: '38', name: 'Thanh Hóa', city: false, variants: [] },
  { code: '40', name: 'Nghệ An', city: false, variants: [] },
  { code: '42', name: 'Hà Tĩnh', city: false, variants: [] },
  { code: '44', name: 'Quảng Bình', city: false, variants: [] },
  { code: '45', name: 'Quảng Trị', city: false, variants: [] },
  { code: '46', name: 'Thừa Thiên Huế', city: true, variants: ['Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'Huế'] },
  { code: '48', name: 'Đà Nẵng', city: true, variants: [] },
  { code: '49', name: 'Quảng Nam', city: false, variants: [] },
  { code: '51', name: 'Quảng Ngãi', city: false, variants: [] },
  { code: '52', name: 'Bình Định', city: false, variants: [] },
  { code: '54', name: 'Phú Yên', city: false, variants: [] },
  { code: '56', name: 'Khánh Hòa', city: false, variants: [] },
  { code: '58', name: 'Ninh Thuận', city: false, variants: [] },
  { code: '60', name: 'Bình Thuận', city: false, variants: [] },
  { code: '62', name: 'Kon Tum', city: false, variants: ['Kontum'] },
  { code: '64', name: 'Gia Lai', city: false, variants: [] },
  { code: '66', name: 'Đắk Lắk', city: false, variants: ['Đắc Lắc', 'Đắk Lắc'] },
  { code: '67', name: 'Đắk Nông', city: false, variants: ['Đắc Nông'] },
  { code: '68', name: 'Lâm Đồng', city: false, variants: [] },
  { code: '70', name: 'Bình Phước', city: false, variants: [] },
  { code: '72', name: 'Tây Ninh', city: false, variants: [] },
  { code: '74', name: 'Bình Dương', city: false, variants: [] },
  { code: '75', name: 'Đồng Nai', city: false, variants: [] },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', city: false, variants: ['Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT'] },
  { code: '79', name: 'Hồ Chí Minh', city: true, variants: ['HCM', 'Thành phố Hồ Chí Minh'] },
  { code: '80', name: 'Long An', city: false, variants: [] },
  { code: '82', name: 'Tiền Giang', city: false, variants: [] },
  { code: '83', name: 'Bến Tre', city: false, variants: [] },
  { code: '84', name: 'Trà Vinh', city: false, variants: [] },
  { code: '86', name: 'Vĩnh Long', city: false, variants: [] },
  { code: '87', name: 'Đồng Tháp', city: false, variants: [] },
  { code: '89', name: 'An Giang', city: false, variants: [] },
  { code: '91', name: 'Kiên Giang', city: false, variants: [] },
  { code: '92', name: 'Cần Thơ', city: true, variants: [] },
  { code: '93', name: 'Hậu Giang', city: false, variants: [] },
  { code: '94', name: 'Sóc Trăng', city: false, variants: [] },
  { code: '95', name: 'Bạc Liêu', city: false, variants: [] },
  { code: '96', name: 'Cà Mau', city: false, variants: [] },
];

export interface MergedProvince {
  code: string;
  name: string;
  city: boolean;
  /** Pre-2025 units it was formed from (names of PROVINCES_63); itself only when unchanged. */
  formedFrom: readonly string[];
}

/** The 34 units from 1 July 2025 (NQ 202/2025/QH15), with the pre-2025 units each was formed from. */
export const PROVINCES_34: readonly MergedProvince[] = [
  { code: '01', name: 'Hà Nội', city: true, formedFrom: ['Hà Nội'] },
  { code: '04', name: 'Cao Bằng', city: false, formedFrom: ['Cao Bằng'] },
  { code: '08', name: 'Tuyên Quang', city: false, formedFrom: ['Tuyên Quang', 'Hà Giang'] },
  { code: '11', name: 'Điện Biên', city: false, formedFrom: ['Điện Biên'] },
  { code: '12', name: 'Lai Châu', city: false, formedFrom: ['Lai Châu'] },
  { code: '14', name: 'Sơn La', city: false, formedFrom: ['Sơn La'] },
  { code: '15', name: 'Lào Cai', city: false, formedFrom: ['Lào Cai', 'Yên Bái'] },
  { code: '19', name: 'Thái Nguyên', city: false, formedFrom: ['Thái Nguyên', 'Bắc Kạn'] },
  { code: '20', name: 'Lạng Sơn', city: false, formedFrom: ['Lạng Sơn'] },
  { code: '22', name: 'Quảng Ninh', city: false, formedFrom: ['Quảng Ninh'] },
  { code: '24', name: 'Bắc Ninh', city: false, formedFrom: ['Bắc Ninh', 'Bắc Giang'] },
  { code: '25', name: 'Phú Thọ', city: false, formedFrom: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { code: '31', name: 'Hải Phòng', city: true, formedFrom: ['Hải Phòng', 'Hải Dương'] },
  { code: '33', name: 'Hưng Yên', city: false, formedFrom: ['Hưng Yên', 'Thái Bình'] },
  { code: '37', name: 'Ninh Bình', city: false, formedFrom: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { code: '38', name: 'Thanh Hóa', city: false, formedFrom: ['Thanh Hóa'] },
  { code: '40', name: 'Nghệ An', city: false, formedFrom: ['Nghệ An'] },
  { code: '42', name: 'Hà Tĩnh', city: false, formedFrom: ['Hà Tĩnh'] },
  { code: '44', name: 'Quảng Trị', city: false, formedFrom: ['Quảng Trị', 'Quảng Bình'] },
  { code: '46', name: 'Huế', city: true, formedFrom: ['Thừa Thiên Huế'] },
  { code: '48', name: 'Đà Nẵng', city: true, formedFrom: ['Đà Nẵng', 'Quảng Nam'] },
  { code: '51', name: 'Quảng Ngãi', city: false, formedFrom: ['Quảng Ngãi', 'Kon Tum'] },
  { code: '52', name: 'Gia Lai', city: false, formedFrom: ['Gia Lai', 'Bình Định'] },
  { code: '56', name: 'Khánh Hòa', city: false, formedFrom: ['Khánh Hòa', 'Ninh Thuận'] },
  { code: '66', name: 'Đắk Lắk', city: false, formedFrom: ['Đắk Lắk', 'Phú Yên'] },
  { code: '68', name: 'Lâm Đồng', city: false, formedFrom: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { code: '75', name: 'Đồng Nai', city: false, formedFrom: ['Đồng Nai', 'Bình Phước'] },
  { code: '79', name: 'Hồ Chí Minh', city: true, formedFrom: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { code: '80', name: 'Tây Ninh', city: false, formedFrom: ['Tây Ninh', 'Long An'] },
  { code: '82', name: 'Đồng Tháp', city: false, formedFrom: ['Đồng Tháp', 'Tiền Giang'] },
  { code: '86', name: 'Vĩnh Long', city: false, formedFrom: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { code: '91', name: 'An Giang', city: false, formedFrom: ['An Giang', 'Kiên Giang'] },
  { code: '92', name: 'Cần Thơ', city: true, formedFrom: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { code: '96', name: 'Cà Mau', city: false, formedFrom: ['Cà Mau', 'Bạc Liêu'] },
];

export type DistrictKind = 'huyện' | 'quận' | 'thị xã' | 'thành phố';

export interface District {
  name: string;
  kind: DistrictKind;
  /** The pre-2025 province (a PROVINCES_63 name). */
  province: string;
}

/**
 * District-level units (before 1 July 2025, when the tier was abolished) of the
 * provinces whose reports dvx has been checked on: Vĩnh Phúc, Phú Thọ, Lào Cai,
 * Vĩnh Long, Đồng Tháp, Đắk Lắk, Nghệ An, Hà Nội, Cao Bằng. A name can be both
 * a district and its province's city (`thành phố Vĩnh Long`, `thành phố Cao Bằng`).
 */
export const DISTRICTS: readonly District[] = [
  // Vĩnh Phúc
  ...(['Vĩnh Yên', 'Phúc Yên'] as const).map((name) => ({ name, kind: 'thành phố' as const, province: 'Vĩnh Phúc' })),
  ...(['Lập Thạch', 'Sông Lô', 'Tam Dương', 'Tam Đảo', 'Bình Xuyên', 'Yên Lạc', 'Vĩnh Tường'] as const).map((name) => ({
    name,
    kind: 'huyện' as const,
    province: 'Vĩnh Phúc',
  })),
  // Phú Thọ
  { name: 'Việt Trì', kind: 'thành phố', province: 'Phú Thọ' },
  { name: 'Phú Thọ', kind: 'thị xã', province: 'Phú Thọ' },
  ...(['Đoan Hùng', 'Hạ Hòa', 'Thanh Ba', 'Phù Ninh', 'Yên Lập', 'Cẩm Khê', 'Tam Nông', 'Lâm Thao', 'Thanh Sơn', 'Thanh Thủy', 'Tân Sơn'] as const).map(
    (name) => ({ name, kind: 'huyện' as const, province: 'Phú Thọ' }),
  ),
  // Lào Cai
  { name: 'Lào Cai', kind: 'thành phố', province: 'Lào Cai' },
  { name: 'Sa Pa', kind: 'thị xã', province: 'Lào Cai' },
  ...(['Bát Xát', 'Mường Khương', 'Si Ma Cai', 'Bắc Hà', 'Bảo Thắng', 'Bảo Yên', 'Văn Bàn'] as const).map((name) => ({
    name,
    kind: 'huyện' as const,
    province: 'Lào Cai',
  })),
  // Vĩnh Long
  { name: 'Vĩnh Long', kind: 'thành phố', province: 'Vĩnh Long' },
  { name: 'Bình Minh', kind: 'thị xã', province: 'Vĩnh Long' },
  ...(['Long Hồ', 'Mang Thít', 'Vũng Liêm', 'Tam Bình', 'Trà Ôn', 'Bình Tân'] as const).map((name) => ({
    name,
    kind: 'huyện' as const,
    province: 'Vĩnh Long',
  })),
  // Đồng Tháp
  ...(['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự'] as const).map((name) => ({ name, kind: 'thành phố' as const, province: 'Đồng Tháp' })),
  ...(['Tân Hồng', 'Hồng Ngự', 'Tam Nông', 'Thanh Bình', 'Cao Lãnh', 'Lấp Vò', 'Lai Vung', 'Châu Thành', 'Tháp Mười'] as const).map((name) => ({
    name,
    kind: 'huyện' as const,
    province: 'Đồng Tháp',
  })),
  // Đắk Lắk
  { name: 'Buôn Ma Thuột', kind: 'thành phố', province: 'Đắk Lắk' },
  { name: 'Buôn Hồ', kind: 'thị xã', province: 'Đắk Lắk' },
  ...(
    [
      "Ea H'leo", 'Ea Súp', 'Buôn Đôn', "Cư M'gar", 'Krông Búk', 'Krông Năng', 'Ea Kar', "M'Đrắk",
      'Krông Bông', 'Krông Pắc', 'Krông A Na', 'Lắk', 'Cư Kuin',
    ] as const
  ).map((name) => ({ name, kind: 'huyện' as const, province: 'Đắk Lắk' })),
  // Nghệ An
  { name: 'Vinh', kind: 'thành phố', province: 'Nghệ An' },
  ...(['Cửa Lò', 'Thái Hòa', 'Hoàng Mai'] as const).map((name) => ({ name, kind: 'thị xã' as const, province: 'Nghệ An' })),
  ...(
    [
      'Quế Phong', 'Quỳ Châu', 'Kỳ Sơn', 'Tương Dương', 'Nghĩa Đàn', 'Quỳ Hợp', 'Quỳnh Lưu', 'Con Cuông', 'Tân Kỳ',
      'Anh Sơn', 'Diễn Châu', 'Yên Thành', 'Đô Lương', 'Thanh Chương', 'Nghi Lộc', 'Nam Đàn', 'Hưng Nguyên',
    ] as const
  ).map((name) => ({ name, kind: 'huyện' as const, province: 'Nghệ An' })),
  // Hà Nội
  ...(
    [
      'Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân',
      'Nam Từ Liêm', 'Bắc Từ Liêm', 'Hà Đông',
    ] as const
  ).map((name) => ({ name, kind: 'quận' as const, province: 'Hà Nội' })),
  { name: 'Sơn Tây', kind: 'thị xã', province: 'Hà Nội' },
  ...(
    [
      'Sóc Sơn', 'Đông Anh', 'Gia Lâm', 'Thanh Trì', 'Mê Linh', 'Ba Vì', 'Phúc Thọ', 'Đan Phượng', 'Hoài Đức', 'Quốc Oai',
      'Thạch Thất', 'Chương Mỹ', 'Thanh Oai', 'Thường Tín', 'Phú Xuyên', 'Ứng Hòa', 'Mỹ Đức',
    ] as const
  ).map((name) => ({ name, kind: 'huyện' as const, province: 'Hà Nội' })),
  // Cao Bằng
  { name: 'Cao Bằng', kind: 'thành phố', province: 'Cao Bằng' },
  ...(['Bảo Lâm', 'Bảo Lạc', 'Hà Quảng', 'Trùng Khánh', 'Hạ Lang', 'Quảng Hòa', 'Hòa An', 'Nguyên Bình', 'Thạch An'] as const).map(
    (name) => ({ name, kind: 'huyện' as const, province: 'Cao Bằng' }),
  ),
];
