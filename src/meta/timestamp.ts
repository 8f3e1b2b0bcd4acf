/**
 * A header timestamp on one line: a day with an explicit year, optionally
 * a weekday, a clock time and an offset, read with the dates patterns.
 * A line counts as a timestamp line when the date is nearly all of it (a
 * label, a reporter's initials or widget punctuation may remain), or when
 * a publication label stands before it ("Ngày đăng:", "Cập nhật ngày:").
 */
import { PUBLISHED_LABELS } from '../lexicon/meta.js';
import { timestampsIn, type Timestamp } from '../patterns/dates/published.js';
import { alternation, matchAll, test, vx } from '../patterns/regex.js';

export type { Timestamp } from '../patterns/dates/published.js';

// "Cập nhật ngày: 09/01/2022", "Ngày đăng 24/02/2021", "Gửi lúc: 05/12/2013 15:42:27"
const LABEL = vx('meta/published-label', String.raw`(?<![\p{L}\p{N}]) ${alternation(PUBLISHED_LABELS)} (?![\p{L}\p{N}]) [ ]{0,2} :?`, 'i');

/** Letters left on a timestamp line beyond the date itself: "PV", "Ngày", "Cập nhật ngày". */
const MAX_RESIDUE_LETTERS = 12;

/** Where a publication label starts in `text`, in order (a label never runs over a line break). */
export function labelPositions(text: string): number[] {
  return [...matchAll(LABEL, text)].map((m) => m.index);
}

/** Whether `s` has an ASCII digit (`\d` of the day patterns: a timestamp's day and year are written in them). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

export function findTimestamp(line: string, options: { labelled: boolean }): Timestamp | null {
  if (!hasDigit(line)) return null; // no day and year: the day patterns need not run
  const labelled = test(LABEL, line);
  if (options.labelled && !labelled) return null;
  for (const { timestamp, index, text } of timestampsIn(line)) {
    const residue = (line.slice(0, index) + line.slice(index + text.length)).split('').filter((c) => c.toLowerCase() !== c.toUpperCase());
    if (!options.labelled && residue.length > MAX_RESIDUE_LETTERS) continue;
    return timestamp;
  }
  return null;
}
