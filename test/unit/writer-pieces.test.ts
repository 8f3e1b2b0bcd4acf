/**
 * A record of many mentions is written in pieces on the main thread (issue 14: a whole gazette's JSON was one string
 * beside its record, ~300 MB more at the end of a 64 MB document). Checked here: every writer's pieces join to its
 * item, byte for byte, on every fixture record and on one of several thousand mentions; `jsonPieces` is
 * `JSON.stringify` on random values, with the values JSON.stringify leaves out or writes as null; the chunks written
 * join to the pieces; the main thread takes the pieces from `PIECES_FROM_MENTIONS` mentions on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { PIECES_FROM_MENTIONS, chunksOf, serializeHere } from '../../src/cli/records.js';
import { jsonPieces } from '../../src/writers/json-pieces.js';
import { WRITERS, type Writer } from '../../src/writers/index.js';
import type { DocResult } from '../../src/types.js';
import { pick, random } from '../helpers/random.js';

const fixtures = path.join(import.meta.dirname, '../../fixtures');
const texts = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(fixtures, f), 'utf8'));

const writers = (): [string, Writer][] => [
  ['jsonl', WRITERS.jsonl()],
  ['json, one input', WRITERS.json({ single: true, bom: false })],
  ['json, several', WRITERS.json({ single: false, bom: false })],
  ['csv', WRITERS.csv({ single: false, bom: false })],
  ['csv, raw cells', WRITERS.csv({ single: false, bom: false, rawCells: true })],
];

const mentionsOf = (r: DocResult): number => Object.values(r).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

/** The seeds and texts one after the other, often enough for a record far over the pieces' threshold. */
function bigRecord(): DocResult {
  const text = Array.from({ length: 12 }, () => texts.join('\n\n')).join('\n\n');
  return extract({ text, path: 'big.txt' });
}

describe('a record in pieces', () => {
  test('every writer: the pieces join to the item, on every fixture record, failed ones, and with explain', () => {
    const failed = extract({ text: '   ', path: 'empty.txt' });
    const records = [...texts.flatMap((text) => [extract({ text, path: '=doc.txt' }), extract({ text, path: 'doc.txt' }, { explain: true })]), failed];
    expect(records.length).toBeGreaterThan(100);
    for (const [, writer] of writers()) for (const r of records) expect([...writer.pieces(r)].join('')).toBe(writer.item(r));
  });

  test('a record of thousands of mentions: the same text, in many pieces', () => {
    const record = bigRecord();
    expect(mentionsOf(record)).toBeGreaterThan(PIECES_FROM_MENTIONS);
    for (const [name, writer] of writers()) {
      const pieces = [...writer.pieces(record)];
      // the CSV in pieces of rows (more than one), the JSON a mention at a time
      expect(pieces.length, name).toBeGreaterThan(name.startsWith('csv') ? 1 : PIECES_FROM_MENTIONS);
      expect(pieces.join(''), name).toBe(writer.item(record));
    }
  });

  test('jsonPieces is JSON.stringify on random values', () => {
    const next = random(14);
    const strings = ['', 'a', 'Lào Cai', 'dòng\nmới', 'tab\there', '"quoted"', '\\', '\u2028', '😀', '\ud800'];
    const keys = ['a', 'text', 'the key', '"k"', 'ngày', '0', '__proto__x', ''];
    const leaf = (): unknown =>
      pick(next, [
        () => pick(next, strings),
        () => Math.floor(next() * 2000) - 1000,
        () => next() * 10,
        () => -0,
        () => Number.NaN,
        () => next() < 0.5,
        () => null,
        () => undefined,
        () => () => 1,
        () => Symbol('s'),
        () => new Date(Date.UTC(2025, 6, 1)),
        () => ({ toJSON: () => 'as JSON' }),
        () => Object.assign(Object.create(null) as object, { bare: 1 }),
        () => 12n,
      ])();
    const value = (depth: number): unknown => {
      const r = next();
      if (depth > 3 || r < 0.4) return leaf();
      if (r < 0.7) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      const o: Record<string, unknown> = {};
      for (let k = Math.floor(next() * 5); k > 0; k--) o[pick(next, keys)] = value(depth + 1);
      return o;
    };
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const record: Record<string, unknown> = {};
      for (let k = Math.floor(next() * 6); k > 0; k--) record[pick(next, keys)] = next() < 0.5 ? Array.from({ length: Math.floor(next() * 5) }, () => value(1)) : value(1);
      for (const space of [0, 2, 4]) {
        for (const indent of ['', '  ']) {
          let expected: string;
          try {
            const text = JSON.stringify(record, null, space);
            expected = space === 0 ? text : text.replaceAll('\n', `\n${indent}`);
          } catch (err) {
            // a BigInt: JSON.stringify throws, and so must the pieces
            expect(() => [...jsonPieces(record, space, indent)].join('')).toThrow((err as Error).constructor as ErrorConstructor);
            continue;
          }
          expect([...jsonPieces(record, space, indent)].join('')).toBe(expected);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  test('jsonPieces leaves to JSON.stringify what it does not take apart: toJSON, boxed values, other prototypes, arrays at the top', () => {
    class Mentions extends Array<number> {}
    const withToJson = Object.assign([1, 2], { toJSON: () => 'two' });
    const values: object[] = [
      new Date(Date.UTC(2025, 6, 1)),
      { toJSON: () => ({ replaced: [1, 2] }) },
      [1, { a: [2] }, undefined],
      { list: withToJson, more: Mentions.from([3, 4]), kept: [5, [6]] },
      Object.assign(Object.create({ inherited: [1] }) as object, { own: [2] }),
      new String('một'),
      new Number(3),
    ];
    for (const value of values) for (const space of [0, 2]) expect([...jsonPieces(value, space)].join('')).toBe(JSON.stringify(value, null, space));
  });

  test('chunksOf joins pieces into chunks of at least the size, in order', () => {
    const next = random(3);
    for (let i = 0; i < 200; i++) {
      const pieces = Array.from({ length: Math.floor(next() * 40) }, () => 'x'.repeat(Math.floor(next() * 30)));
      const size = 1 + Math.floor(next() * 60);
      const chunks = [...chunksOf(pieces, size)];
      expect(chunks.join('')).toBe(pieces.join(''));
      chunks.slice(0, -1).forEach((c) => expect(c.length).toBeGreaterThanOrEqual(size));
      if (pieces.length > 0) expect(chunks.length).toBeGreaterThan(0);
    }
  });

  test('the main thread writes a record in pieces from PIECES_FROM_MENTIONS mentions on, and whole below', () => {
    const writer = WRITERS.jsonl();
    const big = bigRecord();
    const small = extract({ text: texts[0]!, path: 'a.txt' });
    expect(mentionsOf(small)).toBeLessThan(PIECES_FROM_MENTIONS);
    expect(typeof serializeHere({ record: small }, writer).item).toBe('string');
    const pieces = serializeHere({ record: big, failure: 'x' }, writer);
    expect(typeof pieces.item).not.toBe('string');
    expect(pieces.failure).toBe('x');
    expect([...(pieces.item as Iterable<string>)].join('')).toBe(writer.item(big));
    // the threshold itself: one mention short stays whole
    const at = { ...small, dates: Array.from({ length: PIECES_FROM_MENTIONS - mentionsOf(small) + small.dates.length }, () => small.dates[0]!) };
    expect(mentionsOf(at)).toBe(PIECES_FROM_MENTIONS);
    expect(typeof serializeHere({ record: at }, writer).item).not.toBe('string');
    expect(typeof serializeHere({ record: { ...at, dates: at.dates.slice(1) } }, writer).item).toBe('string');
  });
});
