import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';

const meta = (text: string, markup?: { title: string }) =>
  extractDocument({ text, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: 0, sha256: null } }, markup ? { meta: markup } : {}).meta;

const HEADER = 'ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n-------\nSố: 06/2024/QĐ-UBND\nVĩnh Long, ngày 12 tháng 3 năm 2024\n\n';

describe('the copy of a legal document', () => {
  test('its heading and subject are the title, its date the publication date', () => {
    const m = meta(`${HEADER}QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH MỨC HỖ TRỢ\nNGƯỜI LAO ĐỘNG\n\nỦY BAN NHÂN DÂN TỈNH VĨNH LONG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;`);
    expect(m.title).toBe('QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH MỨC HỖ TRỢ NGƯỜI LAO ĐỘNG');
    expect(m.published).toBe('2024-03-12');
  });

  test('a subject introduced by "Về việc", across a paragraph break (HTML layout)', () => {
    const m = meta(`${HEADER}KẾ HOẠCH\n\nVề việc triển khai công tác dân vận năm 2024\n\nCăn cứ Chỉ thị số 16/CT-TTg;`);
    expect(m.title).toBe('KẾ HOẠCH Về việc triển khai công tác dân vận năm 2024');
  });

  test('the heading wins over a page title from the markup; other markup fields still win', () => {
    const m = meta(`${HEADER}QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ\n\nĐiều 1.`, { title: 'Quyết định 06/2024/QĐ-UBND - Thư viện' });
    expect(m.title).toBe('QUYẾT ĐỊNH BAN HÀNH QUY CHẾ');
  });

  test('without a "Số:" line, a capitalized type word is not a heading', () => {
    expect(meta('Tin tức\n\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ\n\nNội dung bài viết dài hơn một dòng tiêu đề.').title).not.toMatch(/^QUYẾT ĐỊNH BAN HÀNH/);
  });
});
