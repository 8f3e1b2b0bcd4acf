import { describe, expect, test } from 'vitest';
import { canonicalName, readNamedLaw } from '../../src/extractors/documents/named-law.js';

/** The named law after the type word that opens `s`. */
function read(s: string, type = 'Luật') {
  const law = readNamedLaw(s, type.length, type, false);
  return law && { text: s.slice(0, law.end), name: law.name, year: law.year };
}

describe('readNamedLaw: the subject ends where the name ends', () => {
  test.each([
    ['Luật Đất đai ngày 29 tháng 11 năm 2013', 'Luật Đất đai', null],
    ['Luật Đất đai năm 2013 quy định', 'Luật Đất đai năm 2013', 2013],
    ['Luật Tần số vô tuyến điện số 42/2009/QH12', 'Luật Tần số vô tuyến điện', null],
    ['Luật Viễn thông và Nghị định số 25/2011/NĐ-CP', 'Luật Viễn thông', null],
    ['Luật Quảng cáo, Luật Báo chí', 'Luật Quảng cáo', null],
    ['Luật Điện ảnh được Quốc hội thông qua', 'Luật Điện ảnh', null],
    ['Luật Điện ảnh của Quốc hội', 'Luật Điện ảnh', null],
    ['Luật Thủy sản\nĐiều 1. Phạm vi', 'Luật Thủy sản', null],
  ])('%s', (s, text, year) => {
    expect(read(s)).toMatchObject({ text, year });
  });

  test.each(['Luật này', 'Luật quy định', 'Luật số 31/2024/QH15', 'Luật sư Nguyễn Văn An', 'Luật, nghị định'])('no name: %s', (s) => {
    expect(read(s)).toBeNull();
  });

  test('Lệnh needs a capital subject', () => {
    expect(read('Lệnh cấm vận', 'Lệnh')).toBeNull();
  });
});

describe('canonicalName', () => {
  test.each([
    ['Luật', 'thuế GTGT', 'Luật Thuế giá trị gia tăng'],
    ['Luật', 'về phòng, chống bệnh truyền nhiễm', 'Luật Phòng, chống bệnh truyền nhiễm'],
    ['Luật', 'Tổ chức\nChính phủ', 'Luật Tổ chức Chính phủ'],
    ['Luật', 'sửa đổi, bổ sung một số điều của Luật đất đai', 'Luật Sửa đổi, bổ sung một số điều của Luật Đất đai'],
    ['Luật', 'luật sư', 'Luật Luật sư'],
    ['Pháp lệnh', 'xử lý vi phạm hành chính', 'Pháp lệnh Xử lý vi phạm hành chính'],
    ['Hiến pháp', '', 'Hiến pháp'],
  ])('%s %s', (type, subject, name) => {
    expect(canonicalName(type, subject)).toBe(name);
  });
});
