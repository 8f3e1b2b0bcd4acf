/**
 * Article metadata from the text's header and footer (ANNOTATION.md §meta):
 *
 * - `published`: the first header timestamp, a day with its year on a line
 *   of its own or after a label ("Thứ Năm, 29/2/2024", "Cập nhật ngày:
 *   09/01/2022 10:11:26", "( 14:44 | 11/09/2018 )", "PV•28/01/2025 08:22");
 *   ISO date, or date-time with seconds and +07:00 (or the written offset)
 *   when a time is given. Header lines are those before the body starts;
 *   a labelled line counts anywhere.
 * - `title`: in the copy of a legal document, its heading and subject
 *   ("QUYẾT ĐỊNH BAN HÀNH …", legal-heading.ts); otherwise the first header
 *   line that is not furniture, not a timestamp, not a link and not the
 *   body's lead ("(baophutho.vn) - ...").
 * - `author`: the last line of the article before trailing furniture, when
 *   it looks like a byline ("Hằng Nga", "DŨNG CHINH", "N.H", "Theo TTXVN").
 * - `outlet`: the self-naming lead tag of the body ("(baophutho.vn) -",
 *   "ĐTO -"), without its punctuation.
 *
 * The timestamp is read with the dates extractor's own patterns and
 * resolvers (extractors/dates), so a header date and a date mention agree.
 */
import type { Span } from '../core/define-extractor.js';
import { firstAtLeast, overlapsAny } from '../core/spans.js';
import { MAX_BYLINE_LENGTH, MAX_TITLE_LENGTH } from '../lexicon/meta.js';
import type { Meta } from '../types.js';
import { formatPublished } from '../patterns/dates/published.js';
import { findTimestamp, labelPositions, type Timestamp } from './timestamp.js';
import { legalHeading } from './legal-heading.js';
import { bylineOf, outletOf } from './lines.js';
import { trimmedLines, type TrimmedLine } from '../patterns/text.js';

export interface MetaInput {
  text: string;
  view: string;
  boilerplate: readonly Span[];
  /**
   * Meta read from the page's markup (og:title, article:published_time, JSON-LD…):
   * it wins over the text rules, except the title of a copied legal document,
   * whose heading is its title (ANNOTATION.md).
   */
  markup?: Partial<Meta>;
}

/** A non-blank line, trimmed, with its offsets. */
type Line = TrimmedLine;

/** How many non-empty lines the header may have before the body starts. */
const HEADER_LINES = 8;
/** A line longer than this is a body paragraph. */
const BODY_LINE = MAX_TITLE_LENGTH;

export function extractMeta(input: MetaInput): Meta {
  const lines = trimmedLines(input.text);
  const furniture = (l: Line): boolean => overlapsAny(l, input.boilerplate);
  // a line's timestamp, each way, read once (the date and the title are both decided by it)
  const stamps = { plain: new Map<Line, Timestamp | null>(), labelled: new Map<Line, Timestamp | null>() };
  const timestampOf = (l: Line, labelled: boolean): Timestamp | null => {
    const cache = labelled ? stamps.labelled : stamps.plain;
    let stamp = cache.get(l);
    if (stamp === undefined) cache.set(l, (stamp = findTimestamp(l.text, { labelled })));
    return stamp;
  };

  // The header: the lines before the first body paragraph or lead tag.
  const header: Line[] = [];
  for (const line of lines) {
    if (header.length >= HEADER_LINES || line.text.length > BODY_LINE || outletOf(line.text) !== null) break;
    header.push(line);
  }

  let published: Timestamp | null = null;
  for (const line of header) {
    if (furniture(line)) continue;
    published = timestampOf(line, false);
    if (published) break;
  }
  if (!published) {
    // only a line with a label can hold a labelled timestamp: find the labels in one pass over the text
    let last = -1;
    for (const at of labelPositions(input.text)) {
      const i = firstAtLeast(lines, at + 1, (l) => l.end);
      if (i <= last || i >= lines.length || lines[i]!.start > at) continue;
      last = i;
      published = timestampOf(lines[i]!, true);
      if (published) break;
    }
  }

  const heading = legalHeading(lines, input.text);
  const title =
    heading ??
    header.find(
      (l) =>
        // the cheap tests first
        !l.text.includes('://') &&
        l.text.includes(' ') &&
        l.text.length > MAX_BYLINE_LENGTH / 4 &&
        !furniture(l) &&
        timestampOf(l, false) === null &&
        timestampOf(l, true) === null,
    )?.text ?? null;

  const bodyLead = lines.slice(0, 20).map((l) => outletOf(l.text)).find((o) => o !== null) ?? null;

  let author: string | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (furniture(line)) continue;
    if (line.text !== title) author = bylineOf(line.text);
    break;
  }

  const fromText: Meta = { title, published: published ? formatPublished(published) : null, author, outlet: bodyLead };
  const markup = Object.fromEntries(Object.entries(input.markup ?? {}).filter(([, v]) => v !== undefined && v !== null));
  return { ...fromText, ...markup, ...(heading ? { title: heading } : {}) };
}
