/**
 * The reference rule matches a number without a type word or `số` only where a symbol can follow it
 * (documents/rules.ts). Every number the old, unconditioned alternative matched and this one does not must be one
 * that `resolveReference` refused: a number whose code has no symbol (`scanCode` finds no groups). Checked at every
 * number of every fixture text and of random strings of digits, separators, spaces, code groups and words.
 */
import { describe, expect, test } from 'vitest';
import { scanCode } from '../../src/extractors/documents/parse-code.js';
import { EXTRACTORS } from '../../src/pipeline/extractors.js';
import { matchAt, vx } from '../../src/patterns/regex.js';
import { FIXTURE_TEXTS, pick, random, view } from '../helpers/org-texts.js';

const RULE = EXTRACTORS.documents.rules.find((r) => r.name === 'documents/reference')!;
/** The alternative as it was: every number with no letter, digit or `/.@_&-` before it. */
const OLD_BARE = vx('test/documents-bare-number', String.raw`(?<![\p{L}\p{N}/.@_&\-]) (?<num> \d{1,5} ) (?!\p{N})`, 'i');

/** Numbers the old alternative took that the rule no longer matches there, with what `scanCode` reads at each. */
function dropped(v: string): { at: number; groups: number }[] {
  const out: { at: number; groups: number }[] = [];
  for (let at = 0; at < v.length; at++) {
    if (!matchAt(OLD_BARE, v, at) || matchAt(RULE.pattern, v, at)) continue;
    out.push({ at, groups: scanCode(v, at)?.groups.length ?? 0 });
  }
  return out;
}

const PIECES = ['16', '30a', '522B', '84', '2024', '1999', '3', '/2024', '-2021', '//', '1.370', '12', '/', '-', ' /', '/ ', ' - ', '  ', ' ', '\t', 'QĐ', 'CT', 'TTg', 'NĐ-CP', 'TWĐTN', 'UBND', 'người', 'hộ', 'ngày', 'Covid', ',', '.', '\n', '(C13)', 'BGD&ĐT', 'QH13'];

describe('reference rule: a bare number only where a symbol can follow', () => {
  test('every number the rule no longer matches had no symbol (fixture texts)', () => {
    let numbers = 0;
    for (const [, raw] of FIXTURE_TEXTS) {
      const v = view(raw);
      const lost = dropped(v);
      numbers += lost.length;
      expect(lost.filter((d) => d.groups > 0).map((d) => v.slice(d.at, d.at + 30))).toEqual([]);
    }
    expect(numbers).toBeGreaterThan(100);
  });

  test('each way a symbol follows its number: matched where the code has one', () => {
    const written = ['theo 84 QĐ/TWĐTN', 'theo 84  QĐ  /TW', 'theo 16 /CT-TTg', 'theo 16  -  CT/TTg', 'theo 30a/2008/NĐ-CP', 'theo 522B/NQ-UBTVQH13', 'theo 16-CT/TTg', 'theo 12\t/QĐ-UBND', 'theo 04/1999/TT-BCA(C13)', 'theo 06/2024/QĐ-UBND', 'theo 06 / 2024 - QĐ-UBND', 'theo 06/2024QĐ-UBND', 'theo 12//QĐ-UBND', 'theo 16- CT/TTg', 'theo 16-\tCT/TTg'];
    for (const raw of written) {
      const v = view(raw);
      const at = v.search(/[0-9]/);
      expect(scanCode(v, at)?.groups.length ?? 0, raw).toBeGreaterThan(0);
      expect(matchAt(RULE.pattern, v, at), raw).not.toBeNull();
    }
  });

  test('6,000 random strings of numbers, separators, code groups and words', () => {
    const next = random(20261202);
    let symbols = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      for (let k = 2 + Math.floor(next() * 10); k > 0; k--) s += pick(next, PIECES);
      const v = view(s);
      expect(dropped(v).filter((d) => d.groups > 0).map(() => v)).toEqual([]);
      for (let at = 0; at < v.length; at++) if (matchAt(OLD_BARE, v, at) && (scanCode(v, at)?.groups.length ?? 0) > 0) symbols++;
    }
    expect(symbols).toBeGreaterThan(50); // the strings do hold numbers with symbols, which the rule still matches
  });
});
