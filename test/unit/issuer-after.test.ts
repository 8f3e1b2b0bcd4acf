/**
 * The `của …` issuer reader (documents/resolve.ts issuerAfterAt) reads what the pattern it replaced reads: that
 * pattern is built here from the same spellings, and both run at every position of every fixture text where a
 * lead can stand, and over generated texts (spacing, commas, terms, places, dotted abbreviations, cut names).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ISSUER_LOCAL_SPELLINGS, ISSUER_NAME_SPELLINGS, issuerAfterAt } from '../../src/extractors/documents/resolve.js';
import { matchView, normalizeText } from '../../src/core/normalize.js';
import { NOT_BEFORE_WORD, alternation, matchAt, vx } from '../../src/patterns/regex.js';
import { random as seeded } from '../helpers/random.js';

const REFERENCE = vx(
  'test/issuer-after-reference',
  String.raw`[\x20]{0,3} ,? [\x20]{0,3} (?: của | do ) [\x20]{1,3}
    (?: (?<local> ${alternation(ISSUER_LOCAL_SPELLINGS)} ) ${NOT_BEFORE_WORD}
        (?: [\x20]{1,2} (?<place> \p{Lu}\p{Ll}{0,7} (?: [\x20] \p{Lu}\p{Ll}{0,7} ){0,3} ) ${NOT_BEFORE_WORD} )?
      | (?<name> ${alternation(ISSUER_NAME_SPELLINGS)} ) (?![\p{L}\p{N}]) (?! \. [\p{L}\p{N}] ) )
    (?: [\x20]{0,2} \(? [\x20]{0,2} [Kk]hóa [\x20]{1,2} [IVXLC]{1,7} ${NOT_BEFORE_WORD} [\x20]{0,2} \)? )?`,
);

function reference(text: string, pos: number): unknown {
  const m = matchAt(REFERENCE, text, pos);
  return m ? { end: m.index + m.text.length, local: m.groups.local, place: m.groups.place, name: m.groups.name } : null;
}
function reader(text: string, pos: number): unknown {
  const m = issuerAfterAt(text, pos);
  return m ? { end: m.end, local: m.groups.local, place: m.groups.place, name: m.groups.name } : null;
}

/** Every position up to 8 characters before a `của` or `do` (where a lead can start). */
function leadPositions(text: string): number[] {
  const out = new Set<number>();
  for (const word of ['của', 'do']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) for (let p = Math.max(0, at - 8); p <= at; p++) out.add(p);
  }
  return [...out].sort((a, b) => a - b);
}

function textsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...textsUnder(p));
    else if (/\.(txt|html?)$/.test(entry)) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('issuerAfterAt reads what the alternation pattern reads', () => {
  test('every lead position of every fixture text', () => {
    let compared = 0;
    let found = 0;
    for (const raw of textsUnder('fixtures')) {
      const view = matchView(normalizeText(raw, { tone: 'traditional' }), 'traditional');
      for (const p of leadPositions(view)) {
        const want = reference(view, p);
        expect(reader(view, p)).toEqual(want);
        compared++;
        if (want) found++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(50);
  });

  test('generated leads and names: spacing, commas, terms, places, cut and run-on names', () => {
    const random = seeded(20261202);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const spaces = (): string => ' '.repeat(Math.floor(random() * 5));
    const spellings = [...ISSUER_LOCAL_SPELLINGS, ...ISSUER_NAME_SPELLINGS];
    const places = ['Lào Cai', 'Hà Nội', 'Thừa Thiên Huế', 'Bà Rịa Vũng Tàu', 'Đắk Lắk', 'Quảngngãiabc', 'A B C D E'];
    const afters = ['', '.', '. ', '.ĐT', ',', ' và', 'x', '1', ' khóa XI', ' (khóa XII)', ' Khóa IV,', '(khóa', ' khóa XIV.', '-CP'];
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      let name = pick(spellings);
      const cut = random();
      if (cut < 0.1) name = name.slice(0, Math.max(1, Math.floor(name.length * random()))); // a cut name
      else if (cut < 0.2) name = name.replace(/ /g, () => ' '.repeat(1 + Math.floor(random() * 4))); // runs of spaces
      const place = random() < 0.3 ? `${' '.repeat(1 + Math.floor(random() * 3))}${pick(places)}` : '';
      const text = `Quyết định 12${spaces()}${random() < 0.3 ? ',' : ''}${spaces()}${pick(['của', 'do', 'cua', 'doanh'])}${spaces()}${name}${place}${pick(afters)} tiếp`;
      const p = 'Quyết định 12'.length;
      const want = reference(text, p);
      expect(reader(text, p), text).toEqual(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(3000);
  });
});
