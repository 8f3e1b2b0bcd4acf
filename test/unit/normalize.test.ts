import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { asciiFold, matchView, normalizeText, placeTones, removeZeroWidth, toNfc, unifyCharacters } from '../../src/core/normalize.js';

describe('toNfc', () => {
  test('NFD input becomes precomposed', () => {
    const nfd = 'hòa thủy'.normalize('NFD');
    expect(nfd.length).toBe(10);
    expect(toNfc(nfd)).toBe('hòa thủy');
    expect(toNfc(nfd).length).toBe(8);
  });
});

describe('placeTones', () => {
  test.each([
    ['hoà', 'hòa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['tuỳ', 'tùy'],
    ['cấp uỷ', 'cấp ủy'],
  ])('traditional: %s → %s', (modern, traditional) => {
    expect(placeTones(modern, 'traditional')).toBe(traditional);
    expect(placeTones(traditional, 'modern')).toBe(modern);
  });

  test.each(['hoàn thành', 'hoạt động', 'ngoài', 'khuya', 'quý', 'Quý I', 'quỷ', 'huỳnh', 'toàn', 'thuyết'])(
    'leaves %s alone in both styles',
    (word) => {
      expect(placeTones(word, 'traditional')).toBe(word);
      expect(placeTones(word, 'modern')).toBe(word);
    },
  );

  test('keep changes nothing', () => {
    expect(placeTones('hoà hòa', 'keep')).toBe('hoà hòa');
  });

  test('keeps length on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'hoàáảãạeèéẻẽẹuyỳýỷỹỵ qUỶOÀ .,'.split('')) }), (s) => {
        expect(placeTones(s, 'traditional').length).toBe(s.length);
        expect(placeTones(s, 'modern').length).toBe(s.length);
      }),
    );
  });

  test('a long text is placed as its words are, one by one (the pair scan resumes where it should)', () => {
    // a pair's rules look at the letter before it and after it, never past a space: placing the words apart is the
    // same as placing the text, which checks where the scan for the next pair goes on after a pair, placed or not
    const word = fc.string({ unit: fc.constantFrom(...'hoàáảãạeèéẻẽẹuyỳýỷỹỵqQUỶOÀÓEÉ.,-'.split('')), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.constantFrom<'traditional' | 'modern'>('traditional', 'modern'), (words, style) => {
        expect(placeTones(words.join(' '), style)).toBe(words.map((w) => placeTones(w, style)).join(' '));
      }),
      { numRuns: 2000 },
    );
  });

  test('modern then traditional is traditional (idempotent round trip)', () => {
    fc.assert(
      fc.property(fc.constantFrom('hòa', 'khỏe', 'thủy', 'Ủy ban', 'Thanh Hóa', 'hoàn', 'quý'), (w) => {
        expect(placeTones(placeTones(w, 'modern'), 'traditional')).toBe(w);
      }),
    );
  });
});

describe('unifyCharacters', () => {
  test('odd spaces, dashes, quotes, eth look-alike', () => {
    expect(unifyCharacters('a\u00A0b\u2009c')).toBe('a b c');
    expect(unifyCharacters('2021\u20132025 \u2014 x\u2212y')).toBe('2021-2025 - x-y');
    expect(unifyCharacters('\u00ABDân vận khéo\u00BB')).toBe('“Dân vận khéo”');
    expect(unifyCharacters('89/2015/N\u00D0-CP')).toBe('89/2015/NĐ-CP');
  });
  test('keeps length', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unifyCharacters(s).length).toBe(s.length);
      }),
    );
  });
});

describe('removeZeroWidth', () => {
  test('drops ZWSP, ZWJ, BOM, soft hyphen', () => {
    expect(removeZeroWidth('Đ\u200Bả\u200Dng\uFEFF vi\u00ADên')).toBe('Đảng viên');
  });
});

describe('normalizeText', () => {
  test('NFC input without zero-width characters keeps its length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặỳýỷỹỵ \u00A0\u2013“”0123456789.,/-'.split('')) }), (s) => {
        const nfc = s.normalize('NFC');
        expect(normalizeText(nfc).length).toBe(nfc.length);
      }),
    );
  });
  test('NFD and NFC give the same text', () => {
    const s = 'Ủy ban nhân dân tỉnh Vĩnh Long; Thanh Hoá, khoẻ';
    expect(normalizeText(s.normalize('NFD'))).toBe(normalizeText(s));
  });
  test('match view folds tone placement but keeps length', () => {
    const modern = normalizeText('Uỷ ban nhân dân tỉnh Khánh Hoà', { tone: 'modern' });
    expect(modern).toBe('Uỷ ban nhân dân tỉnh Khánh Hoà');
    const view = matchView(modern, 'modern');
    expect(view).toBe('Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(view.length).toBe(modern.length);
  });
});

describe('asciiFold', () => {
  test.each([
    ['Vĩnh Phúc', 'vinh phuc'],
    ['Đảng Cộng sản Việt Nam', 'dang cong san viet nam'],
    ['  Thừa   Thiên Huế ', 'thua thien hue'],
    ['ĐẮK LẮK', 'dak lak'],
  ])('%s → %s', (a, b) => expect(asciiFold(a)).toBe(b));
});

describe('normalizeText, the string it returns', () => {
  // Every rule reads the normalized text at every character; a string grown with `+=` is a rope of its pieces (V8's
  // cons string), read through one more indirection each time (issue 14: 4.4% of all instructions). Whether a string
  // is a rope shows only to V8's own %DebugPrint, so the built module runs in a child process that prints it. The
  // first string printed is a rope on purpose: the check reads V8's type names as they are.
  test('is flat after characters are unified and tones are placed', () => {
    if (!existsSync('dist/core/normalize.js')) execFileSync('npm', ['run', '-s', 'build']);
    const script = [
      "const { normalizeText } = await import('./dist/core/normalize.js');",
      "let rope = ''; for (const piece of ['Uỷ ban', '\\u00a0nhân dân', ' tỉnh Khánh Hoà']) rope += piece;",
      '%DebugPrint(rope);',
      "const unified = normalizeText(rope, { tone: 'keep' });",
      "const placed = normalizeText(rope, { tone: 'traditional' });",
      "if (unified !== 'Uỷ ban nhân dân tỉnh Khánh Hoà' || placed !== 'Ủy ban nhân dân tỉnh Khánh Hòa') throw new Error('normalized otherwise');",
      '%DebugPrint(unified);',
      '%DebugPrint(placed);',
    ].join('\n');
    const printed = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const types = [...printed.matchAll(/^ - type: (\w+)$/gm)].map((m) => m[1]);
    expect(types).toEqual(['CONS_STRING_TYPE', 'STRING_TYPE', 'STRING_TYPE']);
  });
});
