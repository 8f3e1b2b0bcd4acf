/**
 * The refine steps run as sorted sweeps and binary searches (issue 14: linear
 * time). Each is checked here against the all-pairs version it replaced, on
 * random spans: same mentions, same order, same values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { newDocState, type Context } from '../../src/core/define-extractor.js';
import { OverlapSet, bySpan, contains, longestWins, overlaps, spanIndex } from '../../src/core/spans.js';
import { inferYear, yearValue, type DateValue } from '../../src/patterns/dates/calendar.js';
import { settlePending } from '../../src/extractors/dates/index.js';
import { PENDING, spanKey } from '../../src/extractors/dates/rules.js';
import { linkCoreferences } from '../../src/extractors/documents/refine.js';
import { clauseComparisons, comparedAt } from '../../src/extractors/dates/sentences.js';
import { mergeRelativeWithDate, resolveSamePeriod } from '../../src/extractors/dates/refine-news.js';
import { SAME_PERIOD_PENDING } from '../../src/extractors/dates/news-rules.js';
import { shiftYears } from '../../src/patterns/dates/relative.js';
import { COMPARISON_LEADS } from '../../src/lexicon/dates.js';
import type { DateMention, DocumentMention, StatisticMention, Warning } from '../../src/types.js';
import { withCompared } from '../../src/extractors/statistics/compared.js';

interface Item {
  start: number;
  end: number;
  id: number;
}

// --- the all-pairs versions, as they were --------------------------------------

function longestWinsAllPairs<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const ranked = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const item of ranked) if (!kept.some((k) => overlaps(k, item))) kept.push(item);
  return kept.sort(bySpan);
}

function sentenceAroundScan(view: string, pos: number): { start: number; end: number } {
  const isEnd = (i: number): boolean =>
    view[i] === '\n' || ((view[i] === '.' || view[i] === '!' || view[i] === '?') && (view[i + 1] === ' ' || view[i + 1] === '\n'));
  let start = pos;
  while (start > 0 && !isEnd(start - 1)) start--;
  let end = pos;
  while (end < view.length && !isEnd(end)) end++;
  return { start, end };
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.end <= b.start ? b.start - a.end : a.start - b.end;

function settlePendingAllPairs(mentions: DateMention[], view: string, pending: Map<string, (year: number) => DateValue | null>, warn: (w: Warning) => void): DateMention[] {
  const isPending = (m: DateMention): boolean => pending.has(spanKey(m.start, m.end));
  const explicit = mentions.filter((m) => !isPending(m));
  const out: DateMention[] = [];
  for (const m of mentions) {
    const build = pending.get(spanKey(m.start, m.end));
    if (!build) {
      out.push(m);
      continue;
    }
    const sentence = sentenceAroundScan(view, m.start);
    const inSentence = explicit
      .filter((e) => !e.range && e.start >= sentence.start && e.end <= sentence.end && (e.end <= m.start || e.start >= m.end) && !comparedAt(view, e.start))
      .sort((a, b) => distance(a, m) - distance(b, m));
    let value = inSentence[0] ? build(Number(inSentence[0].from.slice(0, 4))) : null;
    if (!value && !inSentence[0]) {
      const before = explicit.filter((e) => !e.range && !e.relative && e.end <= m.start).sort((a, b) => a.end - b.end).at(-1);
      const year = before ? inferYear(before.from, build) : null;
      value = year === null ? null : build(year);
    }
    if (!value) {
      warn({ code: 'year-unknown', text: m.text, start: m.start, end: m.end, message: 'no year: the text has no publication date and no full date to take one from, and no --ref-date was given; not extracted' });
      continue;
    }
    const { text, start, end } = m;
    const { time, utcOffset, ...period } = value;
    out.push({ text, start, end, ...period, inferred: true, ...(time ? { time } : {}), ...(utcOffset ? { utcOffset } : {}) } as DateMention);
  }
  return out;
}

function linkCoreferencesAllPairs(mentions: readonly DocumentMention[]): DocumentMention[] {
  const coded = mentions.filter((m) => m.id !== null && m.number !== null);
  return mentions.map((m) => {
    if (m.id !== null || m.number === null || m.named) return m;
    const same = coded.filter((c) => c.type === m.type && Number(c.number) === Number(m.number) && (m.year === null || c.year === m.year));
    const agreeing = m.issuer ? same.filter((c) => c.issuer === m.issuer) : same;
    const ids = [...new Set(agreeing.map((c) => c.id!))];
    return ids.length === 1 ? { ...m, resolvedId: ids[0]! } : m;
  });
}

// --- generators ----------------------------------------------------------------

/** Spans over a short line, so that they overlap, nest, touch and repeat often; empty spans too. */
const spans = (maxLength = 60): fc.Arbitrary<Item[]> =>
  fc
    .array(fc.tuple(fc.nat(40), fc.nat(12)), { maxLength })
    .map((pairs) => pairs.map(([start, length], id) => ({ start, end: start + length, id })));

const RUNS = { numRuns: 2000 };

describe('longestWins (sorted sweep)', () => {
  test('keeps the same spans, in the same order, as comparing all pairs', () => {
    fc.assert(
      fc.property(spans(), (items) => {
        expect(longestWins(items).map((s) => s.id)).toEqual(longestWinsAllPairs(items).map((s) => s.id));
      }),
      RUNS,
    );
  });

  test('the kept spans never overlap, and every dropped span overlaps a longer or equal kept one', () => {
    fc.assert(
      fc.property(spans(), (items) => {
        const kept = longestWins(items);
        for (let i = 1; i < kept.length; i++) expect(overlaps(kept[i - 1]!, kept[i]!)).toBe(false);
        for (const item of items.filter((s) => !kept.includes(s))) {
          expect(kept.some((k) => overlaps(k, item) && k.end - k.start >= item.end - item.start)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('spanIndex (prefix maxima)', () => {
  test('overlapsAny and insideAny agree with testing every span', () => {
    fc.assert(
      fc.property(spans(), spans(20), (winners, probes) => {
        const index = spanIndex(winners);
        for (const p of probes) {
          expect(index.overlapsAny(p)).toBe(winners.some((w) => overlaps(w, p)));
          expect(index.insideAny(p)).toBe(winners.some((w) => contains(w, p)));
        }
      }),
      RUNS,
    );
  });
});

describe('OverlapSet (spans filed by block)', () => {
  // spans of any shape (empty, reversed, long, across blocks), added between probes; blocks of 1 to 16 positions
  const anySpan = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -4, max: 50 })).map(([start, length]) => ({ start, end: start + length }));
  test('overlapsAny agrees with testing every span added so far, whatever the block size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), anySpan), { maxLength: 80 }), fc.integer({ min: 0, max: 4 }), (steps, shift) => {
        const set = new OverlapSet(shift);
        const added: { start: number; end: number }[] = [];
        for (const [isAdd, span] of steps) {
          if (isAdd) {
            set.add(span);
            added.push(span);
          } else {
            expect(set.overlapsAny(span.start, span.end)).toBe(added.some((t) => t.start < span.end && span.start < t.end));
          }
        }
      }),
      RUNS,
    );
  });

  test('a span strictly around an empty probe overlaps it; one that only touches it does not', () => {
    const set = new OverlapSet(2);
    set.add({ start: 3, end: 9 });
    expect(set.overlapsAny(5, 5)).toBe(true);
    expect(set.overlapsAny(3, 3)).toBe(false);
    expect(set.overlapsAny(9, 12)).toBe(false);
    expect(set.overlapsAny(0, 4)).toBe(true);
  });
});

describe('settlePending (binary searches in sorted dates)', () => {
  // A line with sentence ends (". ", "\n", "! ") at random places, and dates on it: explicit ones (day, year,
  // ranges) and year-less ones waiting for a year, some on the same span as an explicit one.
  const GRAINS = ['day', 'month', 'year'] as const;
  const dateArb = fc.record({
    start: fc.nat(60),
    length: fc.integer({ min: 1, max: 10 }),
    year: fc.integer({ min: 1990, max: 2030 }),
    grain: fc.constantFrom(...GRAINS),
    range: fc.boolean(),
    pending: fc.boolean(),
    relative: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
  });
  // about one sentence end in 25 characters, so that most sentences hold several dates
  const textArb = fc
    .array(fc.oneof({ weight: 24, arbitrary: fc.constantFrom('a', ' ') }, { weight: 1, arbitrary: fc.constantFrom('. ', '\n', '! ', '.', ' so với ') }), { minLength: 70, maxLength: 70 })
    .map((cs) => cs.join(''));

  test('gives every year-less date the same year as the all-pairs version', () => {
    fc.assert(
      fc.property(textArb, fc.array(dateArb, { maxLength: 25 }), (view, drafts) => {
        const pending = new Map<string, (year: number) => DateValue | null>();
        const mentions: DateMention[] = drafts.map((d) => {
          const start = Math.min(d.start, view.length - 1);
          const end = Math.min(start + d.length, view.length);
          const from = `${d.year}-${String(d.month).padStart(2, '0')}-01`;
          if (d.pending) {
            // a month without a year; none for the odd months before 1995, as a build that fails
            pending.set(spanKey(start, end), (year) => (year < 1995 && d.month % 2 === 1 ? null : { grain: 'month', from: `${year}-${String(d.month).padStart(2, '0')}-01`, to: `${year}-${String(d.month).padStart(2, '0')}-28` }));
          }
          return {
            text: view.slice(start, end),
            start,
            end,
            grain: d.grain,
            from,
            to: d.grain === 'year' ? yearValue(d.year).to : from,
            ...(d.range ? { range: true as const } : {}),
            ...(d.relative && !d.pending ? { relative: true as const } : {}),
          } as DateMention;
        });
        const state = newDocState();
        for (const [key, build] of pending) state.get(PENDING).set(key, build);
        const warnings: Warning[] = [];
        const ctx = { view, state, warn: (w: Warning) => void warnings.push(w) } as unknown as Context;
        const expectedWarnings: Warning[] = [];
        expect(settlePending(mentions, ctx)).toEqual(settlePendingAllPairs(mentions, view, pending, (w) => void expectedWarnings.push(w)));
        expect(warnings).toEqual(expectedWarnings);
      }),
      RUNS,
    );
  });
});

describe('linkCoreferences (grouped by type and number)', () => {
  const docArb = fc.record({
    coded: fc.boolean(),
    type: fc.constantFrom('Quyết định', 'Chỉ thị', null),
    number: fc.constantFrom('16', '016', '17', 'x', null),
    year: fc.constantFrom(2020, 2021, null),
    issuer: fc.constantFrom('UBND', 'TTg', '', null),
    id: fc.constantFrom('a', 'b', 'c'),
    named: fc.boolean(),
  });

  test('links the same references as the all-pairs version', () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 30 }), (drafts) => {
        const mentions = drafts.map(
          (d, i) =>
            ({
              text: 'x',
              start: i,
              end: i + 1,
              type: d.type,
              number: d.number,
              year: d.year,
              issuer: d.issuer,
              id: d.coded ? d.id : null,
              ...(d.named ? { named: true } : {}),
            }) as unknown as DocumentMention,
        );
        expect(linkCoreferences(mentions)).toEqual(linkCoreferencesAllPairs(mentions));
      }),
      RUNS,
    );
  });
});

// --- the news refiners of dates (refine-news.ts): the scanning versions, as they were ------------------------

function comparedInClauseScan(view: string, pos: number, sentenceStart: number): boolean {
  let i = pos;
  while (i > sentenceStart && view[i - 1] !== ',' && view[i - 1] !== ';') i--;
  const clause = view.slice(i, pos).toLowerCase();
  return COMPARISON_LEADS.some((lead) => clause.includes(lead));
}

function sentenceBeforeScan(view: string, start: number): { start: number; end: number } | null {
  let i = start - 1;
  while (i >= 0 && (view[i] === '\n' || view[i] === ' ' || view[i] === '.' || view[i] === '!' || view[i] === '?')) i--;
  return i < 0 ? null : sentenceAroundScan(view, i);
}

function resolveSamePeriodScan(mentions: DateMention[], view: string, pending: Map<string, { year: number | null }>): DateMention[] {
  const isSame = (m: DateMention): boolean => pending.has(spanKey(m.start, m.end));
  const isReported = (m: DateMention): boolean => m.grain !== 'day' && !(m.range && m.grain === 'year') && !comparedInClauseScan(view, m.start, sentenceAroundScan(view, m.start).start);
  const periods = longestWinsAllPairs(mentions).filter((m) => !isSame(m) && isReported(m));
  const added: DateMention[] = [];
  const listed: { start: number; end: number }[] = [];
  const kept: DateMention[] = [];
  for (const m of mentions) {
    const spec = pending.get(spanKey(m.start, m.end));
    if (!spec) {
      kept.push(m);
      continue;
    }
    const sentence = sentenceAroundScan(view, m.start);
    const inside = periods.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    const prev = sentenceBeforeScan(view, sentence.start);
    const reported =
      inside.filter((p) => p.end <= m.start).at(-1) ??
      (view.slice(sentence.start, m.start).trim().length <= 16 ? inside.find((p) => p.start >= m.end) : undefined) ??
      (prev ? periods.filter((p) => p.start >= prev.start && p.end <= prev.end).at(-1) : undefined);
    if (!reported) continue;
    const base = Number(reported.from.slice(0, 4));
    const at = (year: number, span: { start: number; end: number }): DateMention => {
      const v = shiftYears({ grain: reported.grain, from: reported.from, to: reported.to }, year - base);
      return { text: view.slice(span.start, span.end), start: span.start, end: span.end, grain: v.grain, from: v.from, to: v.to, ...(reported.range ? { range: true as const } : {}), inferred: true, relative: true };
    };
    added.push(at(spec.year ?? base - 1, m));
  }
  return [...kept.filter((k) => !listed.some((y) => overlaps(y, k))), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

function mergeRelativeWithDateScan(mentions: DateMention[], view: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const r = mentions[i]!;
    const d = mentions.slice(i + 1).find((m) => m.start >= r.end);
    const gap = d ? view.slice(r.end, d.start).trim() : null;
    if (!d || !r.relative || r.grain !== 'day' || r.range || d.relative || d.grain !== 'day' || d.range || (gap !== '' && gap !== ',' && gap !== '(')) {
      out.push(r);
      continue;
    }
    const end = gap === '(' && view[d.end] === ')' ? d.end + 1 : d.end;
    out.push({ ...d, text: view.slice(r.start, end), start: r.start, end });
    i = mentions.indexOf(d);
  }
  return out;
}

type DraftOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

describe('the news refiners of dates (binary searches, one pass per sentence)', () => {
  // words that matter to them: sentence ends, clause breaks, comparison words in either case, blanks, brackets
  const newsText = fc
    .array(fc.oneof({ weight: 20, arbitrary: fc.constantFrom('a', ' ') }, { weight: 2, arbitrary: fc.constantFrom('. ', '\n', ', ', ';', '(', ')', '  ') }, { weight: 1, arbitrary: fc.constantFrom(' so với ', 'So cùng ', 'SO VỚI', 'so vớ') }), { minLength: 70, maxLength: 70 })
    .map((cs) => cs.join(''));
  const draftArb = fc.record({
    start: fc.nat(90),
    length: fc.integer({ min: 1, max: 10 }),
    year: fc.integer({ min: 1990, max: 2030 }),
    grain: fc.constantFrom('day', 'month', 'quarter', 'year'),
    range: fc.boolean(),
    relative: fc.boolean(),
    same: fc.nat(3),
  });
  const build = (view: string, drafts: DraftOf<typeof draftArb>[]): { mentions: DateMention[]; same: Map<string, { year: number | null }> } => {
    const same = new Map<string, { year: number | null }>();
    const seen = new Set<string>();
    const mentions = drafts
      .map((d) => {
        const start = Math.min(d.start, view.length - 1);
        const end = Math.min(start + d.length, view.length);
        // one in four waits for its period: "cùng kỳ" (a year back) or "cùng kỳ năm 2020"
        if (d.same === 0) same.set(spanKey(start, end), { year: d.year % 2 === 0 ? null : d.year });
        const from = `${d.year}-01-01`;
        return { text: view.slice(start, end), start, end, grain: d.grain, from, to: d.grain === 'day' ? from : `${d.year}-12-31`, ...(d.range ? { range: true as const } : {}), ...(d.relative ? { relative: true as const } : {}) } as DateMention;
      })
      .filter((m) => !seen.has(spanKey(m.start, m.end)) && seen.add(spanKey(m.start, m.end)))
      .sort(bySpan);
    return { mentions, same };
  };

  test('clauseComparisons agrees with scanning each clause back', () => {
    fc.assert(
      fc.property(newsText, fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 20 }), (view, probes) => {
        const compared = clauseComparisons(view);
        for (const [a, b] of probes) {
          const [sentenceStart, pos] = a <= b ? [a, b] : [b, a];
          expect(compared(pos, sentenceStart)).toBe(comparedInClauseScan(view, pos, sentenceStart));
        }
      }),
      RUNS,
    );
  });

  test('resolveSamePeriod reports the same periods as the scanning version', () => {
    fc.assert(
      fc.property(newsText, fc.array(draftArb, { maxLength: 25 }), (view, drafts) => {
        const { mentions, same } = build(view, drafts);
        const state = newDocState();
        for (const [key, spec] of same) state.get(SAME_PERIOD_PENDING).set(key, spec);
        // the listed years ("cùng kỳ năm 2018 và 2019") need digits in the text: none here, so none on either side
        const ctx = { view, text: view, state } as unknown as Context;
        expect(resolveSamePeriod(mentions, ctx)).toEqual(resolveSamePeriodScan(mentions, view, same));
      }),
      RUNS,
    );
  });

  test('mergeRelativeWithDate merges the same pairs as the version that sliced the rest of the list', () => {
    fc.assert(
      fc.property(newsText, fc.array(draftArb, { maxLength: 25 }), (view, drafts) => {
        const { mentions } = build(view, drafts);
        const ctx = { view, text: view } as unknown as Context;
        for (const list of [mentions, longestWins(mentions)]) expect(mergeRelativeWithDate(list, ctx)).toEqual(mergeRelativeWithDateScan(list, view));
      }),
      RUNS,
    );
  });
});

// --- statistics compared with the same period (compared.ts): the scanning version, as it was ----------------

function withComparedScan(stats: StatisticMention[], view: string, found: DateMention[]): StatisticMention[] {
  const ENDS = ['. ', '.\n', '! ', '? ', '\n', '; '];
  const sentenceStartScan = (at: number): number => {
    let best = 0;
    for (const end of ENDS) {
      const i = view.lastIndexOf(end, at - 1);
      if (i >= 0 && i + end.length > best && i + end.length <= at) best = i + end.length;
    }
    return best;
  };
  const reportsScan = (d: DateMention): boolean => (d.range ? d.grain === 'month' : d.grain !== 'day') && !d.relative;
  const dates = [...found].sort((a, b) => a.start - b.start);
  const reportedScan = (from: number, at: number): DateMention | undefined => dates.filter((d) => d.start >= from && d.end <= at && reportsScan(d)).at(-1);
  // the comparison itself is read by the same patterns: here the text is built so that " so với cùng kỳ" follows
  // exactly the statistics that compare (the property is about where the periods are looked for)
  return stats.map((s) => {
    const lead = view.startsWith(' so với ', s.end) ? ' so với ' : null;
    if (!lead) return s;
    const leadStart = s.end + 1;
    const periodAt = s.end + lead.length;
    const written = dates.find((d) => d.start >= leadStart && d.start <= periodAt);
    if (written) return { ...s, compared: { from: written.from, to: written.to } };
    if (!view.startsWith('cùng kỳ', periodAt)) return s;
    const here = sentenceStartScan(s.start);
    let previousEnd = here;
    while (previousEnd > 0 && ' \n.;!?'.includes(view[previousEnd - 1]!)) previousEnd--;
    const reported = reportedScan(here, s.start) ?? reportedScan(sentenceStartScan(previousEnd), here);
    if (!reported) return s;
    const from = `${Number(reported.from.slice(0, 4)) - 1}${reported.from.slice(4)}`;
    const to = `${Number(reported.to.slice(0, 4)) - 1}${reported.to.slice(4)}`;
    return { ...s, compared: { from, to } };
  });
}

describe('withCompared (binary searches for the sentence and its period)', () => {
  test('compares each statistic with the same period as the scanning version', () => {
    // words: filler, sentence ends, dates (placed on "D" letters), statistics (on "S", some followed by a comparison)
    const token = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', ' ', 'D', 'D', 'S') },
      { weight: 2, arbitrary: fc.constantFrom('. ', '.\n', '\n', '; ', '! ', '?', '.') },
      { weight: 3, arbitrary: fc.constant('S so với cùng kỳ ') },
    );
    const grainArb = fc.record({ grain: fc.constantFrom('day', 'month', 'quarter', 'year'), range: fc.boolean(), relative: fc.boolean(), year: fc.integer({ min: 2001, max: 2030 }) });
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.array(grainArb, { minLength: 60, maxLength: 60 }), (tokens, grains) => {
        const view = tokens.join('');
        const dates: DateMention[] = [];
        const stats: StatisticMention[] = [];
        for (let i = 0; i < view.length; i++) {
          if (view[i] === 'D') {
            const g = grains[dates.length % grains.length]!;
            dates.push({ text: 'D', start: i, end: i + 1, grain: g.grain, from: `${g.year}-01-01`, to: `${g.year}-03-31`, ...(g.range ? { range: true as const } : {}), ...(g.relative ? { relative: true as const } : {}) } as DateMention);
          }
          if (view[i] === 'S') stats.push({ text: 'S', start: i, end: i + 1, kind: 'count', value: 1, unit: null, qualifier: 'exact' } as unknown as StatisticMention);
        }
        const ctx = { view, text: view, found: { dates } } as unknown as Context;
        expect(withCompared(stats, ctx)).toEqual(withComparedScan(stats, view, dates));
      }),
      RUNS,
    );
  });
});
