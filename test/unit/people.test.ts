import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import type { Category } from '../../src/types.js';

const people = (text: string, only?: Category[]) =>
  extractDocument({ text, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } }, only ? { only } : {}).people;

describe('people', () => {
  test('name - titles, with an honorific', () => {
    const text = 'Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đến dự.';
    const [p, ...rest] = people(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: 'Võ Văn Thưởng', honorific: 'Đồng chí', start: 0, text: 'Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư' });
    expect(p!.titles.map((t) => [t.title, t.organization?.name, t.text])).toEqual([
      ['Ủy viên', 'Bộ Chính trị', 'Ủy viên Bộ Chính trị'],
      ['Thường trực', 'Ban Bí thư', 'Thường trực Ban Bí thư'],
    ]);
  });

  test('sloppy dash, modern tone placement, two bodies', () => {
    const [p] = people('Ông Lữ Quang Ngời- Uỷ viên Thường vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh chủ trì Hội nghị.');
    expect(p).toMatchObject({ name: 'Lữ Quang Ngời', honorific: 'Ông' });
    expect(p!.titles.map((t) => [t.title, t.organization?.name, t.organization?.text])).toEqual([
      ['Ủy viên', 'Ban Thường vụ Tỉnh ủy', 'Thường vụ Tỉnh ủy'],
      ['Phó Chủ tịch', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh'],
    ]);
  });

  test('title body - name', () => {
    const text = 'Ảnh: Phó Chủ tịch UBND tỉnh- Lữ Quang Ngời phát biểu';
    const [p] = people(text);
    expect(p).toMatchObject({ name: 'Lữ Quang Ngời', honorific: null, text: 'Phó Chủ tịch UBND tỉnh- Lữ Quang Ngời', start: text.indexOf('Phó') });
    expect(p!.titles[0]).toMatchObject({ title: 'Phó Chủ tịch', organization: { name: 'Ủy ban nhân dân tỉnh', level: 'province' } });
  });

  test('a list of persons after a colon, separated by semicolons', () => {
    const list = people('Cùng dự có các đồng chí Bí thư Trung ương Đảng: Đỗ Văn Chiến - Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Lê Minh Khái - Phó Thủ tướng Chính phủ.');
    expect(list.map((p) => [p.name, p.titles.map((t) => `${t.title} @ ${t.organization?.name}`)])).toEqual([
      ['Đỗ Văn Chiến', ['Chủ tịch @ Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']],
      ['Lê Minh Khái', ['Phó Thủ tướng @ Chính phủ']],
    ]);
  });

  test('a title glued to its body: Trưởng ban', () => {
    const [p] = people('Ông Nguyễn Bách Khoa- Ủy viên Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy đến dự.');
    expect(p!.titles[1]).toMatchObject({ title: 'Trưởng ban', organization: { text: 'ban Tuyên giáo Tỉnh ủy', name: 'Ban Tuyên giáo Tỉnh ủy' } });
  });

  test('kiêm joins two titles; another province', () => {
    const [p] = people('Bà Nguyễn Thị Hà - Phó Bí thư Tỉnh ủy Nghệ An kiêm Chủ tịch HĐND tỉnh.');
    expect(p!.titles.map((t) => t.organization?.name)).toEqual(['Tỉnh ủy Nghệ An', 'Hội đồng nhân dân tỉnh']);
  });

  test('an office title before a name has no body to list', () => {
    const [p] = people('Tổng Bí thư Tô Lâm phát biểu.');
    expect(p).toMatchObject({ name: 'Tô Lâm', titles: [{ title: 'Tổng Bí thư', organization: null }] });
  });

  test('no title, no person; a category of its own: `--only people` runs the organizations it reads without outputting them', () => {
    expect(people('Đồng chí Võ Văn Thưởng yêu cầu Ban Dân vận các cấp cần làm tốt công tác tham mưu.')).toEqual([]);
    const text = 'Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị.';
    expect(people(text, ['organizations'])).toEqual([]);
    expect(people(text, ['people'])).toHaveLength(1);
    const record = extractDocument({ text, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } }, { only: ['people'] });
    expect(record.organizations).toEqual([]);
    expect(record.people[0]!.titles[0]!.organization).toMatchObject({ name: 'Bộ Chính trị' });
  });
});

describe('people in the comma and parenthesis forms (issue 13)', () => {
  const summary = (text: string) => people(text).map((p) => [p.text, p.name, p.honorific, p.titles.map((t) => `${t.title} @ ${t.organization?.name ?? '-'}`)]);

  test('name, titles: the usual press form', () => {
    expect(summary('Đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.')).toEqual([
      ['Đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy', 'Thái Thanh Quý', 'Đồng chí', ['Ủy viên @ Ban Chấp hành Trung ương Đảng', 'Bí thư @ Tỉnh ủy']],
    ]);
    expect(summary('Tham dự có ông Nguyễn Văn An, Chủ tịch UBND tỉnh.')).toEqual([
      ['ông Nguyễn Văn An, Chủ tịch UBND tỉnh', 'Nguyễn Văn An', 'ông', ['Chủ tịch @ Ủy ban nhân dân tỉnh']],
    ]);
  });

  test('name, titles in a list after a colon, entries separated by semicolons', () => {
    expect(summary('Các đại biểu: Nguyễn Văn Được, Phó Chủ tịch UBND tỉnh; Lê Minh Khái, Phó Thủ tướng Chính phủ.').map((p) => p[1])).toEqual(['Nguyễn Văn Được', 'Lê Minh Khái']);
  });

  test('name (titles): the parenthesis is part of the person', () => {
    expect(summary('Ông Trần Văn Bình (Chủ tịch UBND tỉnh) phát biểu.')).toEqual([
      ['Ông Trần Văn Bình (Chủ tịch UBND tỉnh)', 'Trần Văn Bình', 'Ông', ['Chủ tịch @ Ủy ban nhân dân tỉnh']],
    ]);
    expect(summary('Theo bà Lê Thị Cúc (Giám đốc Sở Y tế), số ca mắc giảm.')[0]).toEqual(['bà Lê Thị Cúc (Giám đốc Sở Y tế)', 'Lê Thị Cúc', 'bà', ['Giám đốc @ Sở Y tế']]);
  });

  test('no person: a place before a comma, a body before a parenthesis, an unclosed parenthesis', () => {
    expect(people('Tây Ninh, Chủ tịch UBND tỉnh đã ký.')).toEqual([]);
    expect(people('Sở Y tế (Giám đốc Sở Y tế) đã báo cáo.')).toEqual([]);
    expect(people('Ông Trần Văn Bình (Chủ tịch UBND tỉnh đã phát biểu.')).toEqual([]);
  });
});
