import { describe, expect, test } from 'vitest';
import { isScopedCode, placeOfIssuer, placeOfSubject } from '../../src/extractors/documents/scope.js';

describe('scope', () => {
  test.each(['TU', 'HU', 'ĐU', 'ĐUK', 'UBND', 'HĐND', 'SKHĐT', 'STNMT', 'CTUBND', 'BTGTU', 'BCA(C13)'.replace('BCA', 'STC')])('%s is a local body’s code', (code) => {
    expect(isScopedCode(code)).toBe(true);
  });

  test.each(['TW', 'TTg', 'CP', 'BTC', 'QH15', 'BCA(C13)', 'BGDĐT-BLĐTBXH'])('%s names one body of the country', (code) => {
    expect(isScopedCode(code)).toBe(false);
  });

  test.each([
    ['Tỉnh ủy Lào Cai', false, 'Lào Cai'],
    // the gazetteer's name: Thừa Thiên Huế became Thành phố Huế on 2025-01-01, before both maps dvx ships
    ['Ủy ban nhân dân tỉnh Thừa Thiên Huế', false, 'Huế'],
    ['Huyện ủy Bảo Thắng', true, 'Bảo Thắng'],
    ['Ban Thường vụ Tỉnh ủy', false, null],
    [null, false, null],
  ])('issuer %s', (issuer, district, place) => {
    expect(placeOfIssuer(issuer, district)).toBe(place);
  });

  test('a province the subject names after its level word, on the same line', () => {
    const s = 'Quyết định 672/QĐ-UBND phê duyệt Kế hoạch sử dụng đất huyện Sơn Động, tỉnh Bắc Giang\nHà Giang';
    expect(placeOfSubject(s, s.indexOf(' phê'))).toBe('Bắc Giang');
    expect(placeOfSubject('Quyết định 1/QĐ-UBND về Lào Cai', 17)).toBeNull(); // no level word
    expect(placeOfSubject('QĐ 1/QĐ-UBND giữa tỉnh Lào Cai và tỉnh Yên Bái', 12)).toBeNull(); // two provinces
  });
});
