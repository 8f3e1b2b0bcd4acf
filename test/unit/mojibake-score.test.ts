import { describe, expect, test } from 'vitest';
import { isSuspect, mojibakeScore } from '../../src/io/encodings/suspect.js';

/** The score as the definition reads: each code point of the text, non-ASCII counted, suspect ones by isSuspect. */
function reference(text: string): { count: number; nonAscii: number; examples: string[] } {
  let count = 0;
  let nonAscii = 0;
  const examples: string[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (!isSuspect(ch)) continue;
    count++;
    if (examples.length < 3 && !examples.includes(ch)) examples.push(ch);
  }
  return { count, nonAscii, examples };
}

describe('mojibakeScore (table-driven) agrees with isSuspect over code points', () => {
  test('every BMP code point, one at a time', () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      const got = mojibakeScore(ch);
      const want = reference(ch);
      if (got.count !== want.count || got.nonAscii !== want.nonAscii) expect([cp.toString(16), got.count, got.nonAscii]).toEqual([cp.toString(16), want.count, want.nonAscii]);
    }
  });

  test('mixed texts: Vietnamese, NFD marks, mojibake, surrogate pairs and lone surrogates', () => {
    const texts = [
      'Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành Quyết định số 12/2021/QĐ-UBND',
      'Ủy ban nha\u0302n da\u0302n'.normalize('NFD'),
      'á»¦y ban nhÃ¢n dÃ¢n tá»‰nh Thá»«a ThiÃªn Huáº¿ Ä‘Æ°á»£c \uFFFD\u0085',
      'emoji 😀 và 𠀀 chữ Nôm; a lone \uD800 high, a lone \uDC00 low, and one at the end \uD83D',
      'Ông Vladimir Putin (Владимир Путин) và 习近平 — “hợp tác” • 25°C, 100 m² … €',
    ];
    for (const text of texts) {
      const got = mojibakeScore(text);
      const want = reference(text);
      expect({ count: got.count, nonAscii: got.nonAscii, examples: got.examples }).toEqual(want);
    }
    expect(mojibakeScore(texts[2]!).suspect).toBe(true);
    expect(mojibakeScore(texts[0]!).suspect).toBe(false);
  });
});
