/** Bytes → text: marks, UTF-16, legacy detection, --encoding, HTML charsets, repairs and errors. */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeBytes, declaredCharset, firstInvalidUtf8, sniffUtf16 } from '../../src/io/decode.js';
import { encodeCp1258 } from '../../src/io/encodings/cp1258.js';
import { cp1252Chars, TCVN3, VNI } from '../../src/io/encodings/tables.js';
import { InputError } from '../../src/io/errors.js';

const TEXT = 'Ủy ban nhân dân tỉnh Vĩnh Long ban hành Quyết định số 06/2024/QĐ-UBND ngày 12/3/2024 về hỗ trợ 1.370 người lao động.';
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const fails = (f: () => unknown): InputError => {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('did not throw');
};

describe('Unicode', () => {
  test('UTF-8, with and without a byte-order mark', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', warnings: [] });
    expect(decodeBytes(utf8(`\uFEFF${TEXT}`))).toEqual({ text: TEXT, encoding: 'utf-8-bom', warnings: [] });
  });

  test('UTF-16 LE and BE with a mark', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))).toMatchObject({ text: TEXT, encoding: 'utf-16le', warnings: [] });
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16be', { addBOM: true }))).toMatchObject({ text: TEXT, encoding: 'utf-16be', warnings: [] });
  });

  test('UTF-16 without a mark is read from its NUL bytes, with a warning', () => {
    const le = iconv.encode(TEXT, 'utf-16le');
    expect(sniffUtf16(le)).toBe('utf-16le');
    const d = decodeBytes(le);
    expect(d).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(d.warnings.map((w) => w.code)).toEqual(['encoding-uncertain']);
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16be')).encoding).toBe('utf-16be');
  });

  test('UTF-8 after a mark must be valid', () => {
    const e = fails(() => decodeBytes(Buffer.concat([utf8('\uFEFFabc '), Buffer.from([0xb5, 0x41])])));
    expect(e.code).toBe('invalid-encoding');
  });
});

describe('legacy encodings, detected', () => {
  test.each([
    ['tcvn3', TCVN3.encode(TEXT)!],
    ['vni-windows', VNI.encode(TEXT)!],
    ['windows-1258', encodeCp1258(TEXT)!],
  ])('%s', (encoding, bytes) => {
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding, warnings: [] });
  });

  test('a guess is flagged encoding-uncertain', () => {
    const bytes = Buffer.concat([TCVN3.encode('Uỷ ban nhân dân tỉnh')!, Buffer.from(' - Größe ß Müller', 'latin1')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('tcvn3');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ code: 'encoding-uncertain', start: 0, end: 0, text: '' });
    expect(d.warnings[0]!.message).toContain('--encoding');
  });

  test('invalid UTF-8 that is no Vietnamese encoding stays a one-line error', () => {
    const e = fails(() => decodeBytes(Buffer.concat([utf8('Có 12 người '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), utf8(' ở đây')])));
    expect(e.code).toBe('invalid-encoding');
    expect(e.message).toMatch(/^not valid UTF-8 \(byte 0xff at offset \d+\)/);
    expect(e.message).not.toContain('\n');
    expect(fails(() => decodeBytes(Buffer.from('Größe: 12 Äpfel für Müller, Señor José', 'latin1'))).code).toBe('invalid-encoding');
  });

  test('the invalid-UTF-8 offset names the bad byte itself, not the one after', () => {
    const head = utf8('Có 12 người ');
    // a lead byte without its continuation: the offset is the lead byte's
    const lead = fails(() => decodeBytes(Buffer.concat([head, Buffer.from([0xc3, 0x28]), utf8(' ở đây Größe')])));
    expect(lead.message).toContain(`(byte 0xc3 at offset ${head.length})`);
    expect(firstInvalidUtf8(Buffer.concat([head, Buffer.from([0xff])]))).toBe(head.length);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x80]))).toBe(1); // stray continuation
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe0, 0x80, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe1, 0x80]))).toBe(1); // truncated at the end
    expect(firstInvalidUtf8(utf8('Ủy ban 😀'))).toBe(utf8('Ủy ban 😀').length); // valid: the length
  });

  test('binary and empty inputs', () => {
    expect(fails(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).code).toBe('binary');
    expect(fails(() => decodeBytes(new Uint8Array())).code).toBe('empty');
    expect(fails(() => decodeBytes(utf8(' \n\t'))).code).toBe('empty');
  });
});

describe('--encoding overrides detection', () => {
  test('a legacy name decodes without guessing', () => {
    expect(decodeBytes(TCVN3.encode(TEXT)!, { encoding: 'ABC' })).toEqual({ text: TEXT, encoding: 'tcvn3', warnings: [] });
    expect(decodeBytes(VNI.encode(TEXT)!, { encoding: 'vni' }).text).toBe(TEXT);
  });

  test('a wrong name is obeyed: what it says is what you get', () => {
    expect(decodeBytes(utf8(TEXT), { encoding: 'windows-1252' }).text).not.toBe(TEXT);
  });

  test('forced UTF-8 replaces bad bytes, and says how many', () => {
    const d = decodeBytes(Buffer.concat([utf8('Có 12 người '), Buffer.from([0xff]), utf8(' ở đây')]), { encoding: 'utf-8' });
    expect(d.text).toBe('Có 12 người \uFFFD ở đây');
    expect(d.warnings).toMatchObject([{ code: 'encoding-repaired' }]);
  });

  test('VISCII and other charsets through iconv-lite', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'viscii'), { encoding: 'viscii' }).text).toBe(TEXT);
  });

  test('an unknown name is an error', () => {
    expect(fails(() => decodeBytes(utf8(TEXT), { encoding: 'klingon' })).message).toContain('unknown encoding');
  });
});

describe('HTML charsets', () => {
  const page = (charset: string, body: Uint8Array): Uint8Array =>
    Buffer.concat([Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>x</title></head><body><p>`), body, Buffer.from('</p></body></html>')]);

  test('the declared charset is found', () => {
    expect(declaredCharset(page('windows-1258', new Uint8Array()))).toBe('windows-1258');
    expect(declaredCharset(Buffer.from('<meta charset="UTF-8">'))).toBe('utf-8');
    expect(declaredCharset(Buffer.from('<p>no meta</p>'))).toBeNull();
  });

  test('a declared Vietnamese charset is used when the bytes are not UTF-8', () => {
    expect(decodeBytes(page('windows-1258', encodeCp1258(TEXT)!), { html: true }).encoding).toBe('windows-1258');
  });

  test('a page that declares ISO-8859-1 but carries .VnTime text is read as TCVN3', () => {
    const d = decodeBytes(page('iso-8859-1', TCVN3.encode(TEXT)!), { html: true });
    expect(d.encoding).toBe('tcvn3');
    expect(d.text).toContain(TEXT);
  });

  test('valid UTF-8 wins over a stale declaration left by the scraper', () => {
    expect(decodeBytes(page('windows-1258', utf8(TEXT)), { html: true })).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('mojibake: legacy text saved as UTF-8', () => {
  test('TCVN3 pasted as Windows-1252 is repaired, with encoding-repaired', () => {
    const pasted = [...TCVN3.encode(TEXT)!].map((b) => cp1252Chars()[b]).join('');
    const d = decodeBytes(utf8(pasted));
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toBe('utf-8+tcvn3');
    expect(d.warnings.map((w) => w.code)).toEqual(['encoding-repaired']);
  });

  test('VNI pasted as Windows-1252 is repaired', () => {
    const pasted = [...VNI.encode(TEXT)!].map((b) => cp1252Chars()[b]).join('');
    expect(decodeBytes(utf8(pasted))).toMatchObject({ text: TEXT, encoding: 'utf-8+vni-windows' });
  });
});

describe('control characters, over the whole input', () => {
  const page = 'Ngày 5/3/2021, Ủy ban nhân dân tỉnh họp.\n'.repeat(400); // about 17 KB, past the first 8 KiB

  test('a NUL byte anywhere makes the input binary, naming its offset', () => {
    const bytes = Buffer.concat([Buffer.from(page), Buffer.alloc(3), Buffer.from(page)]);
    expect(() => decodeBytes(bytes)).toThrow(/binary data, not text \(a NUL byte at offset \d+\)/);
    expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ code: 'binary' }));
  });

  test('a NUL character in a decoded text (UTF-16, a forced encoding) is binary too', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${page}\u0000${page}`, 'utf16le')]);
    expect(() => decodeBytes(utf16)).toThrow(expect.objectContaining({ code: 'binary' }));
    expect(() => decodeBytes(Buffer.from(`${page}\u0000`), { encoding: 'utf-8' })).toThrow(expect.objectContaining({ code: 'binary' }));
  });

  test('a few stray control characters are removed, with one warning naming their count', () => {
    const d = decodeBytes(Buffer.from(`${page}\u0007\u001b[31m${page}\u007f`));
    expect(d.text).toBe(`${page}[31m${page}`);
    expect(d.warnings).toEqual([
      expect.objectContaining({ code: 'control-characters', message: expect.stringMatching(/^3 control character\(s\) removed/) }),
    ]);
  });

  test('tab, line feed, form feed and carriage return are text', () => {
    expect(decodeBytes(Buffer.from('a\tb\r\nc\fd')).warnings).toEqual([]);
  });

  test('control characters in more than a tenth of the text make it binary', () => {
    expect(() => decodeBytes(Buffer.from('ab\u0001\u0002cd\u0003'.repeat(50)))).toThrow(expect.objectContaining({ code: 'binary' }));
  });
});
