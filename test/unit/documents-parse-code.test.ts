/**
 * The parser table: document numbers in every shape texts use, across types,
 * issuers and decades (1990s–2025). Rows are generated from data loops, but
 * every row carries its expected canonical id, written out from the parts,
 * never computed by the code under test.
 */
import { describe, expect, test } from 'vitest';
import { interpretCode, scanCode } from '../../src/extractors/documents/parse-code.js';
import { normalizeText } from '../../src/core/normalize.js';

interface Row {
  input: string;
  id: string;
  system: 'party' | 'state';
  typeCode?: string | null;
  issuerCode?: string;
  year?: number | null;
  issuer?: string | null;
}

function parse(input: string) {
  const s = normalizeText(input);
  const code = scanCode(s, 0);
  if (!code) return null;
  return { ...interpretCode(code), end: code.end, number: code.number };
}

const ROWS: Row[] = [];

// --- State normative documents: NUMBER/YEAR/TYPE-ISSUER, 1996–2025 --------------------------
const NORMATIVE: { tc: string; ic: string; issuer: string | null; years: number[] }[] = [
  { tc: 'NĐ', ic: 'CP', issuer: 'Chính phủ', years: [1999, 2004, 2007, 2010, 2015, 2016, 2020, 2023, 2025] },
  { tc: 'QĐ', ic: 'TTg', issuer: 'Thủ tướng Chính phủ', years: [1998, 2005, 2009, 2013, 2018, 2020, 2024] },
  { tc: 'TT', ic: 'BTC', issuer: 'Bộ Tài chính', years: [2003, 2012, 2016, 2021, 2025] },
  { tc: 'TT', ic: 'BYT', issuer: 'Bộ Y tế', years: [2008, 2019, 2022] },
  { tc: 'TT', ic: 'BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo', years: [2011, 2016, 2020] },
  { tc: 'TT', ic: 'BNNPTNT', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn', years: [2009, 2019, 2024] },
  { tc: 'TT', ic: 'BTNMT', issuer: 'Bộ Tài nguyên và Môi trường', years: [2014, 2022] },
  { tc: 'TT', ic: 'BLĐTBXH', issuer: 'Bộ Lao động - Thương binh và Xã hội', years: [2013, 2021] },
  { tc: 'TT', ic: 'BNNMT', issuer: 'Bộ Nông nghiệp và Môi trường', years: [2025] },
  { tc: 'TT', ic: 'BCA', issuer: 'Bộ Công an', years: [2019, 2023] },
  { tc: 'TT', ic: 'BVHTTDL', issuer: 'Bộ Văn hóa, Thể thao và Du lịch', years: [2017, 2024] },
  { tc: 'QĐ', ic: 'UBND', issuer: null, years: [1997, 2008, 2009, 2016, 2024] },
  { tc: 'NQ', ic: 'HĐND', issuer: null, years: [2006, 2017, 2023] },
];
const NUMBERS = ['01', '7', '30', '145'];
for (const { tc, ic, issuer, years } of NORMATIVE) {
  years.forEach((y, k) => {
    const n = NUMBERS[k % NUMBERS.length]!;
    const id = `${n}/${y}/${tc}-${ic}`;
    const base = { id, system: 'state' as const, typeCode: tc, issuerCode: ic, year: y, issuer };
    ROWS.push({ input: `${n}/${y}/${tc}-${ic}`, ...base });
    ROWS.push({ input: `${n}/ ${y}/ ${tc} - ${ic}`, ...base });
    ROWS.push({ input: `${n} /${y}/${tc}-${ic}`, ...base });
    ROWS.push({ input: `${n}/${y}/${tc.toLowerCase()}-${ic.toLowerCase()}`, ...base });
  });
}
// Đ-less ASCII and the look-alike Ð (U+00D0) in decree and decision codes
for (const y of [1996, 2006, 2015, 2021]) {
  ROWS.push({ input: `12/${y}/ND-CP`, id: `12/${y}/NĐ-CP`, system: 'state', typeCode: 'NĐ', issuerCode: 'CP', year: y });
  ROWS.push({ input: `12/${y}/N\u00D0-CP`, id: `12/${y}/NĐ-CP`, system: 'state', typeCode: 'NĐ', issuerCode: 'CP', year: y });
  ROWS.push({ input: `45/${y}/QD-TTg`, id: `45/${y}/QĐ-TTg`, system: 'state', typeCode: 'QĐ', issuerCode: 'TTg', year: y });
  ROWS.push({ input: `45/${y}/Q\u00D0-UBND`, id: `45/${y}/QĐ-UBND`, system: 'state', typeCode: 'QĐ', issuerCode: 'UBND', year: y });
}

// --- State administrative documents: NUMBER/TYPE-ISSUER, also written Party style -------------
const ADMIN: { tc: string; ic: string; issuer: string | null }[] = [
  { tc: 'CT', ic: 'TTg', issuer: 'Thủ tướng Chính phủ' },
  { tc: 'QĐ', ic: 'TTg', issuer: 'Thủ tướng Chính phủ' },
  { tc: 'NQ', ic: 'CP', issuer: 'Chính phủ' },
  { tc: 'CĐ', ic: 'TTg', issuer: 'Thủ tướng Chính phủ' },
  { tc: 'TB', ic: 'VPCP', issuer: 'Văn phòng Chính phủ' },
  { tc: 'QĐ', ic: 'UBND', issuer: null },
  { tc: 'KH', ic: 'UBND', issuer: null },
  { tc: 'TTr', ic: 'UBND', issuer: null },
  { tc: 'BC', ic: 'UBND', issuer: null },
  { tc: 'QĐ', ic: 'BYT', issuer: 'Bộ Y tế' },
  { tc: 'QĐ', ic: 'BNV', issuer: 'Bộ Nội vụ' },
  { tc: 'CT', ic: 'BGDĐT', issuer: 'Bộ Giáo dục và Đào tạo' },
  { tc: 'HD', ic: 'BTP', issuer: 'Bộ Tư pháp' },
  { tc: 'QĐ', ic: 'NHNN', issuer: 'Ngân hàng Nhà nước Việt Nam' },
  { tc: 'KL', ic: 'TTCP', issuer: 'Thanh tra Chính phủ' },
  { tc: 'QĐ', ic: 'BKHĐT', issuer: 'Bộ Kế hoạch và Đầu tư' },
  { tc: 'QĐ', ic: 'BDTTG', issuer: 'Bộ Dân tộc và Tôn giáo' },
  { tc: 'QĐ', ic: 'UBDT', issuer: 'Ủy ban Dân tộc' },
];
ADMIN.forEach(({ tc, ic, issuer }, k) => {
  const n = ['16', '977', '11', '05', '1234'][k % 5]!;
  const id = `${n}/${tc}-${ic}`;
  const base = { id, system: 'state' as const, typeCode: tc, issuerCode: ic, year: null, issuer };
  ROWS.push({ input: `${n}/${tc}-${ic}`, ...base });
  ROWS.push({ input: `${n}-${tc}/${ic}`, ...base }); // a state document written Party style: the id follows the issuer
  ROWS.push({ input: `${n} - ${tc}/${ic}`, ...base });
  ROWS.push({ input: `${n}/ ${tc} - ${ic}`, ...base });
});
// Quy định and Tờ trình in the mixed-case spellings
ROWS.push({ input: '15/QYĐ-UBND', id: '15/QyĐ-UBND', system: 'state', typeCode: 'QyĐ', issuerCode: 'UBND' });
ROWS.push({ input: '15/QyĐ-UBND', id: '15/QyĐ-UBND', system: 'state', typeCode: 'QyĐ', issuerCode: 'UBND' });
ROWS.push({ input: '232/TTR-UBND', id: '232/TTr-UBND', system: 'state', typeCode: 'TTr', issuerCode: 'UBND' });
ROWS.push({ input: '12/CTR-UBND', id: '12/CTr-UBND', system: 'state', typeCode: 'CTr', issuerCode: 'UBND' });

// --- Party documents: NUMBER-TYPE/ISSUER, in every punctuation -------------------------------
const PARTY: { tc: string; ic: string; issuer: string | null }[] = [
  { tc: 'NQ', ic: 'TW', issuer: null },
  { tc: 'CT', ic: 'TW', issuer: null },
  { tc: 'KL', ic: 'TW', issuer: null },
  { tc: 'QĐ', ic: 'TW', issuer: null },
  { tc: 'HD', ic: 'VPTW', issuer: 'Văn phòng Trung ương Đảng' },
  { tc: 'HD', ic: 'BTCTW', issuer: 'Ban Tổ chức Trung ương' },
  { tc: 'QĐ', ic: 'UBKTTW', issuer: 'Ủy ban Kiểm tra Trung ương' },
  { tc: 'HD', ic: 'BTGTW', issuer: 'Ban Tuyên giáo Trung ương' },
  { tc: 'HD', ic: 'BTGDVTW', issuer: 'Ban Tuyên giáo và Dân vận Trung ương' },
  { tc: 'HD', ic: 'BDVTW', issuer: 'Ban Dân vận Trung ương' },
  { tc: 'CT', ic: 'TU', issuer: null },
  { tc: 'KH', ic: 'TU', issuer: null },
  { tc: 'ĐA', ic: 'TU', issuer: null },
  { tc: 'NQ', ic: 'HU', issuer: null },
  { tc: 'CV', ic: 'ĐU', issuer: null },
  { tc: 'CV', ic: 'BTGTU', issuer: null },
  { tc: 'CTr', ic: 'TU', issuer: null },
  { tc: 'QĐi', ic: 'TW', issuer: null },
  { tc: 'TB', ic: 'TU', issuer: null },
  { tc: 'BC', ic: 'HU', issuer: null },
];
PARTY.forEach(({ tc, ic, issuer }, k) => {
  const n = ['25', '09', '120', '455', '04', '18', '1'][k % 7]!;
  const id = `${n}-${tc}/${ic}`;
  const base = { id, system: 'party' as const, typeCode: tc, issuerCode: ic, year: null, issuer };
  ROWS.push({ input: `${n}-${tc}/${ic}`, ...base });
  ROWS.push({ input: `${n}- ${tc}/${ic}`, ...base });
  ROWS.push({ input: `${n} - ${tc}/${ic}`, ...base });
  ROWS.push({ input: `${n} -${tc} / ${ic}`, ...base });
  ROWS.push({ input: `${n}/${tc}/${ic}`, ...base }); // slash instead of hyphen
  ROWS.push({ input: `${n}/${tc}-${ic}`, ...base }); // a Party document written state style
  ROWS.push({ input: `${n} ${tc}/${ic}`, ...base }); // missing hyphen
  ROWS.push({ input: `${n}\u2013${tc}/${ic}`, ...base }); // en dash
});
// Party codes of the 1990s and 2000s
for (const [n, tc, ic] of [['31', 'QĐ', 'TW'], ['11', 'HD', 'VPTW'], ['59', 'CT', 'TW'], ['61', 'KL', 'TW'], ['40', 'CT', 'TU']] as const) {
  ROWS.push({ input: `${n}-${tc}/${ic}`, id: `${n}-${tc}/${ic}`, system: 'party', typeCode: tc, issuerCode: ic });
}

// --- Laws and Quốc hội / UBTVQH resolutions: no type code, the term in the issuer ------------
const TERMS: [number, string, number][] = [[9, 'IX', 1996], [10, 'X', 1999], [11, 'XI', 2005], [12, 'XII', 2008], [13, 'XIII', 2015], [14, 'XIV', 2019], [15, 'XV', 2025]];
for (const [t, roman, y] of TERMS) {
  for (const n of ['80', '24', '202']) {
    ROWS.push({ input: `${n}/${y}/QH${t}`, id: `${n}/${y}/QH${t}`, system: 'state', typeCode: null, issuerCode: `QH${t}`, year: y, issuer: `Quốc hội khóa ${roman}` });
  }
  ROWS.push({ input: `${t}12/NQ-UBTVQH${t}`, id: `${t}12/NQ-UBTVQH${t}`, system: 'state', typeCode: 'NQ', issuerCode: `UBTVQH${t}`, issuer: `Ủy ban Thường vụ Quốc hội khóa ${roman}` });
  ROWS.push({ input: `${t}/${y}/PL-UBTVQH${t}`, id: `${t}/${y}/PL-UBTVQH${t}`, system: 'state', typeCode: 'PL', issuerCode: `UBTVQH${t}`, year: y });
}

// --- Official letters (no type code), joint circulars, consolidated texts, old shapes ---------
for (const [n, ic, unit, issuer] of [
  ['1490', 'SKHĐT', 'THQH', null], ['126', 'SKHĐT', null, null], ['4507', 'BGTVT', 'TTCNTT', 'Bộ Giao thông vận tải'],
  ['1465', 'BTTTT', 'CATTT', 'Bộ Thông tin và Truyền thông'], ['2345', 'BTC', 'NSNN', 'Bộ Tài chính'], ['87', 'UBND', 'VX', null],
  ['312', 'STC', 'QLNS', null], ['9', 'VPCP', 'KGVX', 'Văn phòng Chính phủ'], ['5001', 'BYT', 'DP', 'Bộ Y tế'], ['77', 'BNV', 'TCBC', 'Bộ Nội vụ'],
] as const) {
  const id = unit ? `${n}/${ic}-${unit}` : `${n}/${ic}`;
  ROWS.push({ input: unit ? `${n}/${ic}-${unit}` : `${n}/${ic}`, id, system: 'state', typeCode: null, issuerCode: ic, issuer });
  ROWS.push({ input: unit ? `${n} / ${ic} - ${unit}` : `${n} / ${ic}`, id, system: 'state', typeCode: null, issuerCode: ic, issuer });
}
for (const [input, id, issuerCode, year] of [
  ['02/2020/TTLT-BYT-BTC', '02/2020/TTLT-BYT-BTC', 'BYT-BTC', 2020],
  ['141/2012/TTLT-BTC-BQP-BCA', '141/2012/TTLT-BTC-BQP-BCA', 'BTC-BQP-BCA', 2012],
  ['127/2007/TTLT-BQP-CCBVN', '127/2007/TTLT-BQP-CCBVN', 'BQP-CCBVN', 2007],
  ['05/2013/TTLT- BLĐTBXH-BYT', '05/2013/TTLT-BLĐTBXH-BYT', 'BLĐTBXH-BYT', 2013],
  ['05/2013/TTLT-BLDTBXH-BYT', '05/2013/TTLT-BLĐTBXH-BYT', 'BLĐTBXH-BYT', 2013],
  ['01/2015/NQLT-CP-UBTWMTTQVN', '01/2015/NQLT-CP-UBTWMTTQVN', 'CP-UBTWMTTQVN', 2015],
] as const) {
  ROWS.push({ input, id, system: 'state', typeCode: input.includes('NQLT') ? 'NQLT' : 'TTLT', issuerCode, year });
}
ROWS.push({ input: '03/VBHN-VPQH', id: '03/VBHN-VPQH', system: 'state', typeCode: 'VBHN', issuerCode: 'VPQH', issuer: 'Văn phòng Quốc hội' });
ROWS.push({ input: '01/1999/QĐ.UB', id: '01/1999/QĐ-UB', system: 'state', typeCode: 'QĐ', issuerCode: 'UB', year: 1999 });
ROWS.push({ input: '101/CP', id: '101/CP', system: 'state', typeCode: null, issuerCode: 'CP', issuer: 'Chính phủ' });
ROWS.push({ input: '1206 /QĐ-HVTC', id: '1206/QĐ-HVTC', system: 'state', typeCode: 'QĐ', issuerCode: 'HVTC', issuer: null });
ROWS.push({ input: '367-QĐ/TWĐTN-VP', id: '367-QĐ/TWĐTN-VP', system: 'state', typeCode: 'QĐ', issuerCode: 'TWĐTN' });
ROWS.push({ input: '84 QĐ/TWĐTN', id: '84-QĐ/TWĐTN', system: 'state', typeCode: 'QĐ', issuerCode: 'TWĐTN' });
ROWS.push({ input: '22/2016/TT-BGD&ĐT', id: '22/2016/TT-BGDĐT', system: 'state', typeCode: 'TT', issuerCode: 'BGDĐT', year: 2016 });
ROWS.push({ input: '15-QĐ/BTGTU', id: '15-QĐ/BTGTU', system: 'party', typeCode: 'QĐ', issuerCode: 'BTGTU' });
ROWS.push({ input: '20-HD/BDVTU', id: '20-HD/BDVTU', system: 'party', typeCode: 'HD', issuerCode: 'BDVTU' });
ROWS.push({ input: '3-TB/BTCHU', id: '3-TB/BTCHU', system: 'party', typeCode: 'TB', issuerCode: 'BTCHU' });

describe('document number parser table', () => {
  test('has at least 300 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(300);
  });

  test.each(ROWS.map((r) => [r.input, r] as const))('%s', (input, row) => {
    const got = parse(input);
    expect(got).not.toBeNull();
    expect(got!.id).toBe(row.id);
    expect(got!.system).toBe(row.system);
    expect(got!.end).toBe(normalizeText(input).length);
    if (row.typeCode !== undefined) expect(got!.typeCode).toBe(row.typeCode);
    if (row.issuerCode !== undefined) expect(got!.issuerCode).toBe(row.issuerCode);
    if (row.year !== undefined) expect(got!.year).toBe(row.year);
    if (row.issuer !== undefined) expect(got!.issuerFromCode).toBe(row.issuer);
  });
});

describe('scanCode stops where the symbol ends', () => {
  test.each([
    ['16/CT-TTg. Ngày', '16/CT-TTg'],
    ['16/CT-TTg, ngày 31/3/2020', '16/CT-TTg'],
    ['25-NQ/TW của Bộ Chính trị', '25-NQ/TW'],
    ['30/2020/NĐ-CP và', '30/2020/NĐ-CP'],
    ['455-QĐ/TU ngày 22/11/2021', '455-QĐ/TU'],
    ['16/CT-TTg - Covid', '16/CT-TTg'],
  ])('%s', (input, consumed) => {
    const code = scanCode(input, 0)!;
    expect(input.slice(0, code.end)).toBe(consumed);
  });

  test.each([
    ['30/7/2021', { groups: 0, year: null }],
    ['16 của Thủ tướng', { groups: 0, year: null }],
    ['30/2020 của', { groups: 0, year: 2020 }],
    ['5 năm', { groups: 0, year: null }],
    ['16 Ngày/Tháng', { groups: 0, year: null }],
  ])('no symbol in %s', (input, want) => {
    const code = scanCode(input, 0)!;
    expect(code.groups).toHaveLength(want.groups);
    expect(code.year).toBe(want.year);
  });

  test.each(['1A', '123456/CT-TTg', 'x'])('no number at the start of %s', (input) => {
    expect(scanCode(input, 0)).toBeNull();
  });
});
