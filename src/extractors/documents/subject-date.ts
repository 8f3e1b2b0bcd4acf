/**
 * `issued` after a subject (ANNOTATION.md §documents): in `Thông tư số
 * 01/2017/TT-BTTTT Ban hành danh mục … ngày 16/02/2017 của Bộ Thông tin và
 * Truyền thông`, the date that closes the subject and is followed by the
 * issuer belongs to the document. A reference nested in the subject keeps its
 * own date: the reader jumps over each nested reference with what it took
 * (its date and issuer), from the innermost out.
 */
import type { Context } from '../../core/define-extractor.js';
import type { DocumentMention } from '../../types.js';
import { readIssued, readIssuerAfter } from './resolve.js';

/** Types cited by name that only the legislature issues: a date followed by another body is not theirs. */
const LEGISLATIVE_TYPES = new Set(['Luật', 'Bộ luật', 'Hiến pháp', 'Pháp lệnh']);
const LEGISLATURES = ['Quốc hội', 'Ủy ban Thường vụ Quốc hội'];

/** How far a subject may run before its date. */
const MAX_SUBJECT = 400;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Whether the clause ends at `i`: `;`, or `.` not inside a number, or a blank line. */
function clauseEnds(s: string, i: number): boolean {
  const c = s[i];
  if (c === ';') return true;
  if (c === '.') return !(isDigit(s[i - 1]) && isDigit(s[i + 1]));
  return c === '\n' && s[i + 1] === '\n';
}

/** The end of what a reference takes after its code: its own date and issuer, when written right after it. */
function ownTail(ctx: Context, end: number): number {
  let pos = end;
  const date = readIssued(ctx, pos);
  if (date) pos = date.end;
  const issuer = readIssuerAfter(ctx, pos);
  if (issuer) {
    pos = issuer.end;
    const late = date ? null : readIssued(ctx, pos);
    if (late) pos = late.end;
  }
  return pos;
}

/** Set `issued` (and a written issuer) from a date that closes the subject of each numbered reference without one. */
export function datesAfterSubjects(mentions: readonly DocumentMention[], ctx: Context): DocumentMention[] {
  const s = ctx.view;
  const order = mentions.map((m, i) => i).sort((a, b) => mentions[b]!.start - mentions[a]!.start);
  const out = [...mentions];
  /** Where each mention's reading ends (its code, date, issuer and subject), by start. */
  const extent = new Map<number, number>();
  for (const idx of order) {
    let m = out[idx]!;
    let reach = ownTail(ctx, m.end);
    if (m.named && m.issued !== null && LEGISLATIVE_TYPES.has(m.type ?? '')) {
      // `… thi hành Luật Ngân sách nhà nước ngày 30/01/2020 của Bộ Tài chính`: the date closes the outer subject
      const date = readIssued(ctx, m.end);
      const issuer = date ? readIssuerAfter(ctx, date.end) : null;
      if (issuer && !LEGISLATURES.some((l) => issuer.value.startsWith(l))) {
        m = { ...m, issued: null };
        out[idx] = m;
        reach = m.end;
      }
    }
    if (m.issued === null && m.number !== null) {
      const limit = Math.min(s.length, m.end + MAX_SUBJECT);
      for (let i = reach; i < limit; i++) {
        if (clauseEnds(s, i)) break;
        const nested = extent.get(i);
        if (nested !== undefined) {
          i = nested - 1;
          continue;
        }
        if ((s[i] === 'n' || s[i] === 'N') && s.startsWith('gày', i + 1) && !/* a word goes on */ isLetterAt(s, i - 1)) {
          const date = readIssued(ctx, i);
          if (!date) continue;
          const issuer = readIssuerAfter(ctx, date.end);
          if (!issuer) continue;
          out[idx] = { ...m, issued: date.value, issuer: issuer.value };
          reach = issuer.end;
          break;
        }
      }
    }
    extent.set(m.start, Math.max(reach, m.end));
  }
  return out;
}

const isLetterAt = (s: string, i: number): boolean => i >= 0 && s[i]!.toLowerCase() !== s[i]!.toUpperCase();
