/**
 * Spans of page furniture that no rule may match inside: lines whose shape
 * marks them as furniture (furniture-shape.ts), links, and lines that start
 * with the generic vocabulary of portal furniture (lexicon/boilerplate.ts).
 */
import { FURNITURE_LINE_STARTS } from '../lexicon/boilerplate.js';
import { alternation, matchAll, matchAllNear, vx } from '../patterns/regex.js';
import type { Span } from './define-extractor.js';
import { furnitureLines } from './furniture-shape.js';
import { bySpan } from './spans.js';

// "  • Hôm nay: 994" — a whole line that starts with a furniture phrase (case-insensitive), up to its end.
const FURNITURE_LINE = vx(
  'boilerplate/furniture-line',
  String.raw`
    (?<= ^ | \n )                 # at the start of a line
    [ \t•·\-*]{0,8}               # bullets and indentation
    ${alternation(FURNITURE_LINE_STARTS)}
    [^\n]{0,200}                  # the rest of the line, bounded
  `,
  'i',
);

// http://baodongthap.com.vn/database/video/2022...mp3, www.example.vn/x — links are never article text.
const URL = vx(
  'boilerplate/url',
  String.raw`
    (?: https?:// | www\. )
    [^\s<>"“”]{1,2000}
  `,
  'i',
);

/** Where each line of a text starts: 0, and after every line break. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Furniture spans of a (normalized) text, sorted by start, merged where they overlap. */
export function findBoilerplate(view: string): Span[] {
  const spans: Span[] = furnitureLines(view);
  // a furniture line starts where a line does: tried there only, not at every character
  for (const m of matchAllNear(FURNITURE_LINE, view, lineStarts(view), 0)) spans.push({ start: m.index, end: m.index + m.text.length });
  for (const m of matchAll(URL, view)) spans.push({ start: m.index, end: m.index + m.text.length });
  spans.sort(bySpan);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
