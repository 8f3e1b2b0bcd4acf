/**
 * The build reads off each pattern where its matches can start (scripts/start-set.mjs), and `matchAllNear` skips
 * the positions of a trigger's window where none can. The tables may say "may start" too often, never too rarely:
 * every position where a pattern matches (anchored) is one its table lets through, at every position of every
 * fixture text, of its upper-cased form and of random strings; and `matchAllNear` with the filter finds exactly what
 * it finds without it. A whole-text scan of a pattern that opens with a lookbehind looks for the rest first and
 * tests the lookbehind where it matches (`leadLength`): the same matches as a scan with the whole pattern.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: build scripts (plain JavaScript, no declarations)
import { caselessEntry } from '../../scripts/caseless.mjs';
// @ts-expect-error: build scripts (plain JavaScript, no declarations)
import { TABLE_SIZE, leadLength, runsOf, startFilter } from '../../scripts/start-set.mjs';
import { Pattern, aheadTable, firstFrom, matchAllNear, mayStartAt, startFilterOf, type StartFilter } from '../../src/patterns/regex.js';
import type { StartRuns } from '../../src/patterns/ahead.js';

await import('../../src/index.js');
await import('../../src/io/html/html-to-text.js');

const root = path.join(import.meta.dirname, '..', '..');
const fixtureTexts = readdirSync(path.join(root, 'fixtures'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(root, 'fixtures', f), 'utf8').normalize('NFC'));

type Entry = { source: string; flags: string; names: (string | null)[] };
type Tables = { first: Uint8Array; behind: Uint8Array | null };
const startFilterOfSource = startFilter as (source: string, flags: string) => Tables | null;
const asRuns = (t: Tables): StartRuns => ({ first: runsOf(t.first) as number[], behind: t.behind ? (runsOf(t.behind) as number[]) : null });

// each pattern as the build writes it (without `i` where it can) and its filter as the running code decodes it
const built = Object.entries(aheadTable() as Record<string, Entry>)
  .filter(([name]) => !name.startsWith('test/'))
  .map(([name, e]) => {
    const entry = caselessEntry(e) as Entry;
    const tables = startFilterOfSource(entry.source, entry.flags);
    return { name, entry, tables, filter: tables ? startFilterOf(asRuns(tables)) : null };
  });
const filtered = built.filter((b) => b.filter !== null) as { name: string; entry: Entry; tables: Tables; filter: StartFilter }[];

/** Positions where the anchored pattern matches though the filter says no match starts there: `name@pos`. */
function missed(name: string, sticky: RegExp, filter: StartFilter, text: string, out: string[]): number {
  let matched = 0;
  for (let pos = 0; pos <= text.length && out.length < 5; pos++) {
    sticky.lastIndex = pos;
    const m = sticky.exec(text) !== null;
    if (m) matched++;
    if (m && !mayStartAt(filter, text, pos)) out.push(`${name}@${pos}: ${JSON.stringify(text.slice(Math.max(0, pos - 10), pos + 20))}`);
  }
  return matched;
}

const filterOf = (source: string, flags = 'u'): Tables | null => startFilterOfSource(source, flags);
const may = (t: Tables, text: string, pos: number): boolean => mayStartAt(startFilterOf(asRuns(t)), text, pos);

describe('start filters read off the patterns', () => {
  test('a first character, a leading lookbehind, optional parts, alternatives', () => {
    const t = filterOf('(?<![a-z])(?:ab|c)d*')!;
    expect([...'abcd'].map((c) => t.first[c.charCodeAt(0)])).toEqual([2, 0, 2, 0]);
    expect(may(t, 'xab', 1)).toBe(false); // after a letter of the lookbehind
    expect(may(t, ' ab', 1)).toBe(true);
    expect(may(t, 'ab', 0)).toBe(true); // at the start of the text
    expect(may(t, 'bd', 0)).toBe(false);
    const optional = filterOf('x?[0-9]{1,3}y')!;
    expect([...'x5y'].map((c) => optional.first[c.charCodeAt(0)])).toEqual([1, 1, 0]);
    expect(optional.behind).toBeNull();
    // a lookbehind in one alternative only: the other starts anywhere
    const mixed = filterOf('(?<![a-z])a|b')!;
    expect(may(mixed, 'xa', 1)).toBe(false);
    expect(may(mixed, 'xb', 1)).toBe(true);
  });

  test('case folding by the flags, and codes beyond the table always tried', () => {
    const t = filterOf('đồng', 'iu')!;
    expect(t.first['Đ'.charCodeAt(0)]).toBe(1);
    expect(t.first['đ'.charCodeAt(0)]).toBe(1);
    expect(t.first['d'.charCodeAt(0)]).toBe(0);
    expect(may(t, '\u3042', 0)).toBe(true); // beyond the table
    expect(may(t, 'x', 1)).toBe(true); // past the end
    expect(TABLE_SIZE).toBe(0x2000);
    // a table of another size than the running code's is refused, not misread
    expect(() => startFilterOf({ first: [1, TABLE_SIZE - 1], behind: null })).toThrow(/not 8192/);
  });

  test('no filter where one cannot be told: an empty match, anything first', () => {
    expect(filterOf('a*')).toBeNull();
    expect(filterOf('(?:)')).toBeNull();
    expect(filterOf('[^]')).toBeNull();
    expect(filterOf('(?=a)b|c*')).toBeNull();
    // a back-reference may stand for anything
    expect(filterOf('(?<a>x?)\\k<a>y')).toBeNull();
    // assertions are read as "may hold", whatever they say
    expect(filterOf('(?!a)[ab]')!.first['a'.charCodeAt(0)]).toBe(1);
    const after = filterOf('(?<=[a-z])q')!; // a positive lookbehind says nothing of what is not before
    expect([may(after, 'aq', 1), may(after, ' q', 1)]).toEqual([true, true]);
  });

  test('two leading lookbehinds: the character before is in neither', () => {
    const t = filterOf('(?<![a-z])(?<![0-9])q')!;
    expect(may(t, 'aq', 1)).toBe(false);
    expect(may(t, '5q', 1)).toBe(false);
    expect(may(t, '-q', 1)).toBe(true);
    // different lookbehinds in two alternatives: a unit is skipped only if both hold it
    const two = filterOf('(?<![a-z])q|(?<![a-m0-9])q')!;
    expect(may(two, 'aq', 1)).toBe(false);
    expect(may(two, 'xq', 1)).toBe(true);
    expect(may(two, '5q', 1)).toBe(true);
  });

  test('most registered patterns have a filter, and the people and organization forms skip inside words', () => {
    expect(filtered.length).toBeGreaterThan(built.length * 0.8);
    const byName = new Map(filtered.map((b) => [b.name, b.filter]));
    const text = 'Theo ông Nguyễn Văn An, Chủ tịch UBND tỉnh';
    for (const name of ['people/name-comma-title', 'people/name-dash-title', 'organizations/known-body']) {
      const filter = byName.get(name)!;
      expect(filter, name).toBeDefined();
      expect(mayStartAt(filter, text, text.indexOf('guyễn')), name).toBe(false);
    }
    expect(mayStartAt(byName.get('people/name-comma-title')!, text, text.indexOf('ông'))).toBe(true);
  });

  test('every anchored match of every pattern starts where its filter lets it, on every fixture text', { timeout: 600_000 }, () => {
    const texts = fixtureTexts.flatMap((t) => [t, t.toUpperCase()]);
    const out: string[] = [];
    let skipped = 0;
    let matched = 0;
    for (const { name, entry, filter } of filtered) {
      const sticky = new RegExp(entry.source, `${entry.flags}y`);
      for (const text of texts) matched += missed(name, sticky, filter, text, out);
      for (let pos = 0; pos < texts[0]!.length; pos++) if (!mayStartAt(filter, texts[0]!, pos)) skipped++;
    }
    expect(out).toEqual([]);
    expect(matched).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(filtered.length * texts[0]!.length * 0.5); // they do skip
  });

  test('every anchored match starts where its filter lets it, on random strings', () => {
    const words = ['ông', 'Bà', 'đồng chí', 'Nguyễn Văn An', 'Chủ tịch', 'UBND', 'tỉnh', 'Ngày', 'tháng', 'năm', 'quý', 'Nghị định', 'số', 'tỷ đồng', '%', '/', '-', ',', ':', ';', '.', ' ', '\n', '(', ')', '“'];
    const unit = fc.oneof(fc.constantFrom(...words), fc.integer({ min: 0, max: 9999 }).map(String), fc.constantFrom(...'aAđĐươƠ\u212a\u0301'.split('')));
    const stickies = filtered.map(({ name, entry, filter }) => [name, new RegExp(entry.source, `${entry.flags}y`), filter] as const);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const out: string[] = [];
        for (const [name, sticky, filter] of stickies) missed(name, sticky, filter, text, out);
        return out.length === 0;
      }),
      { numRuns: 300 },
    );
  });

  test('matchAllNear finds the same with the filter as without, windows before every word of the fixtures', () => {
    const names = ['people/name-comma-title', 'people/name-dash-title', 'organizations/brand', 'organizations/head', 'dates/year-range', 'dates/day-numeric', 'documents/quoted-title', 'statistics/count'];
    let found = 0;
    for (const name of names) {
      const b = filtered.find((x) => x.name === name)!;
      const plain = new Pattern(name, b.entry.source, b.entry.flags, b.entry.names, () => b.entry.source);
      const fast = new Pattern(name, b.entry.source, b.entry.flags, b.entry.names, () => b.entry.source, asRuns(b.tables));
      expect(fast.starts).not.toBeNull();
      for (const text of fixtureTexts) {
        const anchors = [...text.matchAll(/[,(-]|(?<=\s)\p{L}/gu)].map((m) => m.index);
        const a = [...matchAllNear(plain, text, anchors, 120)];
        const c = [...matchAllNear(fast, text, anchors, 120)];
        expect(c).toEqual(a);
        found += a.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

const leadOf = leadLength as (source: string, flags: string) => number;

/** Every match of a scan from 0, as `matchAll` steps: index, text and captures. */
function scanAll(next: (pos: number) => RegExpExecArray | null, length: number): string[] {
  const out: string[] = [];
  for (let pos = 0; pos <= length; ) {
    const m = next(pos);
    if (!m) break;
    out.push(JSON.stringify([m.index, ...m]));
    pos = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
  }
  return out;
}

describe('a scan that looks for the rest of the pattern before its leading lookbehind', () => {
  const split = built
    .map((b) => ({ ...b, lead: leadOf(b.entry.source, b.entry.flags) }))
    .filter((b) => b.lead > 0)
    .map((b) => ({
      name: b.name,
      whole: new RegExp(b.entry.source, `g${b.entry.flags}`),
      twin: new Pattern(b.name, b.entry.source, b.entry.flags, b.entry.names, () => b.entry.source, null, b.lead),
    }));
  const same = (texts: readonly string[]): { out: string[]; matched: number } => {
    const out: string[] = [];
    let matched = 0;
    for (const { name, whole, twin } of split) {
      for (const text of texts) {
        const a = scanAll((pos) => ((whole.lastIndex = pos), whole.exec(text)), text.length);
        const b = scanAll((pos) => firstFrom(twin, text, pos), text.length);
        if (JSON.stringify(a) !== JSON.stringify(b) && out.length < 5) out.push(`${name}: ${a.length} | ${b.length}`);
        matched += a.length;
      }
    }
    return { out, matched };
  };

  test('read off the patterns: one sequence that opens with one class', () => {
    expect(leadOf('(?<![a-z])b', 'u')).toBe('(?<![a-z])'.length);
    expect(leadOf('(?<![a-z])b|c', 'u')).toBe(0); // the lookbehind is one alternative's
    expect(leadOf('(?<=[a-z])b', 'u')).toBe(0);
    expect(leadOf('(?<!ab)c', 'u')).toBe(0);
    expect(leadOf('(?<![a-z])', 'u')).toBe(0); // nothing after it
    expect(split.length).toBeGreaterThan(20);
    expect(split.map((s) => s.name)).toContain('meta/published-label');
  });

  test('the same matches as the whole pattern on every fixture text', () => {
    const { out, matched } = same(fixtureTexts);
    expect(out).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  test('a start that fails on an astral letter goes on after the whole letter (the engine steps back into a pair)', () => {
    const source = '(?<![a-z])[\\u{1D400}-\\u{1D419}]';
    const twin = new Pattern('test/astral', source, 'u', [], () => source, null, leadOf(source, 'u'));
    expect(leadOf(source, 'u')).toBe('(?<![a-z])'.length);
    const text = 'a\u{1D400} \u{1D401}';
    const whole = new RegExp(source, 'gu');
    expect(scanAll((pos) => firstFrom(twin, text, pos), text.length)).toEqual(scanAll((pos) => ((whole.lastIndex = pos), whole.exec(text)), text.length));
    expect(scanAll((pos) => firstFrom(twin, text, pos), text.length)).toEqual([JSON.stringify([4, '\u{1D401}'])]);
  });

  test('the same matches on random strings, astral letters and lone surrogates among them', () => {
    const words = ['Cập nhật ngày', 'ngày', 'Ngày đăng', 'xã', 'Xã', '5', '2021', '/', ' ', ':', 'Ông', 'Ủy ban', 'tỷ đồng', '%'];
    const odd = ['\u{1D400}', '\u{20000}', '\uD835', '\uDC00', 'a', 'Đ']; // astral letters, lone surrogates
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...odd), { maxLength: 24 }), (parts) => same([parts.join('')]).out.length === 0),
      { numRuns: 200 },
    );
  });
});
