/**
 * The heading of a copied legal document (ANNOTATION.md §documents: "the
 * heading (`QUYẾT ĐỊNH` plus subject) is `meta.title`"): a line that is a
 * document type in capitals, below a `Số: …` line, followed by its subject
 * in capitals or introduced by `Về việc` / `V/v` / `Về`.
 *
 *   Số: 34/2024/QĐ-UBND
 *   Cao Bằng, ngày 05 tháng 3 năm 2024
 *
 *   QUYẾT ĐỊNH
 *   BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ …      → "QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ …"
 */
import { DOC_TYPES } from '../lexicon/doc-types.js';
import { SUBJECT_LEADS } from '../lexicon/meta.js';
import { collapseSpaces } from '../patterns/text.js';

interface Line {
  text: string;
  start: number;
  end: number;
}

/** How far into the text the heading may stand, in non-empty lines. */
const HEADING_WITHIN = 25;
const HEADINGS = new Set(DOC_TYPES.map((t) => t.name.toUpperCase()));

const isUpper = (s: string): boolean => s.toUpperCase() === s && s.toLowerCase() !== s;
const startsSubject = (s: string): boolean => SUBJECT_LEADS.some((lead) => s.startsWith(`${lead} `) || s.startsWith(`${lead}:`));

/** The heading plus subject as written (lines joined by a space), or null when the text is not such a copy. */
export function legalHeading(lines: readonly Line[], text: string): string | null {
  const blankBetween = (a: Line, b: Line): boolean => text.slice(a.end, b.start).split('\n').length > 2;
  const top = lines.slice(0, HEADING_WITHIN);
  const number = top.findIndex((l) => l.text.startsWith('Số:') || l.text.startsWith('Số :') || l.text.startsWith('Số '));
  if (number < 0) return null;
  for (let i = number + 1; i < top.length; i++) {
    const heading = collapseSpaces(top[i]!.text.split('\t')[0] ?? '');
    if (!HEADINGS.has(heading)) continue;
    const subject: string[] = [];
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
      if (subject.length > 0 && blankBetween(lines[j - 1]!, lines[j]!)) break; // a subject's lines run on without a blank line
      const line = collapseSpaces(lines[j]!.text);
      if (line.endsWith(':') && HEADINGS.has(line.slice(0, -1).trim())) break; // "QUYẾT ĐỊNH:" opens the articles
      if (subject.length === 0 ? isUpper(line) || startsSubject(line) : isUpper(line)) subject.push(line);
      else break;
    }
    return [heading, ...subject].join(' ');
  }
  return null;
}
