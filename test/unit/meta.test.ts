import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { bylineOf, outletOf } from '../../src/meta/lines.js';

const metaOf = (text: string) =>
  extractDocument({ text, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: text.length, sha256: null } }, { only: ['dates'] }).meta;

describe('meta on the seeds equals gold', () => {
  for (const file of readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).sort()) {
    test(file, () => {
      const gold = JSON.parse(readFileSync(`fixtures/gold/${file.replace('.txt', '.json')}`, 'utf8')) as { meta: unknown };
      expect(metaOf(readFileSync(`fixtures/seeds/${file}`, 'utf8'))).toEqual(gold.meta);
    });
  }
});

const BODY =
  'Trong năm qua, các cấp ủy, chính quyền đã tập trung lãnh đạo, chỉ đạo thực hiện tốt công tác dân vận, góp phần quan trọng vào việc hoàn thành các chỉ tiêu kinh tế - xã hội của địa phương; phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.';

describe('meta on other portal and news layouts', () => {
  test('( 14:44 | 11/09/2018 ) under the title, byline in capitals', () => {
    const text = `Quảng Trị tổng kết công tác dân vận năm 2018\n( 14:44 | 11/09/2018 )\n\n${BODY}\n\nNGUYỄN VĂN AN\n\nTin liên quan`;
    expect(metaOf(text)).toEqual({ title: 'Quảng Trị tổng kết công tác dân vận năm 2018', published: '2018-09-11T14:44:00+07:00', author: 'NGUYỄN VĂN AN', outlet: null });
  });

  test('Ngày đăng: label, (Chinhphu.vn) lead tag, Theo TTXVN', () => {
    const text = `Trang chủ > Tin tức\nHội nghị trực tuyến về công tác dân vận chính quyền\nNgày đăng: 24/02/2021 09:21\n(Chinhphu.vn) - ${BODY}\n\nTheo TTXVN\n\nXem nhiều nhất`;
    expect(metaOf(text)).toEqual({ title: 'Hội nghị trực tuyến về công tác dân vận chính quyền', published: '2021-02-24T09:21:00+07:00', author: 'TTXVN', outlet: 'Chinhphu.vn' });
  });

  test('Thứ Tư, ngày 24 tháng 2 năm 2021 - 09:21 above the title; caps tag QĐND', () => {
    const text = `Thứ Tư, ngày 24 tháng 2 năm 2021 - 09:21\nĐẩy mạnh phong trào thi đua “Dân vận khéo”\nQĐND - ${BODY}\n\nTin, ảnh: Mai Phương\n`;
    expect(metaOf(text)).toEqual({ title: 'Đẩy mạnh phong trào thi đua “Dân vận khéo”', published: '2021-02-24T09:21:00+07:00', author: 'Mai Phương', outlet: 'QĐND' });
  });

  test('PV•28/01/2025 08:22, a short byline PV, (PLO)- tag', () => {
    const text = `Bình Dương triển khai nhiệm vụ năm 2025\nPV•28/01/2025 08:22\n\n(PLO)- ${BODY}\n\nPV`;
    expect(metaOf(text)).toEqual({ title: 'Bình Dương triển khai nhiệm vụ năm 2025', published: '2025-01-28T08:22:00+07:00', author: 'PV', outlet: 'PLO' });
  });

  test('Chủ nhật - 20/07/2014 11:50 and a (Mặt trận) tag; a written offset is kept', () => {
    const text = `Chủ nhật - 20/07/2014 11:50 (GMT+7)\nMặt trận tỉnh Hà Giang sơ kết 6 tháng đầu năm\n(Mặt trận) - ${BODY}\nT.L`;
    expect(metaOf(text)).toEqual({ title: 'Mặt trận tỉnh Hà Giang sơ kết 6 tháng đầu năm', published: '2014-07-20T11:50:00+07:00', author: 'T.L', outlet: 'Mặt trận' });
  });

  test('a labelled timestamp in the footer counts; no byline when the article ends with prose', () => {
    const text = `Tăng cường công tác dân vận trong tình hình mới\n\n${BODY}\n\nLượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27`;
    expect(metaOf(text)).toEqual({ title: 'Tăng cường công tác dân vận trong tình hình mới', published: '2013-12-05T15:42:27+07:00', author: null, outlet: null });
  });

  test('a date inside a headline is not the publication date', () => {
    const text = `Ngày 12/3/2019, tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận chính quyền\n\n${BODY}`;
    expect(metaOf(text).published).toBeNull();
  });

  test('Thứ Hai, 18 tháng 12, 2017 gives a date without time', () => {
    expect(metaOf(`Thứ Hai, 18 tháng 12, 2017\nHội Nông dân tỉnh Long An tổng kết năm\n\n${BODY}`).published).toBe('2017-12-18');
  });
});

describe('line classifiers', () => {
  test('outlet tags', () => {
    expect(outletOf('(baophutho.vn) - Ngày 13/1, Ban Dân vận')).toBe('baophutho.vn');
    expect(outletOf('(Vinhlong.gov.vn) - Ngày 12/3/2019')).toBe('Vinhlong.gov.vn');
    expect(outletOf('ĐTO - Ban Dân vận Tỉnh ủy')).toBe('ĐTO');
    expect(outletOf('(ĐCSVN) - Sáng 13/1')).toBe('ĐCSVN');
    expect(outletOf('Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị')).toBeNull();
    expect(outletOf('(01/10/1991-01/10/2021) - kỷ niệm')).toBeNull();
    expect(outletOf('(nâng cao, kiểu mẫu) - việc')).toBeNull();
  });

  test('bylines', () => {
    expect(bylineOf('Hằng Nga')).toBe('Hằng Nga');
    expect(bylineOf('DŨNG CHINH')).toBe('DŨNG CHINH');
    expect(bylineOf('N.H')).toBe('N.H');
    expect(bylineOf('Lý Thị Vinh (tổng hợp)')).toBe('Lý Thị Vinh');
    expect(bylineOf('Theo TTXVN/Báo Tin tức và Dân tộc')).toBe('TTXVN/Báo Tin tức và Dân tộc');
    expect(bylineOf('thực hiện thắng lợi Nghị quyết đề ra.')).toBeNull();
    expect(bylineOf('Ảnh: VGP')).toBeNull();
    expect(bylineOf('Hotline 0912 345 678')).toBeNull();
  });
});
