import { describe, expect, test } from 'vitest';
import { tokensOf, trimmedLines } from '../../src/patterns/text.js';

describe('trimmedLines', () => {
  test('non-blank lines, trimmed, with the offsets of what is left', () => {
    const text = '  Tiêu đề \n\n   \nDòng hai\n';
    const lines = trimmedLines(text);
    expect(lines.map((l) => l.text)).toEqual(['Tiêu đề', 'Dòng hai']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  test('no line at all in an empty or blank text', () => {
    expect(trimmedLines('')).toEqual([]);
    expect(trimmedLines(' \n \n')).toEqual([]);
  });
});

describe('tokensOf', () => {
  const isAlnum = (c: string): boolean => c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9');

  test('runs of word characters, white space between, any other character alone', () => {
    const s = 'điểm a, b\tkhoản 1\r\nĐiều 25a (x)';
    const tokens = tokensOf(s, isAlnum);
    expect(tokens.map((t) => t.text)).toEqual(['điểm', 'a', ',', 'b', 'khoản', '1', 'Điều', '25a', '(', 'x', ')']);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  test('what counts as a word is the caller’s: words between spaces keep their commas', () => {
    expect(tokensOf('  huyện, thị xã ', (c) => c !== ' ').map((t) => [t.text, t.end])).toEqual([
      ['huyện,', 8],
      ['thị', 12],
      ['xã', 15],
    ]);
  });
});
