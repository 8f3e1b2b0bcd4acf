/**
 * Page furniture by shape (issue 16): renaming every furniture label of the
 * seed pages changes no extracted field, and each shape is recognized on
 * lines the seeds do not have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findBoilerplate } from '../../src/core/boilerplate.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';

/** Each seed page's furniture lines, and other labels of the same shape (words a portal could use instead). */
const RENAMES: Record<string, [string, string][]> = {
  '000_21323159f601ec20': [
    ['Gửi cho bạn bè', 'Giới thiệu với người thân'],
    ['Xem nhiều nhất', 'Được quan tâm'],
  ],
  '001_d92ebf451fd9abb2': [
    ['Logo of Phú Thọ Logo of Phú Thọ', 'Biểu trưng Phú Thọ Biểu trưng Phú Thọ'],
    ['thumbnail\nthumbnail', 'anh-dai-dien\nanh-dai-dien'],
    ['Print + | - Font Size: A', 'In + | - Cỡ: A'],
    ['Ý kiến bạn đọc ( )', 'Phản hồi ( )'],
    ['Bình luận bài viết', 'Góp ý cho tòa soạn'],
    ['\nsecurity', '\ncaptcha'],
  ],
  '002_3a2b383f75a8ad9d': [
    ['Lượt xem: 231', 'Số lần đọc: 231'],
    ['Thông tin mới nhất', 'Tin vừa đăng'],
    ['Thống kê truy cập', 'Số liệu người dùng'],
    ['Đang online: 10', 'Đang xem trang: 10'],
    ['Hôm nay: 994', 'Ngày này: 994'],
    ['Trong tuần: 1,963', 'Tuần này: 1,963'],
    ['Tất cả: 465,361', 'Từ trước tới nay: 465,361'],
    ['Đăng nhập', 'Tài khoản'],
  ],
  '004_47c1759766bfa4f5': [
    ['< Trở về trang trước', '< Quay lại'],
    ['Gửi bình luận của bạn', 'Viết ý kiến của bạn'],
  ],
};

/** A record without offsets and source, to compare two renderings of one page. */
function fields(text: string): unknown {
  const r = extractDocument(
    { text, source: { path: 'seed', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } },
    { refDate: null },
  );
  const strip = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(strip) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'start' && k !== 'end').map(([k, x]) => [k, strip(x)])) : v;
  return {
    meta: r.meta,
    dates: strip(r.dates),
    documents: strip(r.documents),
    organizations: strip(r.organizations),
    people: strip(r.people),
    statistics: strip(r.statistics),
    warnings: strip(r.warnings),
  };
}

describe('renaming the seeds’ furniture labels changes no extracted field', () => {
  test.each(Object.entries(RENAMES))('%s', (seed, renames) => {
    const text = readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8');
    let renamed = text;
    for (const [from, to] of renames) {
      expect(renamed.includes(from)).toBe(true);
      renamed = renamed.split(from).join(to);
    }
    expect(fields(renamed)).toEqual(fields(text));
  });
});

const furniture = (text: string): string[] => findBoilerplate(text).map((s) => text.slice(s.start, s.end));
const BODY = 'Ủy ban nhân dân tỉnh đã tổ chức hội nghị tổng kết công tác năm với sự tham dự của đại diện các sở, ngành.';

describe('furniture shapes', () => {
  test('counters in a run, and a lone counter outside the body', () => {
    expect(furniture(`Tiêu đề bài viết\nSố người đọc: 1.204\n\n${BODY}\n\nA: 5\nB c: 7`)).toEqual(['Số người đọc: 1.204', 'A: 5', 'B c: 7']);
  });
  test('a counter-shaped line inside the body alone is text', () => {
    expect(furniture(`${BODY}\nTổng cộng: 1.370\n${BODY}`)).toEqual([]);
  });
  test('menus, breadcrumbs, arrow links, widgets, empty counts, doubled alt text, repeated labels', () => {
    const page = ['Trang nhất » Xã hội » Giáo dục', 'Giới thiệu | Tin tức | Văn bản | Liên hệ', 'Ảnh bìa Ảnh bìa', 'anh\nanh', 'A- | A | A+', BODY, 'Đọc tiếp →', 'Bình chọn ( )'].join('\n');
    expect(furniture(page)).toEqual(['Trang nhất » Xã hội » Giáo dục', 'Giới thiệu | Tin tức | Văn bản | Liên hệ', 'Ảnh bìa Ảnh bìa', 'anh', 'anh', 'A- | A | A+', 'Đọc tiếp →', 'Bình chọn ( )']);
  });
  test('after the last paragraph: lower-case prompts are furniture, a byline and a signature block are not', () => {
    const page = [BODY, 'Trần Văn An', 'Chia sẻ với bạn bè', 'theo dõi', 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn B'].join('\n');
    expect(furniture(page)).toEqual(['Chia sẻ với bạn bè', 'theo dõi']);
  });
  test('short lines of a text without a body paragraph are never tail prompts', () => {
    expect(furniture('tháng trước\nhôm qua')).toEqual([]);
  });
});
