/** HTML → article text and meta: containers, density fallback, furniture, layout, malformed and huge pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { htmlToText } from '../../src/io/html/html-to-text.js';
import { parsePublished } from '../../src/io/html/meta.js';
import { vietnamDay } from '../../src/patterns/dates/published.js';

const page = (name: string): string => readFileSync(`fixtures/html/${name}`, 'utf8');
const SOURCE = { path: 'x.html', format: 'html' as const, encoding: 'utf-8', bytes: 0, sha256: null };

interface Case {
  file: string;
  meta: Record<string, string | null | undefined>;
  kept: string[];
  dropped: string[];
  /** The record's title when the text rules decide it over the markup. */
  recordTitle?: string;
}

const CASES: Case[] = [
  {
    file: 'provincial-portal.html',
    meta: { title: 'Vĩnh Long: Hỗ trợ hơn 1.370 lao động mất việc làm trong quý I/2024', published: '2024-04-05T01:30:00+00:00', author: 'Minh Thư', outlet: 'Cổng thông tin điện tử tỉnh Vĩnh Long' },
    kept: [
      'Vĩnh Long: Hỗ trợ hơn 1.370 lao động mất việc làm trong quý I/2024\n\nThứ Sáu, 05/04/2024, 08:30\n\n(Vinhlong.gov.vn) – Theo báo cáo',
      'Kế hoạch số 45/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh Vĩnh Long',
      'Nghị định số 74/2019/NĐ-CP của Chính phủ và Quyết định số 1596/QĐ-UBND ngày 28/6/2023', // &nbsp; read as spaces
      'Phiên giao dịch việc làm tại huyện Long Hồ ngày 20/3/2024. Ảnh: Minh Thư', // captions are article text
      '\n\nMinh Thư',
    ],
    dropped: ['Trang chủ', 'Giới thiệu', 'Tìm kiếm', 'Thống kê truy cập', 'Đang online', '18.432.117', 'Tin liên quan', '21.000 lao động', 'Văn bản mới', '777/QĐ-UBND', 'Cơ quan chủ quản', '0270.3823161', 'Chia sẻ', 'Cỡ chữ', 'In bài viết', '99/2099', '123/QĐ-TTg', 'Lượt xem', 'CỔNG THÔNG TIN'],
  },
  {
    file: 'newspaper.html',
    meta: { title: 'Tổng kết công tác dân vận và đánh giá kết quả thực hiện năm “Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở”', published: '2022-01-13T14:30:00+07:00', author: 'Hằng Nga', outlet: 'Báo Phú Thọ' },
    kept: [
      'Thứ Năm, 13/01/2022, 14:30 (GMT +7)\n\n(baophutho.vn) - Ngày 13/1',
      'Chỉ thị số 16-CT/TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Kết luận số 120-KL/TW ngày 07/01/2016',
      'Chỉ tiêu\tNăm 2020\tNăm 2021\nMô hình “Dân vận khéo”\t1.120\t1.370 mô hình\nKinh phí huy động\t35 tỷ đồng\t41,5 tỷ đồng',
      '2.172 ý kiến/2.631 ý kiến',
      '\n\nHằng Nga',
    ],
    dropped: ['Đăng nhập', 'Thời sự', 'Tin liên quan', 'Sơ kết 6 tháng', 'Từ khoá', 'Bình luận', '500 triệu', 'Gửi bình luận', 'Các tin khác', 'Xem nhiều nhất', 'Giá vàng', 'Quảng cáo', '123/GP-BTTTT', 'googletagmanager'],
  },
  {
    file: 'legal-document.html',
    meta: { title: 'Quyết định 06/2024/QĐ-UBND quy định hỗ trợ lao động Vĩnh Long', published: undefined, author: undefined },
    // the copy of a legal document: its heading is the record's title, not the page's <title> (ANNOTATION.md)
    recordTitle: 'QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH MỨC HỖ TRỢ NGƯỜI LAO ĐỘNG ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG',
    kept: [
      'ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG',
      'Số: 06/2024/QĐ-UBND',
      'Vĩnh Long, ngày 12 tháng 3 năm 2024',
      'Căn cứ Nghị định số 61/2015/NĐ-CP ngày 09 tháng 7 năm 2015 của Chính phủ',
      'Điều 2. Mức hỗ trợ tối đa 10 triệu đồng/người;',
      'Nơi nhận:\n- Bộ Lao động - Thương binh và Xã hội;\n- TT. Tỉnh ủy, TT. HĐND tỉnh;\n- Lưu: VT.',
      'Nguyễn Văn Liệt',
    ],
    dropped: ['THƯ VIỆN PHÁP LUẬT', 'Hỏi đáp', 'Thuộc tính', 'Văn bản liên quan', '1596/QĐ-UBND', 'Bản quyền', '27/GP-TTĐT'],
  },
  {
    file: 'malformed.html',
    meta: { title: 'UBND huyện Bảo Thắng sơ kết 6 tháng đầu năm 2023', author: 'Văn phòng HĐND-UBND huyện' },
    kept: [
      'UBND HUYỆN BẢO THẮNG SƠ KẾT 6 THÁNG ĐẦU NĂM 2023\n\nChiều ngày 05/7/2023',
      'ước đạt 312,5 tỷ đồng, bằng 61% dự toán tỉnh giao\n\nToàn huyện có 1.204 hộ',
      'Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ, với kinh phí 9.283.600.000đ.',
      'phát hiện 3 vi phạm\n\nCác xã Xuân Quang',
      'Nguyễn Thị Lan - Văn phòng HĐND-UBND huyện',
    ],
    dropped: ['Giới thiệu', 'Cơ cấu tổ chức', 'Hỏi đáp', 'truy cập', '01/KH-XX', '55/QĐ-UBND', 'color: red', 'Lượt xem', 'Bản quyền', '0214.3862.186'],
  },
];

describe.each(CASES)('$file', ({ file, meta, kept, dropped, recordTitle }) => {
  const result = htmlToText(page(file));

  test('meta from the markup', () => {
    for (const [k, v] of Object.entries(meta)) expect(result.meta[k as keyof typeof result.meta], k).toBe(v);
  });

  test('the article is kept, sentences and document numbers whole', () => {
    for (const s of kept) expect(result.text).toContain(s);
  });

  test('page furniture is dropped', () => {
    for (const s of dropped) expect(result.text, s).not.toContain(s);
  });

  test('lines are trimmed, at most one blank line in a row, no markup left', () => {
    const lines = result.text.split('\n');
    for (const line of lines) expect(line).toBe(line.trim());
    expect(result.text).not.toContain('\n\n\n');
    expect(result.text).not.toMatch(/<[a-z!/]/i);
  });

  test('offsets of every mention point into the extracted text', () => {
    const doc = extractDocument({ text: result.text, source: SOURCE }, { includeText: true, meta: result.meta });
    const text = doc.text!;
    const mentions = [...doc.dates, ...doc.documents, ...doc.organizations, ...doc.statistics];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.meta.title).toBe(recordTitle ?? meta.title);
  });
});

describe('layout', () => {
  test('block elements break lines, <br> breaks a line, two <br> a paragraph, cells are tab-separated', () => {
    const html = `<div class="detail-content"><h2>Tiêu đề</h2><div>Một <b>câu</b>
      văn   dài.</div><p>Dòng một<br>dòng hai<br><br>đoạn mới</p><ul><li>một</li><li>hai</li></ul>
      <table><tr><td>A</td><td> B </td></tr><tr><td>C</td><td></td><td>D</td></tr></table>
      <pre>giữ   nguyên
  khoảng trắng</pre>${'<p>Thêm văn bản cho đủ độ dài của bài viết, để vùng chứa được chọn.</p>'.repeat(4)}</div>`;
    const { text } = htmlToText(html);
    expect(text.startsWith('Tiêu đề\n\nMột câu văn dài.\n\nDòng một\ndòng hai\n\nđoạn mới\n\nmột\nhai\n\nA\tB\nC\tD\n\ngiữ   nguyên\n  khoảng trắng\n\nThêm')).toBe(true);
  });

  test('entities are decoded; &nbsp; is a space', () => {
    expect(htmlToText('<p>Quyết&nbsp;định số 06/2024/QĐ-UBND &amp; Kế hoạch &lt;số 1&gt;</p>').text).toBe('Quyết định số 06/2024/QĐ-UBND & Kế hoạch <số 1>');
  });

  test('hidden elements and comments are not text', () => {
    const { text } = htmlToText('<p>Hiện<span style="display: none">Ẩn</span><!-- chú thích --><span hidden>Ẩn nữa</span> ra</p>');
    expect(text).toBe('Hiện ra');
  });

  test('a page without text gives empty text, not an error', () => {
    expect(htmlToText('<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>').text).toBe('');
  });
});

describe('text-density fallback', () => {
  test('the block of paragraphs beats the link lists, without any known class', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Tin số ${i}: Hội nghị tổng kết năm 2023 của huyện</a></li>`).join('');
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Đoạn ${i}: UBND tỉnh đã hỗ trợ ${i + 1}.000 hộ nghèo, với tổng kinh phí ${i + 2} tỷ đồng, theo kế hoạch năm 2023.</p>`).join('');
    const html = `<body><div id="a"><ul>${links}</ul></div><div id="b"><div id="c">${paragraphs}</div></div><div id="d"><ul>${links}</ul></div></body>`;
    const { text } = htmlToText(html);
    expect(text.startsWith('Đoạn 0:')).toBe(true);
    expect(text).toContain('Đoạn 5:');
    expect(text).not.toContain('Tin số');
  });
});

describe('hostile pages', () => {
  test('50,000 nested unclosed <div>s do not overflow the stack', () => {
    const html = `<body>${'<div>'.repeat(50_000)}Ủy ban nhân dân tỉnh hỗ trợ 1.370 người lao động, kinh phí 24,6 tỷ đồng, trong quý I/2024 vừa qua.`;
    const { text } = htmlToText(html);
    expect(text).toBe('Ủy ban nhân dân tỉnh hỗ trợ 1.370 người lao động, kinh phí 24,6 tỷ đồng, trong quý I/2024 vừa qua.');
  });

  test('a 10 MB page (generated) is read whole', () => {
    const para = '<p>Năm 2023, toàn tỉnh giải quyết việc làm cho 21.000 lao động, đạt 105% kế hoạch theo Kế hoạch số 45/KH-UBND.</p>\n';
    const sidebar = '<div class="sidebar"><a href="/x">Tin khác</a></div>';
    const html = `<html><body>${sidebar}<div class="detail-content">${para.repeat(Math.ceil(10_000_000 / Buffer.byteLength(para)))}</div>${sidebar}</body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(10_000_000);
    const { text } = htmlToText(html);
    expect(text.split('\n\n').length).toBe(Math.ceil(10_000_000 / Buffer.byteLength(para)));
    expect(text).not.toContain('Tin khác');
  });
});

describe('publication dates', () => {
  test.each([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-29T08:15:00+07:00', '2024-02-29T08:15:00+07:00'],
    // the offset as written (docs/record.md §meta), Vietnam's when none is
    ['2024-02-29T01:15:00Z', '2024-02-29T01:15:00+00:00'],
    ['2024-02-28T20:15:00.000-05:00', '2024-02-28T20:15:00-05:00'],
    ['2024-02-29T08:15+0700', '2024-02-29T08:15:00+07:00'],
    ['2024-02-29 08:15', '2024-02-29T08:15:00+07:00'],
    ['29/02/2024 08:15', '2024-02-29T08:15:00+07:00'],
    ['14/03/2019', '2019-03-14'],
    ['2023-02-29', null],
    ['hôm qua', null],
  ])('%s → %s', (raw, expected) => expect(parsePublished(raw)).toBe(expected));
});

describe('link-dense blocks inside the article are furniture, whatever their class', () => {
  test('a related-articles list without a furniture class is dropped; a paragraph with one link stays', () => {
    const html = `<html><body><article><h1>Tiêu đề</h1>
      <p>Ngày 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị; xem <a href="/qd">Quyết định số 12/QĐ-UBND</a> để biết thêm chi tiết về kế hoạch.</p>
      <ul class="x1"><li><a href="/a">Khai mạc hội chợ ngày 5/3</a></li><li><a href="/b">Tổng kết năm 2023</a></li><li><a href="/c">Lịch tiếp dân tháng 4</a></li></ul>
      </article></body></html>`;
    const text = htmlToText(html).text;
    expect(text).toContain('Quyết định số 12/QĐ-UBND');
    expect(text).not.toContain('Khai mạc hội chợ');
    expect(text).not.toContain('Lịch tiếp dân');
  });
});

describe('the reference day of a publication time', () => {
  test.each([
    ['2024-04-05', '2024-04-05'],
    ['2024-04-05T01:30:00+00:00', '2024-04-05'],
    ['2024-04-04T20:00:00+00:00', '2024-04-05'],
    ['2024-02-28T20:15:00-05:00', '2024-02-29'],
    ['2024-12-31T23:30:00+07:00', '2024-12-31'],
    ['2025-01-01T00:30:00+09:00', '2024-12-31'],
  ])('%s is %s in Vietnam', (published, day) => expect(vietnamDay(published)).toBe(day));
});
