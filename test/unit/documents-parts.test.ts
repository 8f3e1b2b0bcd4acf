import { describe, expect, test } from 'vitest';
import { readParts } from '../../src/extractors/documents/parts.js';

const part = (article: string | null, clause: string | null = null, point: string | null = null, chapter: string | null = null) => ({ chapter, article, clause, point });
/** The parts written before the last word of `s` (the reference stands there). */
const before = (s: string) => readParts(s, s.lastIndexOf(' ') + 1);

describe('readParts', () => {
  test.each([
    ['điểm a, b khoản 1 Điều 25 Luật', [part('25', '1', 'a'), part('25', '1', 'b')]],
    ['điểm a, điểm b và điểm c khoản 2 Điều 3 của Nghị', [part('3', '2', 'a'), part('3', '2', 'b'), part('3', '2', 'c')]],
    ['khoản 1, 2 Điều 5 Nghị', [part('5', '1'), part('5', '2')]],
    ['Điều 12a Luật', [part('12a')]],
    ['Chương II Thông', [part(null, null, null, 'II')]],
    ['Điều 10 Mục 2 Chương III Nghị', [part('10', null, null, 'III')]],
    ['theo Điều 5 Nghị', [part('5')]],
    ['Điều 5, khoản 1 Luật', [part(null, '1')]], // the chain ends at a comma: levels only grow to the left
    ['khoản 1 Khoản 2 Luật', [part(null, '2')]], // the same level twice ends the chain
  ])('%s', (s, parts) => {
    expect(before(s)).toEqual(parts);
  });

  test.each([
    'Điều 1. Ban hành kèm theo Quyết', // a heading's article, not a cited one
    'Mục 2 Nghị', // a section alone has no field
    'cả 25 Luật',
    'Luật',
  ])('none: %s', (s) => {
    expect(before(s)).toEqual([]);
  });
});
