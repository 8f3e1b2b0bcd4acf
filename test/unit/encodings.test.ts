/** The legacy Vietnamese encodings: tables, round trips, detection. */
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { TCVN3_LETTERS, VNI_LETTERS } from '../../src/lexicon/legacy-encodings.js';
import { decodeCp1258, encodeCp1258 } from '../../src/io/encodings/cp1258.js';
import { damage, decodeLegacy, detectLegacy, signatures } from '../../src/io/encodings/detect.js';
import { decodeAs } from '../../src/io/encodings/decode-as.js';
import { canonicalEncoding } from '../../src/io/encodings/names.js';
import { repairMojibake } from '../../src/io/encodings/repair.js';
import { cp1252Chars, TCVN3, VIETNAMESE_LETTERS, VNI } from '../../src/io/encodings/tables.js';

const SEEDS = 'fixtures/seeds';
const seeds = readdirSync(SEEDS).map((f) => [f, readFileSync(`${SEEDS}/${f}`, 'utf8')] as const);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const latin = (s: string): Uint8Array => iconv.encode(s, 'windows1252');

// Every Vietnamese letter beyond ASCII: 67 lowercase, and their capitals.
const LOWER = [...'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'];
const ALPHABET = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];

describe('tables', () => {
  test('each table has all 134 Vietnamese letters beyond ASCII, and no two letters share bytes', () => {
    expect(new Set(ALPHABET).size).toBe(134);
    for (const table of [TCVN3_LETTERS, VNI_LETTERS]) {
      expect(Object.keys(table).sort()).toEqual([...ALPHABET].sort());
      const seen = new Map<string, string>();
      for (const [letter, b] of Object.entries(table)) {
        const key = b.join(',');
        expect(seen.get(key), `${letter} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, letter);
      }
    }
    expect([...VIETNAMESE_LETTERS].sort()).toEqual([...ALPHABET].sort());
  });

  test('TCVN3 lowercase codes agree with iconv-lite’s independent `tcvn` table (TCVN 5712 VN1)', () => {
    for (const [letter, b] of Object.entries(TCVN3_LETTERS)) {
      if (letter !== letter.toLowerCase() || b.length !== 1) continue;
      expect(iconv.decode(Buffer.from(b), 'tcvn'), letter).toBe(letter);
    }
  });

  test('VNI capitals are the lowercase bytes shifted by 0x20', () => {
    for (const [letter, b] of Object.entries(VNI_LETTERS)) {
      if (letter === letter.toUpperCase()) continue;
      const upper = VNI_LETTERS[letter.toUpperCase()]!;
      expect(upper, letter).toEqual(b.map((x) => (x >= 0x61 ? x - 0x20 : x)));
    }
  });

  test('Windows-1252 reads smart quotes and dashes (Node 20 TextDecoder would not)', () => {
    expect(cp1252Chars()[0x93]).toBe('“');
    expect(cp1252Chars()[0x96]).toBe('–');
    expect(cp1252Chars()[0x81]).toBe('\u0081');
  });
});

describe('decoding known samples (DOMAIN.md §6)', () => {
  test.each([
    ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['M\u00adêng Kh\u00ad¬ng', 'Mường Khương'],
    ['Aµ Nẵng'.replace('Nẵng', 'N½ng'), 'À Nẵng'],
    ['§¶ng céng s¶n ViÖt Nam', 'Đảng cộng sản Việt Nam'],
    ['UBND tØnh VÜnh Phóc', 'UBND tỉnh Vĩnh Phúc'],
  ])('TCVN3 %s', (legacy, unicode) => {
    expect(TCVN3.decode(latin(legacy))).toBe(unicode);
    expect(TCVN3.encode(unicode)).toEqual(new Uint8Array(latin(legacy)));
  });

  test('TCVN3 ư is 0xAD, the byte Latin-1 calls a soft hyphen', () => {
    expect(TCVN3.decode(bytes(0x6e, 0x67, 0xad, 0xea, 0x69))).toBe('người');
  });

  test.each([
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['Vieät Nam', 'Việt Nam'],
    ['ÑAÛNG COÄNG SAÛN', 'ĐẢNG CỘNG SẢN'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['ngöôøi lôùn', 'người lớn'],
  ])('VNI %s', (legacy, unicode) => {
    expect(VNI.decode(latin(legacy))).toBe(unicode);
    expect(VNI.encode(unicode)).toEqual(new Uint8Array(latin(legacy)));
  });

  test('Windows-1258 composes its combining tones to NFC', () => {
    const encoded = encodeCp1258('Việt Nam, hòa bình, Thủy')!;
    expect([...encoded]).toContain(0xf2); // the dot below, a byte of its own
    expect(decodeCp1258(encoded)).toBe('Việt Nam, hòa bình, Thủy');
  });
});

describe('round trips', () => {
  test('every letter, in every case, through each encoding', () => {
    const text = ALPHABET.map((c) => `x${c}x ${c}`).join(' ');
    expect(TCVN3.decode(TCVN3.encode(text)!)).toBe(text);
    expect(VNI.decode(VNI.encode(text)!)).toBe(text);
    expect(decodeCp1258(encodeCp1258(text)!)).toBe(text);
  });

  test.each(seeds)('seed %s through TCVN3, VNI and Windows-1258, detected without a hint', (_, text) => {
    for (const [name, encoded] of [
      ['tcvn3', TCVN3.encode(text)],
      ['vni-windows', VNI.encode(text)],
      ['windows-1258', encodeCp1258(text)],
    ] as const) {
      expect(encoded, name).not.toBeNull();
      const found = detectLegacy(encoded!);
      expect(found?.encoding, name).toBe(name);
      expect(found?.confident, `${name}: ${found?.reason}`).toBe(true);
      expect(found?.text === text, name).toBe(true);
    }
  });

  test('a character the encoding cannot hold makes encode return null', () => {
    expect(TCVN3.encode('→')).toBeNull();
    expect(VNI.encode('ñ')).toBeNull(); // 0xF1 is the VNI byte of đ: a Spanish ñ cannot be written
    expect(encodeCp1258('ẞ')).toBeNull();
  });
});

describe('detection', () => {
  test('signatures: each encoding has its own', () => {
    const text = 'Ủy ban nhân dân tỉnh Vĩnh Phúc báo cáo kết quả đợt kiểm tra người lao động';
    const t = signatures(TCVN3.encode(text)!);
    const v = signatures(VNI.encode(text)!);
    const w = signatures(encodeCp1258(text)!);
    expect(t.tcvn3).toBeGreaterThan(t['vni-windows']);
    expect(v['vni-windows']).toBeGreaterThan(v.tcvn3 + v['windows-1258']);
    expect(w['windows-1258']).toBeGreaterThan(w.tcvn3 + w['vni-windows']);
  });

  test('damage counts what Vietnamese never has', () => {
    expect(damage('Uỷ ban nhân dân, người lớn, Việt Nam').bad).toBe(0);
    expect(damage('Uû ban nh©n d©n').bad).toBeGreaterThan(0);
    expect(damage('viêịt').bad).toBe(1); // two marked vowels in a word
  });

  test('bytes with no Vietnamese signature are not guessed', () => {
    expect(detectLegacy(Buffer.concat([Buffer.from('Có 12 người '), bytes(0xff, 0xfe, 0xc3, 0x28), Buffer.from(' ở đây')]))).toBeNull();
    expect(detectLegacy(latin('Größe: 12 Äpfel für Müller, Señor José'))).toBeNull();
  });

  test('a short, ambiguous input is read but not confidently', () => {
    const found = detectLegacy(Buffer.concat([TCVN3.encode('Uỷ ban nhân dân tỉnh')!, latin(' – Größe ß Müller')]));
    expect(found).not.toBeNull();
    expect(found!.confident).toBe(false);
  });

  test('decodeLegacy and decodeAs agree', () => {
    const b = TCVN3.encode('Hà Nội')!;
    expect(decodeLegacy(b, 'tcvn3')).toBe('Hà Nội');
    expect(decodeAs(b, 'tcvn3')).toEqual({ text: 'Hà Nội', replaced: 0 });
  });
});

describe('names', () => {
  test.each([
    ['UTF8', 'utf-8'],
    ['cp1258', 'windows-1258'],
    ['ABC', 'tcvn3'],
    ['VNI', 'vni-windows'],
    ['viscii', 'viscii'],
    ['klingon', null],
  ])('%s → %s', (name, canonical) => expect(canonicalEncoding(name)).toBe(canonical));

  test('VISCII through iconv-lite', () => {
    expect(decodeAs(iconv.encode('Việt Nam', 'viscii'), 'viscii').text).toBe('Việt Nam');
  });
});

describe('mojibake repair', () => {
  test.each(seeds.slice(0, 2))('seed %s, TCVN3 and VNI pasted in as Windows-1252', (_, text) => {
    for (const [name, encoded] of [
      ['tcvn3', TCVN3.encode(text)!],
      ['vni-windows', VNI.encode(text)!],
    ] as const) {
      const pasted = [...encoded].map((b) => cp1252Chars()[b]).join('');
      const repaired = repairMojibake(pasted);
      expect(repaired?.encoding).toBe(name);
      expect(repaired?.text === text).toBe(true);
    }
  });

  test('real Unicode Vietnamese, English and French are left alone', () => {
    for (const [, text] of seeds) expect(repairMojibake(text)).toBeNull();
    expect(repairMojibake('A plain English report with 12 numbers.')).toBeNull();
    expect(repairMojibake('Le café où l’élève a étudié à Hà Nội — déjà vu, très répété, où, là, été.')).toBeNull();
  });
});
