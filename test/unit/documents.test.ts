/**
 * The documents extractor in running text: issued date, written issuer,
 * title, coreference, named documents and what is not a reference. The
 * extractor runs alone here (no dates or organizations extractor), with a
 * hand-made `ctx.found` where a test is about reading them.
 */
import { describe, expect, test } from 'vitest';
import { newDocState, type Context } from '../../src/core/define-extractor.js';
import { matchView, normalizeText } from '../../src/core/normalize.js';
import { runExtractor } from '../../src/core/run-rules.js';
import { documents } from '../../src/extractors/documents/index.js';
import type { DateMention, DocumentMention, OrganizationMention } from '../../src/types.js';

function context(raw: string, found: Context['found'] = {}): Context {
  const text = normalizeText(raw);
  return {
    text,
    view: matchView(text, 'traditional'),
    boilerplate: [],
    meta: { title: null, published: null, author: null, outlet: null },
    refDate: null,
    found,
    state: newDocState(),
    warn: () => {},
  };
}

function extract(raw: string, found: Context['found'] = {}): DocumentMention[] {
  const ctx = context(raw, found);
  return runExtractor(documents, ctx);
}

const one = (raw: string, found?: Context['found']): DocumentMention => {
  const all = extract(raw, found);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('issued: the date in `ngày …` after the reference', () => {
  test.each([
    ['Thực hiện quyết định số 23- QĐ/TW ngày 30/7/2021 của Bộ Chính trị', '2021-07-30'],
    ['(Quyết định số 519-QĐ/UBKTTW, ngày 28-4-2022)', '2022-04-28'],
    ['Chỉ thị số 16-CT/TTg, ngày 16/5/2016 của Thủ tướng', '2016-05-16'],
    ['Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ', '2020-03-05'],
    ['Chỉ thị số 05-CT/TW ngày 14 tháng 5 năm 2016', '2016-05-14'],
    ['Chỉ thị số 09-CT/TU ngày 19.4.2011', '2011-04-19'],
    ['Luật số 80/2015/QH13 ban hành ngày 22/6/2015', '2015-06-22'],
    ['Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ ngày 31/3/2020', '2020-03-31'],
    // a copied legal text wraps its lines anywhere, LF or CRLF (the one date grammar reads both)
    ['Nghị định số 15/2022/NĐ-CP ngày 19\ntháng 7 năm\n2022 của Chính phủ', '2022-07-19'],
    ['Nghị định số 15/2022/NĐ-CP ngày 19\r\ntháng 7\r\nnăm 2022 của Chính phủ', '2022-07-19'],
  ])('%s', (raw, issued) => {
    expect(one(raw).issued).toBe(issued);
  });

  test('the date is not part of the text', () => {
    const d = one('theo Kết luận số 120 - KL/TW, ngày 7/01/2016 của Bộ Chính trị');
    expect(d.text).toBe('Kết luận số 120 - KL/TW');
  });

  test('an impossible date is no issue date', () => {
    expect(one('Quyết định số 12/QĐ-UBND ngày 31/2/2021').issued).toBeNull();
  });

  test('a date that does not follow the reference is not its issue date', () => {
    expect(one('Chỉ thị số 18 - CT/TW, về công tác tôn giáo ngày 3/5/2021').issued).toBeNull();
  });

  test('a day mention of the dates extractor at `ngày` is read when present', () => {
    const raw = 'Nghị quyết 25-NQ/TW ngày 3/6 của BCH Trung ương';
    const start = raw.indexOf('ngày');
    const date: DateMention = { text: 'ngày 3/6', start, end: start + 'ngày 3/6'.length, grain: 'day', from: '2021-06-03', to: '2021-06-03', inferred: true };
    expect(one(raw).issued).toBeNull(); // no year written: the extractor alone cannot tell
    expect(one(raw, { dates: [date] }).issued).toBe('2021-06-03');
  });
});

describe('issuer: written after `của`, before `ban hành`, or from an unambiguous code', () => {
  test.each([
    ['Chỉ thị 16 của Thủ tướng Chính phủ', 'Thủ tướng Chính phủ'],
    ['quyết định số 23- QĐ/TW ngày 30/7/2021 của Bộ Chính trị, và', 'Bộ Chính trị'],
    ['Nghị quyết 25-NQ/TW ngày 3/6/2021 của BCH Trung ương Đảng khóa XI về', 'Ban Chấp hành Trung ương Đảng'],
    ['Chỉ thị số 52-CT/TW ngày 09/01/2016 của Ban Bí thư (khóa XI) về', 'Ban Bí thư'],
    ['Kết luận số 61-KL/TW, ngày 3/12/2009 của Ban Bí thư TW (khóa X) về', 'Ban Bí thư Trung ương'],
    ['Chỉ thị số 40-CT/TU ngày 28/3/2014 của Tỉnh ủy Lào Cai về việc', 'Tỉnh ủy Lào Cai'],
    ['Kế hoạch số 45-KH/TU của Thành ủy Hà Nội', 'Thành ủy Hà Nội'],
    ['Quyết định số 832/QĐ-UBND ngày 12/4/2021 của UBND tỉnh Vĩnh Phúc', 'Ủy ban nhân dân tỉnh Vĩnh Phúc'],
    ['Thông tư số 01/2021/TT-BTC của Bộ Tài chính', 'Bộ Tài chính'],
    ['Công văn số 2345/BKHĐT-TH của Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư'],
    ['Nghị quyết số 11/NQ-CP của Chính phủ', 'Chính phủ'],
    ['Chỉ thị số 17-CT/TU, ngày 15/7/2016 của tỉnh ủy về', 'Tỉnh ủy'],
  ])('%s', (raw, issuer) => {
    expect(extract(raw)[0]!.issuer).toBe(issuer);
  });

  test('the subject of `ban hành` is the issuer', () => {
    expect(one('Trong năm 2021, Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 455-QĐ/TU ngày 22/11/2021 về').issuer).toBe('Ban Thường vụ Tỉnh ủy');
    expect(one('Bộ Chính trị ban hành Kết luận số 01-KL/TW').issuer).toBe('Bộ Chính trị');
  });

  test.each([
    ['Chỉ thị 16/CT-TTg', 'Thủ tướng Chính phủ'],
    ['Luật số 80/2015/QH13', 'Quốc hội khóa XIII'],
    ['Nghị định số 30/2020/NĐ-CP', 'Chính phủ'],
    ['Hướng dẫn số 36-HD/VPTW', 'Văn phòng Trung ương Đảng'],
  ])('from the code: %s', (raw, issuer) => {
    expect(one(raw).issuer).toBe(issuer);
  });

  test.each(['chỉ thị số 18 - CT/TW, về công tác tôn giáo', 'Chỉ thị số 33-CT/TU, ngày 30/10/2017 về tăng cường', 'Kế hoạch số 18-KH/TU', 'Quyết định số 12/QĐ-UBND'])(
    'a shared code gives no issuer: %s',
    (raw) => {
      expect(one(raw).issuer).toBeNull();
    },
  );

  test('an organizations mention at the issuer wins', () => {
    const raw = 'Kế hoạch số 18-KH/TU của Tỉnh ủy tỉnh Lào Cai';
    const start = raw.indexOf('Tỉnh ủy');
    const org: OrganizationMention = { text: 'Tỉnh ủy tỉnh Lào Cai', start, end: raw.length, name: 'Tỉnh ủy Lào Cai', abbr: null, level: 'province', location: 'Lào Cai', kind: 'party' };
    expect(one(raw, { organizations: [org] }).issuer).toBe('Tỉnh ủy Lào Cai');
  });
});

describe('coreference: a reference without a symbol takes the id of the coded one', () => {
  test('same type, number and issuer', () => {
    const [coded, bare] = extract('thực hiện giãn cách theo Chỉ thị 16/CT-TTg và ... theo Chỉ thị 16 của Thủ tướng Chính phủ theo định mức');
    expect(coded!.id).toBe('16/CT-TTg');
    expect(bare).toMatchObject({ text: 'Chỉ thị 16', id: null, issuer: 'Thủ tướng Chính phủ', resolvedId: '16/CT-TTg' });
  });

  test('a different issuer is a different document', () => {
    const [, bare] = extract('Chỉ thị 16/CT-TTg; sau đó Chỉ thị 16 của Tỉnh ủy về');
    expect(bare!.resolvedId).toBeUndefined();
  });

  test('a different type is a different document', () => {
    const [, bare] = extract('Nghị quyết 25-NQ/TW và Kết luận 25 của Bộ Chính trị');
    expect(bare!.resolvedId).toBeUndefined();
  });

  test('an issuer left unwritten resolves when one document fits', () => {
    const [, bare] = extract('Nghị quyết số 25-NQ/TW ngày 3/6/2013; sơ kết Nghị quyết 25, ');
    expect(bare!.resolvedId).toBe('25-NQ/TW');
  });

  test('two candidates leave it unresolved', () => {
    const all = extract('Chỉ thị số 18-CT/TU, Chỉ thị số 18-CT/TW, và Chỉ thị 18.');
    expect(all.at(-1)!.resolvedId).toBeUndefined();
  });
});

describe('named documents', () => {
  test('a law cited by name takes the date that follows, outside its text', () => {
    const d = one('Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015 quy định');
    expect(d).toMatchObject({ text: 'Luật Ban hành văn bản quy phạm pháp luật', named: true, type: 'Luật', issued: '2015-06-22' });
  });

  test('a law cited by name and number is one numbered reference', () => {
    const d = one('Luật Đất đai số 45/2013/QH13 được');
    expect(d).toMatchObject({ text: 'Luật Đất đai số 45/2013/QH13', type: 'Luật', id: '45/2013/QH13', number: '45' });
  });

  test('a quoted title starting with a type word inside a subject is the name, without the quotes', () => {
    const raw = 'Kết luận số 61-KL/TW, ngày 3/12/2009 của Ban Bí thư TW (khóa X) về “Đề án nâng cao vai trò của Hội nông dân giai đoạn 2010-2020”; đánh giá';
    const all = extract(raw);
    expect(all.map((d) => d.text)).toEqual(['Kết luận số 61-KL/TW', 'Đề án nâng cao vai trò của Hội nông dân giai đoạn 2010-2020']);
    expect(all[1]).toMatchObject({ named: true, type: 'Đề án', issuer: null, issued: null });
  });

  test('congress resolutions in a coordination are two mentions', () => {
    const all = extract('thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII về công tác dân vận');
    expect(all.map((d) => d.text)).toEqual(['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII', 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII']);
  });

  test('a header line ending with a congress resolution', () => {
    expect(one('Một số kết quả trong năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh\n\nBan').text).toBe('Nghị quyết Đại hội Đảng bộ tỉnh');
  });
});

describe('plenum resolutions in any case', () => {
  test.each([
    ['Thực hiện nghị quyết trung ương 4 khóa XII về xây dựng Đảng.', 'nghị quyết trung ương 4 khóa XII'],
    ['Thực hiện Nghị quyết Trung ương 6 khóa XIII, tỉnh đã', 'Nghị quyết Trung ương 6 khóa XIII'],
    ['quán triệt nghị quyết hội nghị trung ương lần thứ 5 (khoá X) tới', 'nghị quyết hội nghị trung ương lần thứ 5 (khóa X)'],
  ])('%s', (raw, text) => {
    expect(one(raw)).toMatchObject({ text, type: 'Nghị quyết', named: true, number: null, id: null });
  });

  test('plural plenum resolutions are no mention', () => {
    expect(extract('quán triệt các nghị quyết trung ương khóa XII và những Nghị quyết Trung ương khóa XIII')).toEqual([]);
  });

  test('a numbered resolution of the Central Committee without a code is a numbered reference', () => {
    const d = one('Thực hiện Nghị quyết số 25 của Ban Chấp hành Trung ương về công tác dân vận');
    expect(d).toMatchObject({ text: 'Nghị quyết số 25', number: '25', id: null, issuer: 'Ban Chấp hành Trung ương Đảng' });
    expect(d.named).toBeUndefined();
  });
});

describe('laws and codes cited by name', () => {
  const texts = (raw: string) => extract(raw).map((d) => d.text);

  test.each([
    ['theo Hiến pháp năm 2013 và', 'Hiến pháp năm 2013', 'Hiến pháp'],
    ['Bộ luật Lao động năm 2019 quy định', 'Bộ luật Lao động năm 2019', 'Bộ luật'],
    ['Luật Đất đai năm 2024 có hiệu lực', 'Luật Đất đai năm 2024', 'Luật'],
    ['áp dụng Luật Khám bệnh, chữa bệnh năm 2023 tại các cơ sở', 'Luật Khám bệnh, chữa bệnh năm 2023', 'Luật'],
    ['triển khai Luật Hoà giải ở cơ sở tại Hoà Bình', 'Luật Hòa giải ở cơ sở', 'Luật'],
    ['theo Luật Tổ chức Chính phủ và', 'Luật Tổ chức Chính phủ', 'Luật'],
  ])('%s', (raw, text, type) => {
    expect(one(raw)).toMatchObject({ text, type, named: true, number: null, id: null, issued: null });
  });

  test('a comma that completes a listed name does not end it; `và` joins two laws', () => {
    expect(texts('thực hiện Luật Cán bộ, công chức và Luật Viên chức trong đội ngũ')).toEqual(['Luật Cán bộ, công chức', 'Luật Viên chức']);
  });

  test('a list of laws separated by commas', () => {
    expect(texts('Tuyên truyền Luật Thi đua, khen thưởng, Luật Tín ngưỡng, tôn giáo, Luật Phòng, chống tham nhũng năm 2018, Luật Tiếp công dân.')).toEqual([
      'Luật Thi đua, khen thưởng',
      'Luật Tín ngưỡng, tôn giáo',
      'Luật Phòng, chống tham nhũng năm 2018',
      'Luật Tiếp công dân',
    ]);
  });

  test('a comma before a word that completes no name ends it', () => {
    expect(texts('theo Luật Đất đai, nhà nước giao đất; Luật Viên chức, Luật Cán bộ,công chức')).toEqual(['Luật Đất đai', 'Luật Viên chức', 'Luật Cán bộ,công chức']);
  });

  test('an unlisted law starting `Phòng, chống` runs across its comma', () => {
    expect(one('Luật Phòng, chống xâm hại trẻ em.').text).toBe('Luật Phòng, chống xâm hại trẻ em');
  });

  test('an unlisted law ends before a preposition', () => {
    expect(one('Luật Trưng cầu ý dân trong thời gian tới').text).toBe('Luật Trưng cầu ý dân');
  });

  test('a listed name followed by its date and number', () => {
    expect(one('Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 quy định')).toMatchObject({ text: 'Luật Cán bộ, công chức', issued: '2008-11-13' });
    expect(one('Luật Cán bộ, công chức số 22/2008/QH12 được sửa đổi')).toMatchObject({ text: 'Luật Cán bộ, công chức số 22/2008/QH12', id: '22/2008/QH12', type: 'Luật' });
  });

  test.each(['Luật sư Trần Văn Nam cho biết', 'theo Luật, các đơn vị', 'chấp hành luật pháp'])('no law in: %s', (raw) => {
    expect(extract(raw)).toEqual([]);
  });
});

describe('glued and short forms (DOMAIN.md §1.4)', () => {
  test.each([
    ['theo QĐ1401/QĐ-TTg về', { text: 'QĐ1401/QĐ-TTg', type: 'Quyết định', id: '1401/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }],
    ['theo TT36/2017 về', { text: 'TT36/2017', type: 'Thông tư', number: '36', year: 2017, id: null }],
    ['theo NĐ 30/2020 về', { text: 'NĐ 30/2020', type: 'Nghị định', number: '30', year: 2020, id: null }],
    ['thực hiện Kết luận số 71/KL/TW ngày 3/5/2021', { text: 'Kết luận số 71/KL/TW', id: '71-KL/TW', system: 'party', issued: '2021-05-03' }],
    ['theo Quyết định 01/1999/QĐ.UB của', { text: 'Quyết định 01/1999/QĐ.UB', id: '01/1999/QĐ-UB', year: 1999 }],
    ['Quyết định 84 QĐ/TWĐTN của', { text: 'Quyết định 84 QĐ/TWĐTN', id: '84-QĐ/TWĐTN', system: 'state' }],
    ['theo số31-QĐ/TW ngày 01-10-1997', { text: '31-QĐ/TW', id: '31-QĐ/TW', type: 'Quyết định', issued: '1997-10-01' }],
    ['Quyết định số : 31/QĐ-TW ngày', { text: 'Quyết định số : 31/QĐ-TW', id: '31-QĐ/TW', system: 'party' }],
  ])('%s', (raw, fields) => {
    expect(one(raw)).toMatchObject(fields);
  });

  test('a year after a Party number is not read (not in DOMAIN.md): the reference ends at the issuer code', () => {
    expect(one('Nghị quyết số 09-NQ/TU/2021 của Tỉnh ủy')).toMatchObject({ text: 'Nghị quyết số 09-NQ/TU', id: '09-NQ/TU', year: null });
  });

  test('a type code before a year-like number with no `số` is no reference', () => {
    expect(extract('Tổng KH 2021, TH 2021 đạt 98%')).toEqual([]);
  });
});

describe('the header of a copied legal document', () => {
  test('Số: … takes the body above and the date line below', () => {
    const raw = 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\nSố: 34/2024/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nCao Bằng, ngày 05 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nBan hành quy định';
    expect(one(raw)).toMatchObject({ text: '34/2024/QĐ-UBND', id: '34/2024/QĐ-UBND', issued: '2024-03-05', issuer: 'Ủy ban nhân dân tỉnh Cao Bằng' });
  });

  test('a Party header', () => {
    const raw = 'TỈNH ỦY LÀO CAI\n*\nSố 40-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 28 tháng 3 năm 2014';
    expect(one(raw)).toMatchObject({ id: '40-CT/TU', issued: '2014-03-28', issuer: 'Tỉnh ủy Lào Cai' });
  });

  test('a ministry', () => {
    expect(one('BỘ TÀI CHÍNH\n--------\nSố: 01/2021/TT-BTC\nHà Nội, ngày 07 tháng 01 năm 2021')).toMatchObject({ issued: '2021-01-07', issuer: 'Bộ Tài chính' });
  });

  test('`số` inside a sentence is no header', () => {
    expect(one('Ủy ban đã nhận văn bản số 12/UBND-VX. Hà Nội, ngày 05 tháng 3 năm 2024').issued).toBeNull();
  });
});

describe('in running text', () => {
  test('several references in one sentence, each with its own fields', () => {
    const all = extract(
      'gắn với thực hiện quyết định số 23- QĐ/TW ngày 30/7/2021 của Bộ Chính trị, Nghị quyết 25-NQ/TW ngày 3/6/2021 của BCH Trung ương Đảng khóa XI về tăng cường',
    );
    expect(all.map((d) => [d.id, d.issued, d.issuer])).toEqual([
      ['23-QĐ/TW', '2021-07-30', 'Bộ Chính trị'],
      ['25-NQ/TW', '2021-06-03', 'Ban Chấp hành Trung ương Đảng'],
    ]);
  });

  test('a bare symbol without a type word', () => {
    expect(one('các tỉnh thực hiện giãn cách theo 16/CT-TTg từ ngày 1/4')).toMatchObject({ text: '16/CT-TTg', type: 'Chỉ thị', id: '16/CT-TTg' });
  });

  test('both tone styles and the look-alike Đ', () => {
    expect(one('Quyết định số 12/QĐ-UBND của Uỷ ban nhân dân tỉnh Hoà Bình').issuer).toBe('Ủy ban nhân dân tỉnh Hòa Bình');
    expect(one('Nghị định 89/2015/N\u00D0-CP').id).toBe('89/2015/NĐ-CP');
    expect(one('Kết luận số 120 \u2013 KL/TW').id).toBe('120-KL/TW');
  });

  test.each([
    'Năm 2021, tỉnh ban hành 51 nghị quyết, 12 chỉ thị.',
    'quán triệt các nghị quyết, chỉ thị, kết luận của Trung ương',
    'Xem tại https://vanban.chinhphu.vn/?pageid=27160&docid=16-CT-TTg hoặc email ubnd16/CT-TTg@gmail.com',
    'Quyết định ngày 30/7/2021 của UBND tỉnh',
    'Kế hoạch 5 năm 2021-2025 và Báo cáo 6 tháng đầu năm',
    'chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; Quy chế dân chủ ở cơ sở',
    'thực hiện Nghị quyết đề ra. Chương trình hành động thực hiện Nghị quyết',
  ])('no reference in: %s', (raw) => {
    expect(extract(raw)).toEqual([]);
  });
});
