/**
 * The build rewrites every pattern compiled with the `i` flag to match the same without it
 * (scripts/caseless.mjs: V8 then compiles it without closing each class over case at every start). Old and new are
 * compared at every position of every fixture text, of its upper- and lower-cased forms, of a form with the letters
 * that have unusual case partners (`K` Kelvin sign, long `ſ`, dotted `İ`...) swapped in, and of random strings of
 * cased letters, Vietnamese words and digits: the same match (text and groups) or none on both sides.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a build script (plain JavaScript, no declarations)
import { caselessEntry, withoutIgnoreCase } from '../../scripts/caseless.mjs';
import { aheadTable } from '../../src/patterns/regex.js';

await import('../../src/index.js');
await import('../../src/io/html/html-to-text.js');

const root = path.join(import.meta.dirname, '..', '..');
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(root, dir, f));
const fixtureTexts = files('fixtures').map((f) => readFileSync(f, 'utf8').normalize('NFC'));

// letters whose case partners are not their ASCII or Vietnamese pair
const ODD: Record<string, string> = { k: '\u212a', K: '\u212a', s: '\u017f', S: '\u017f', i: '\u0130', I: '\u0131', a: '\u00e5', A: '\u212b', t: '\u1e97', y: '\u1e99' };
const oddCase = (text: string): string => [...text].map((ch, i) => (i % 3 === 0 && ODD[ch] ? ODD[ch] : ch)).join('');
const flipCase = (text: string): string => [...text].map((ch, i) => (i % 2 === 0 ? ch.toUpperCase() : ch.toLowerCase())).join('');

type Entry = { source: string; flags: string; names: (string | null)[] };
const table = aheadTable() as Record<string, Entry>;
const withI = Object.entries(table).filter(([name, e]) => e.flags.includes('i') && !name.startsWith('test/'));

/** Each position where old and new disagree: `name@pos: old | new`. */
function differences(name: string, oldRe: RegExp, newRe: RegExp, text: string, out: string[]): void {
  for (let pos = 0; pos <= text.length && out.length < 5; pos++) {
    oldRe.lastIndex = pos;
    newRe.lastIndex = pos;
    const a = oldRe.exec(text);
    const b = newRe.exec(text);
    if (a === null && b === null) continue;
    const sa = a ? JSON.stringify([...a]) : 'null';
    const sb = b ? JSON.stringify([...b]) : 'null';
    if (sa !== sb) out.push(`${name}@${pos}: ${sa} | ${sb}`);
  }
}

const sticky = (e: Entry): RegExp => new RegExp(e.source, `${e.flags}y`);

describe('patterns rewritten without the i flag', () => {
  test('every i pattern of the registry is rewritten (none kept with the flag)', () => {
    expect(withI.length).toBeGreaterThan(30);
    for (const [name, e] of withI) expect(caselessEntry(e).flags, name).toBe(e.flags.replace('i', ''));
  });

  test('old and new match the same at every position of every fixture text and its case variants', { timeout: 600_000 }, () => {
    const texts = fixtureTexts.flatMap((t) => [t, t.toUpperCase(), flipCase(t), oddCase(t)]);
    const out: string[] = [];
    let matched = 0;
    for (const [name, e] of withI) {
      const oldRe = sticky(e);
      const newRe = sticky(caselessEntry(e));
      const scan = new RegExp(e.source, `g${e.flags}`);
      for (const text of texts) {
        differences(name, oldRe, newRe, text, out);
        matched += text.match(scan)?.length ?? 0;
      }
    }
    expect(out).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  test('old and new match the same on random strings of cased letters, words and digits', () => {
    const words = ['tỷ', 'TỶ', 'đồng', 'ĐỒNG', 'triệu', 'Ngày', 'THÁNG', 'năm', 'quý', 'Tết', 'âm lịch', 'USD', 'km', 'KM', '%', 'lần', 'người', 'Nghị định', 'số', '/', '-', ',', '.', ' ', '  ', '\n'];
    const unit = fc.oneof(
      fc.constantFrom(...words),
      fc.integer({ min: 0, max: 9999 }).map(String),
      fc.constantFrom(...'aAkKsSiIyYđĐươƠ\u212a\u017f\u0130\u0131\u212b\u1e9e\u00df\u0345\u03b9'.split('')),
    );
    const patterns = withI.map(([name, e]) => [name, sticky(e), sticky(caselessEntry(e))] as const);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const out: string[] = [];
        for (const [name, a, b] of patterns) differences(name, a, b, text, out);
        return out.length === 0;
      }),
      { numRuns: 300 },
    );
  });

  test('a construct whose meaning i changes beyond one character is left as it was', () => {
    expect(withoutIgnoreCase(String.raw`\bx`)).toBeNull();
    expect(withoutIgnoreCase(String.raw`(?<a>x)\k<a>`)).toBeNull();
    expect(withoutIgnoreCase(String.raw`\w`)).toBeNull();
    expect(withoutIgnoreCase('(?<ab>x)[^k]')).toBe(String.raw`(?<ab>[\u{78}\u{58}])[^\u{4b}\u{212a}k]`);
  });
});
