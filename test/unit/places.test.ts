import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchView, normalizeText } from '../../src/core/normalize.js';
import { PlaceScan, findPlaces } from '../../src/extractors/places/find.js';
import { tokenize } from '../../src/patterns/token-trie.js';
import { gazetteerIndex, nowOf } from '../../src/extractors/places/gazetteer-index.js';
import { mapFor, resolvePlaces } from '../../src/extractors/places/resolve.js';
import { MAP_2025_03, MAP_2025_07 } from '../../src/lexicon/gazetteer.js';
import type { PlaceMention, Warning } from '../../src/types.js';

function places(raw: string, date: string | null = '2021-06-01'): { mentions: PlaceMention[]; warnings: Warning[] } {
  const text = normalizeText(raw);
  const warnings: Warning[] = [];
  const mentions = resolvePlaces(text, findPlaces(matchView(text, 'traditional')), mapFor(date), (w) => warnings.push(w));
  return { mentions, warnings };
}
const brief = (raw: string, date?: string | null): string[] =>
  places(raw, date).mentions.map((m) => `${m.text}=${m.code ?? 'null'}`);

describe('places: what counts', () => {
  test('a name after its type word, with the type word in the text', () => {
    expect(brief('Đoàn công tác làm việc tại huyện Bảo Thắng, tỉnh Lào Cai.')).toEqual(['huyện Bảo Thắng=086', 'tỉnh Lào Cai=10']);
  });

  test('abbreviations and the forms of Hồ Chí Minh City', () => {
    expect(brief('TP. Hồ Chí Minh, TP HCM, TP.HCM, Tp.HCM, TPHCM và TX. Sa Pa')).toEqual([
      'TP. Hồ Chí Minh=79', 'TP HCM=79', 'TP.HCM=79', 'Tp.HCM=79', 'TPHCM=79', 'TX. Sa Pa=088',
    ]);
  });

  test('each name of a list under one type word', () => {
    expect(brief('các huyện Bảo Thắng, Bảo Yên và Văn Bàn (Lào Cai)')).toEqual(['huyện Bảo Thắng=086', 'Bảo Yên=087', 'Văn Bàn=089', 'Lào Cai=10']);
    expect(brief('tại các xã: Tả Van, Bản Hồ, thị xã Sa Pa')).toEqual(['Tả Van=03040', 'Bản Hồ=03046', 'thị xã Sa Pa=088']);
  });

  test('a unit whose type changed is found by its level (Mộc Châu: huyện until 2025, then thị xã)', () => {
    expect(brief('huyện Mộc Châu')).toEqual(['huyện Mộc Châu=123']);
  });

  test('a province alone, a Party committee named by its unit', () => {
    expect(brief('Tỉnh ủy Lào Cai chỉ đạo; người dân Vĩnh Phúc; Huyện ủy Mộc Châu họp')).toEqual(['Lào Cai=10', 'Vĩnh Phúc=26', 'Mộc Châu=123']);
  });

  test('capitals and both tone-mark styles', () => {
    // normalization puts the marks in the traditional place (`--tone keep` would keep them; matching folds anyway)
    expect(brief('UBND TỈNH HOÀ BÌNH; tỉnh Hoà Bình; tỉnh Hòa Bình')).toEqual(['TỈNH HÒA BÌNH=17', 'tỉnh Hòa Bình=17', 'tỉnh Hòa Bình=17']);
    const text = 'tỉnh Hoà Bình, huyện Lạc Thuỷ';
    const kept = resolvePlaces(text, findPlaces(matchView(text, 'keep')), '2025-03', () => {});
    expect(kept.map((m) => `${m.text}=${m.code}`)).toEqual(['tỉnh Hoà Bình=17', 'huyện Lạc Thuỷ=159']);
  });

  test('every province named alone, as written and in capitals (the word hashes turn no name away)', () => {
    const provinces = [...MAP_2025_03.units, ...MAP_2025_07.units].filter((u) => u.level === 'province' && !['Hồ Chí Minh'].includes(u.bare));
    for (const u of provinces) {
      for (const written of [u.bare, u.bare.toUpperCase()]) {
        const found = findPlaces(matchView(normalizeText(`người dân ${written} cho biết`), 'traditional'));
        expect(found.map((f) => f.units.some((x) => x.bare === u.bare)), written).toEqual([true]);
      }
    }
  });

  test('numbered wards, with or without a leading zero', () => {
    expect(brief('phường 1, quận 3, TP. Hồ Chí Minh và Phường 01, Quận 3')).toEqual([
      'phường 1=27160', 'quận 3=770', 'TP. Hồ Chí Minh=79', 'Phường 01=27160', 'Quận 3=770',
    ]);
  });
});

describe('places: what does not count', () => {
  test('a type word without a name, lower-case words, regions', () => {
    expect(brief('các tỉnh, thành phố; UBND tỉnh; xã hội; hòa bình; Tây Nguyên; tỉnh Vân Nam của Trung Quốc')).toEqual([]);
  });

  test('a person named after a province, the President, a longer proper name', () => {
    expect(brief('Ông Nguyễn Thái Bình, đồng chí Lê Hòa Bình, tư tưởng Hồ Chí Minh, chiến thắng Điện Biên Phủ, Thái Bình Dương')).toEqual([]);
    expect(brief('Tỉnh Đoàn Quảng Ngãi, Cục Thuế Hà Nội')).toEqual(['Quảng Ngãi=51', 'Hà Nội=01']);
  });
});

describe('places: which unit', () => {
  test('a shared name settled by the parent written after it', () => {
    expect(brief('xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội')).toEqual(['xã Tân Lập=09820', 'huyện Đan Phượng=273', 'thành phố Hà Nội=01']);
  });

  test('else by the nearest province or district named before it', () => {
    expect(brief('Huyện Đan Phượng có nhiều mô hình hay. Tại xã Tân Lập, người dân...')).toEqual(['Huyện Đan Phượng=273', 'xã Tân Lập=09820']);
  });

  test('failing both: code null and an ambiguous-place warning with the count', () => {
    const { mentions, warnings } = places('Người dân xã Tân Lập phấn khởi.');
    expect(mentions).toMatchObject([{ text: 'xã Tân Lập', code: null, name: 'Xã Tân Lập', level: 'commune', map: '2025-03' }]);
    expect(warnings).toMatchObject([{ code: 'ambiguous-place', text: 'xã Tân Lập' }]);
    expect(warnings[0]!.message).toMatch(/fits \d+ units of the 2025-03 map/);
  });

  test('the map follows the date; a name of the other map only is taken from it', () => {
    expect(places('tỉnh Lào Cai', '2021-01-01').mentions[0]).toMatchObject({ map: '2025-03', code: '10', now: ['15'] });
    expect(places('tỉnh Lào Cai', '2025-07-01').mentions[0]).toMatchObject({ map: '2025-07', code: '15', now: ['15'] });
    expect(places('tỉnh Lào Cai', null).mentions[0]).toMatchObject({ map: '2025-07' });
    expect(places('tỉnh Yên Bái', '2025-08-01').mentions[0]).toMatchObject({ map: '2025-03', code: '15', now: ['15'] });
    expect(places('phường Hà Giang 1', '2021-01-01').mentions[0]).toMatchObject({ map: '2025-07', code: '00694', parents: ['08'] });
  });

  test('fields: official name, level, parents nearest first, now from merged_from', () => {
    expect(places('tỉnh Vĩnh Phúc, huyện Bình Xuyên').mentions).toMatchObject([
      { name: 'Tỉnh Vĩnh Phúc', level: 'province', code: '26', parents: [], now: ['25'] },
      { name: 'Huyện Bình Xuyên', level: 'district', code: '249', parents: ['26'], now: ['25'] },
    ]);
    expect(places('xã Tân Lập, huyện Đan Phượng').mentions[0]).toMatchObject({ parents: ['273', '01'], now: nowOf(MAP_2025_03.byCode.get('09820')!) });
    expect(nowOf(MAP_2025_03.byCode.get('09820')!).length).toBeGreaterThan(0);
  });
});

describe('places: the scan at the last word', () => {
  test('no gap and no spaces after the last token, whatever room the token arrays have past it', () => {
    const view = 'tại tỉnh Lào Cai  ';
    const t = tokenize(view);
    // the offsets cut to the tokens (no spare slot past the last, as when the arrays filled up), and with spare room
    const tight = { count: t.count, starts: t.starts.slice(0, t.count), ends: t.ends.slice(0, t.count) };
    for (const tokens of [tight, t]) {
      const scan = new PlaceScan(view, tokens, gazetteerIndex());
      const last = tokens.count - 1;
      expect(scan.wordAt(last)).toBe('Cai');
      expect(scan.gap(last)).toBe('');
      expect(scan.spacesAfter(last)).toBe(false);
      expect(scan.gap(last - 1)).toBe(' ');
      expect(scan.spacesAfter(last - 1)).toBe(true);
    }
  });
});

describe('places: the scan turns words away early only where no place can start', () => {
  test('every token of every fixture text: mayStandAlone and mayStartPlace turn away only words no place starts with', () => {
    const fixtures = path.join(import.meta.dirname, '../../fixtures');
    const views = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .map((f) => matchView(normalizeText(readFileSync(path.join(fixtures, f), 'utf8')), 'traditional'));
    const index = gazetteerIndex();
    let numbers = 0;
    let firsts = 0;
    let skipped = 0;
    let starting = 0;
    for (const view of views) {
      const scan = new PlaceScan(view, tokenize(view), index);
      for (let j = 0; j < scan.count; j++) {
        const first = index.aloneFirsts.has(scan.keyAt(j)!);
        if (first) firsts++;
        if (/^\d/.test(scan.wordAt(j))) numbers++;
        const where = `${scan.wordAt(j)} in ${view.slice(scan.starts[j]! - 20, scan.ends[j]! + 20)}`;
        if (!scan.mayStandAlone(j)) expect(first, where).toBe(false);
        // a token the scan skips starts no type word and no name standing alone
        if (!scan.mayStartPlace(j)) {
          skipped++;
          expect(scan.placeWordAt(j), where).toBeNull();
          expect(scan.nameAt(j, null), where).toBeNull();
        } else if (scan.placeWordAt(j) || scan.nameAt(j, null)) starting++;
      }
    }
    // numbers (turned away first) and the first words of province names (kept) are both there: the check is not vacuous
    expect(numbers).toBeGreaterThan(1000);
    expect(firsts).toBeGreaterThan(100);
    // most tokens are skipped, and places still start among the others
    expect(skipped).toBeGreaterThan(10_000);
    expect(starting).toBeGreaterThan(100);
  });
});
