import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { findAbbreviation, readLevel, resolvePlace } from '../../src/extractors/organizations/parse.js';
import { foldRun } from '../../src/extractors/organizations/capitals.js';
import { looseAlternation, loosePhrase } from '../../src/extractors/organizations/patterns.js';
import { matchAt, vx } from '../../src/patterns/regex.js';
import { PROVINCES_34, PROVINCES_63 } from '../../src/lexicon/provinces.js';

const orgs = (text: string) =>
  extractDocument({ text, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } }, { only: ['organizations'] })
    .organizations;

describe('gazetteer', () => {
  test('63 units before 1 July 2025, 34 after, every merge source is a pre-2025 unit', () => {
    expect(PROVINCES_63).toHaveLength(63);
    expect(PROVINCES_34).toHaveLength(34);
    const before = new Set(PROVINCES_63.map((p) => p.name));
    const sources = PROVINCES_34.flatMap((p) => p.formedFrom);
    for (const s of sources) expect(before.has(s), s).toBe(true);
    expect(new Set(sources).size).toBe(63);
  });

  test('places resolve to canonical names, validated', () => {
    expect(resolvePlace('Khánh Hòa')).toEqual({ name: 'Khánh Hòa', known: 'province' });
    expect(resolvePlace('HCM')).toEqual({ name: 'Hồ Chí Minh', known: 'province' });
    expect(resolvePlace('Đắc Nông')).toEqual({ name: 'Đắk Nông', known: 'province' });
    expect(resolvePlace('Bảo Thắng')).toEqual({ name: 'Bảo Thắng', known: 'district' });
    // every district of the gazetteer is known (Tân Phú: a district of Hồ Chí Minh City and of Đồng Nai)
    expect(resolvePlace('Tân  Phú')).toEqual({ name: 'Tân Phú', known: 'district' });
    expect(resolvePlace('Mộc Châu')).toEqual({ name: 'Mộc Châu', known: 'district' });
    expect(resolvePlace('Bắc  Sơn Tây')).toEqual({ name: 'Bắc Sơn Tây', known: null });
  });
});

describe('pieces', () => {
  test('a lexicon phrase matches either case of each word, abbreviations exactly', () => {
    expect(loosePhrase('Hội đồng nhân dân')).toBe('[hH]ội[ ]{1,3}[đĐ]ồng[ ]{1,3}[nN]hân[ ]{1,3}[dD]ân');
    expect(loosePhrase('UBND')).toBe('UBND');
  });

  test('level phrases', () => {
    expect(readLevel({ kind: 'cap', start: 0, end: 9, word: 'cấp huyện', place: null })).toEqual({ phrase: 'cấp huyện', level: 'district', location: null });
    expect(readLevel({ kind: 'abbr', start: 0, end: 7, word: 'TP.', place: { start: 3, end: 7, raw: 'HCM' } })).toEqual({
      phrase: 'thành phố Hồ Chí Minh',
      level: 'province',
      location: 'Hồ Chí Minh',
    });
  });

  test('the abbreviated token', () => {
    expect(findAbbreviation('Ban cán sự Đảng UBND tỉnh')).toBe('UBND');
    expect(findAbbreviation('Ban Bí thư TW')).toBe('TW');
    expect(findAbbreviation('Ủy ban MTTQ tỉnh')).toBe('MTTQ');
    expect(findAbbreviation('Ủy ban nhân dân tỉnh')).toBeNull();
  });
});

describe('in running text', () => {
  test('the longest name wins; titles count their body only', () => {
    const found = orgs('Ông Hồ Đại Dũng - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Phú Thọ dự hội nghị.');
    expect(found.map((o) => [o.text, o.name, o.location])).toEqual([
      ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', null],
      ['UBND tỉnh Phú Thọ', 'Ủy ban nhân dân tỉnh Phú Thọ', 'Phú Thọ'],
    ]);
  });

  test('bodies inside a congress name are not counted, its anniversary body is', () => {
    expect(orgs('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII')).toEqual([]);
    expect(orgs('74 năm ngày thành lập Đảng bộ tỉnh Lào Cai').map((o) => o.name)).toEqual(['Đảng bộ tỉnh Lào Cai']);
  });

  test('a body in a document code is not counted', () => {
    expect(orgs('theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ').map((o) => o.text)).toEqual(['Thủ tướng Chính phủ']);
  });

  test('a non-province after tỉnh is not a place', () => {
    const [o] = orgs('UBND tỉnh Phó Chủ tịch');
    expect(o).toMatchObject({ text: 'UBND tỉnh', location: null });
  });

  test('coordination: the closing level applies to bare conjuncts only', () => {
    const found = orgs('Tỉnh ủy, HĐND, UBND và Ủy ban MTTQ tỉnh Đồng Tháp');
    expect(found.map((o) => [o.name, o.level])).toEqual([
      ['Tỉnh ủy', 'province'],
      ['Hội đồng nhân dân tỉnh Đồng Tháp', 'province'],
      ['Ủy ban nhân dân tỉnh Đồng Tháp', 'province'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp', 'province'],
    ]);
  });
});

describe('lexicon alternations', () => {
  const ALT = vx('test/organizations-trie', looseAlternation(['Ủy ban', 'Ủy ban nhân dân', 'Ủy ban Kiểm tra', 'Kế hoạch - Đầu tư', 'UBND']));
  test('factored by words, the longest phrase wins, case of first letters loose', () => {
    expect(matchAt(ALT, 'Ủy ban nhân dân tỉnh', 0)?.text).toBe('Ủy ban nhân dân');
    expect(matchAt(ALT, 'ủy Ban Kiểm tra', 0)?.text).toBe('ủy Ban Kiểm tra');
    expect(matchAt(ALT, 'Ủy ban MTTQ', 0)?.text).toBe('Ủy ban');
    expect(matchAt(ALT, 'Kế hoạch-Đầu tư', 0)?.text).toBe('Kế hoạch-Đầu tư');
    expect(matchAt(ALT, 'UBND', 0)?.text).toBe('UBND');
    expect(matchAt(ALT, 'Ubnd', 0)).toBeNull();
  });
});

describe('names in capitals', () => {
  test('a run is folded letter for letter: words lowered, abbreviations kept, places after a level word capitalized', () => {
    const cases: [string, string | null][] = [
      ['ỦY BAN NHÂN DÂN TỈNH CAO BẰNG', 'ủy Ban nhân dân tỉnh Cao Bằng'],
      ['ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'ủy Ban nhân dân tỉnh Cao Bằng'],
      ['UBND THỊ TRẤN PHỐ LU', 'UBND thị Trấn Phố Lu'],
      ['BAN CHỈ ĐẠO TRUNG ƯƠNG', 'Ban chỉ đạo Trung ương'],
      ['BỘ KẾ HOẠCH VÀ ĐẦU TƯ', 'bộ kế hoạch và đầu tư'],
      ['SỞ GD&ĐT TP. HỒ CHÍ MINH', 'sở GD&ĐT TP. Hồ Chí Minh'],
      ['UBND HĐND', null],
    ];
    for (const [run, folded] of cases) {
      const out = foldRun(run);
      expect(out, run).toBe(folded);
      if (out !== null) expect(out.length).toBe(run.length);
    }
  });

  test('in a document: the header over two lines is one mention, its text as written', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH';
    expect(orgs(text).map((o) => [o.text, o.name, o.level, o.location])).toEqual([
      ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI', 'Ủy ban nhân dân tỉnh Lào Cai', 'province', 'Lào Cai'],
      ['ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân', null, null],
    ]);
  });

  test('headline words in capitals are not bodies', () => {
    for (const text of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BAN HÀNH QUY CHẾ', 'ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII']) expect(orgs(text), text).toEqual([]);
  });
});

describe('organizations by grammar', () => {
  test('a parenthesized abbreviation after a name is a mention of the same body, and so are its other uses', () => {
    const text = 'Vụ án MHB. Viện kiểm sát xử vụ sai phạm tại Ngân hàng phát triển nhà Đồng bằng sông Cửu Long (MHB). Lãnh đạo MHB vắng mặt.';
    const found = orgs(text).map((o) => [o.text, o.name, o.abbr]);
    const name = 'Ngân hàng phát triển nhà Đồng bằng sông Cửu Long';
    expect(found).toEqual([
      ['MHB', name, 'MHB'],
      [name, name, null],
      ['MHB', name, 'MHB'],
      ['MHB', name, 'MHB'],
    ]);
  });

  test('an abbreviation no text defined is not a body', () => {
    expect(orgs('Lãnh đạo MHB vắng mặt.')).toEqual([]);
  });

  test('a place in parentheses is not an abbreviation of the name before it', () => {
    expect(orgs('học sinh Trường Khai Trí (Q.5) bị ngộ độc').map((o) => o.text)).toEqual(['Trường Khai Trí']);
  });
});
