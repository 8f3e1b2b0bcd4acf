/**
 * The cross-category step, and the only place where one category's mention
 * can remove another's. The precedence table, each row with its reason:
 *
 * | winner                 | loser        | example                                               |
 * |------------------------|--------------|-------------------------------------------------------|
 * | coded document         | dates        | `30/2020/NĐ-CP`: 2020 is part of a number, not a year  |
 * | coded document         | statistics   | `Quyết định số 455-QĐ/TU`: 455 is a number, not a count|
 * | coded document         | organizations| `16/CT-TTg`: TTg is a code, not a body                 |
 * | dates                  | statistics   | `6 tháng đầu năm 2021`: 6 is part of a period          |
 *
 * A named document (`Đề án “… giai đoạn 2019-2024”`) removes nothing: the
 * dates and bodies inside a title are mentions of their own (gold/DECISIONS.md).
 */
import type { Category, MentionOf } from '../types.js';
import type { Span } from './define-extractor.js';
import { bySpan, spanIndex } from './spans.js';

export type Found = { [C in Category]: MentionOf[C][] };

interface PrecedenceRow {
  winner: Category;
  loser: Category;
  /** Which winners count: a coded document only, or every mention. */
  applies(winner: MentionOf[Category]): boolean;
}

const isCodedDocument = (m: MentionOf[Category]): boolean =>
  'named' in m ? m.named !== true && (m as MentionOf['documents']).number !== null : true;

export const PRECEDENCE: readonly PrecedenceRow[] = [
  { winner: 'documents', loser: 'dates', applies: isCodedDocument },
  { winner: 'documents', loser: 'statistics', applies: isCodedDocument },
  { winner: 'documents', loser: 'organizations', applies: isCodedDocument },
  { winner: 'dates', loser: 'statistics', applies: () => true },
];

/** Apply the precedence table, then sort every list by (start, -length). */
export function refineAcross(found: Found): Found {
  const out = { ...found } as Found;
  for (const row of PRECEDENCE) {
    const winners: Span[] = (out[row.winner] as MentionOf[Category][]).filter((m) => row.applies(m));
    if (winners.length === 0) continue;
    const losers = out[row.loser] as MentionOf[Category][];
    const index = spanIndex(winners);
    (out as Record<Category, MentionOf[Category][]>)[row.loser] = losers.filter((l) => !index.overlapsAny(l));
  }
  for (const key of Object.keys(out) as Category[]) {
    (out as Record<Category, MentionOf[Category][]>)[key] = [...(out[key] as MentionOf[Category][])].sort(bySpan);
  }
  return out;
}
