/**
 * `compared`: the period a figure is compared with, when the sentence says so (ANNOTATION.md §statistics):
 * `tăng 5,2% so với cùng kỳ năm trước` after `6 tháng đầu năm 2023` is compared with 2022-01-01..2022-06-30;
 * `so với năm 2022` with the year 2022; `so với kế hoạch` with no period (no `compared`).
 *
 * The figure is the statistic right before `so với` (or the reports' short `so`), with nothing but a comma
 * between. The period is the date mention that starts the comparison (the dates extractor reads `cùng kỳ`,
 * `năm 2022`, `tháng trước`); when the dates extractor gave none for a written `cùng kỳ`, it is the reported
 * period of the same sentence (or else the one before) one year back, or in the year written (`cùng kỳ năm
 * 2019`), as the contract defines `cùng kỳ`.
 */
import type { Context } from '../../core/define-extractor.js';
import { firstAtLeast } from '../../core/spans.js';
import { NOT_BEFORE_WORD, matchAt, vx } from '../../patterns/regex.js';
import type { DateMention, StatisticMention } from '../../types.js';

// ", so với " / " so " right after a figure; the comparison's first word is where the period starts
const SO_VOI = vx(
  'statistics/compared-lead',
  String.raw`[ ]{0,2} ,? [ ]{0,2} (?<lead> so (?: [ ]{1,2} với )? ) [ ]{1,2} (?! với ${NOT_BEFORE_WORD} )`,
  'i',
);

// "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm 2019", "cùng giai đoạn năm trước"
const CUNG_KY = vx(
  'statistics/compared-same-period',
  String.raw`(?: cùng [ ]{1,2} (?: kỳ | kì | giai [ ]{1,2} đoạn | thời [ ]{1,2} điểm ) )
    (?: [ ]{1,2} (?: của [ ]{1,2} )? năm [ ]{1,2} (?: (?<year> \d{4} ) (?![\p{N}]) | trước | ngoái ) )?
    (?![\p{L}\p{N}])`,
  'i',
);

const SENTENCE_ENDS = ['. ', '.\n', '! ', '? ', '\n', '; '];

/**
 * Where the sentence holding `at` starts: after the last sentence end before it (each kind of end: its last
 * occurrence starting before `at`, when it also ends by `at`). The occurrences of each end are found in one
 * pass over the text; each question is then a binary search per kind of end.
 */
function sentenceStarts(text: string): (at: number) => number {
  const found = SENTENCE_ENDS.map((end) => {
    const starts: number[] = [];
    for (let i = text.indexOf(end); i !== -1; i = text.indexOf(end, i + 1)) starts.push(i);
    return { length: end.length, starts };
  });
  return (at) => {
    let best = 0;
    for (const { length, starts } of found) {
      // the last occurrence starting at or before at - 1, as text.lastIndexOf(end, at - 1) finds it
      const k = firstAtLeast(starts, at, (i) => i) - 1;
      const i = k >= 0 ? starts[k]! : -1;
      if (i >= 0 && i + length > best && i + length <= at) best = i + length;
    }
    return best;
  };
}

/** The same calendar span moved to another year (29 February falls back to the 28th). */
function moveYear(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  let d = Number(iso.slice(8, 10));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) d = last;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A period a figure can report on: a date mention of a month, quarter, half, year or a run of months (`6 tháng
 * đầu năm 2023`), not a single day, not a relative date, and not a span of years (`giai đoạn 2011 - 2022`,
 * `2020-2021` name an era, not the period a figure reports on).
 */
const reports = (d: DateMention): boolean => (d.range ? d.grain === 'month' : d.grain !== 'day') && !(d as { relative?: boolean }).relative;

/**
 * The last reported period in `[from, at)` (the last, in order of start, of those inside), from the periods
 * sorted by start: a binary search, then a step back over the few that start inside but end after `at`.
 */
function reportedPeriod(periods: readonly DateMention[], from: number, at: number): DateMention | undefined {
  for (let k = firstAtLeast(periods, at + 1, (d) => d.start) - 1; k >= 0 && periods[k]!.start >= from; k--) {
    if (periods[k]!.end <= at) return periods[k];
  }
  return undefined;
}

/** Set `compared` on each statistic followed by a comparison with a period. */
export function withCompared(stats: StatisticMention[], ctx: Context): StatisticMention[] {
  const dates = [...(ctx.found.dates ?? [])].sort((a, b) => a.start - b.start);
  const periods = dates.filter(reports);
  let sentenceStart: ((at: number) => number) | null = null;
  return stats.map((s) => {
    const lead = matchAt(SO_VOI, ctx.view, s.end);
    if (!lead) return s;
    const leadStart = s.end + lead.text.indexOf(lead.groups.lead!);
    const periodAt = s.end + lead.text.length;
    // a date mention read by the dates extractor (`năm 2022`, `cùng kỳ năm trước`, `tháng trước`)
    const first = dates[firstAtLeast(dates, leadStart, (d) => d.start)];
    const written = first && first.start <= periodAt ? first : undefined;
    if (written) return { ...s, compared: { from: written.from, to: written.to } };
    const same = matchAt(CUNG_KY, ctx.view, periodAt);
    if (!same) return s;
    sentenceStart ??= sentenceStarts(ctx.view);
    const here = sentenceStart(s.start);
    let previousEnd = here;
    while (previousEnd > 0 && ' \n.;!?'.includes(ctx.view[previousEnd - 1]!)) previousEnd--;
    const reported = reportedPeriod(periods, here, s.start) ?? reportedPeriod(periods, sentenceStart(previousEnd), here);
    if (!reported) return s;
    const year = same.groups.year ? Number(same.groups.year) : null;
    const shift = year === null ? -1 : year - Number(reported.from.slice(0, 4));
    if (shift === 0) return s;
    return { ...s, compared: { from: moveYear(reported.from, shift), to: moveYear(reported.to, shift) } };
  });
}
