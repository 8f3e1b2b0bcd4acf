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
import type { Category, ExplainEntry, MentionOf } from '../types.js';
import type { Span } from './define-extractor.js';
import { bySpan, spanIndex } from './spans.js';

/** The mentions of the categories that ran. */
export type Found = { [C in Category]?: MentionOf[C][] };

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

/** Apply the precedence table to the categories that ran, then sort every list by (start, -length). `explain` is told of each removal. */
export function refineAcross(found: Found, explain?: (entry: ExplainEntry) => void): Found {
  const out = { ...found } as Partial<Record<Category, MentionOf[Category][]>>;
  for (const row of PRECEDENCE) {
    const winners: Span[] = (out[row.winner] ?? []).filter((m) => row.applies(m));
    const losers = out[row.loser];
    if (winners.length === 0 || !losers) continue;
    const index = spanIndex(winners);
    out[row.loser] = losers.filter((l) => {
      const beaten = index.overlapsAny(l);
      if (beaten && explain) {
        const { text, start, end, rule } = l;
        explain({ step: `precedence/${row.winner}-over-${row.loser}`, action: 'removed', category: row.loser, text, start, end, ...(rule ? { rule } : {}) });
      }
      return !beaten;
    });
  }
  for (const key of Object.keys(out) as Category[]) out[key] = [...out[key]!].sort(bySpan);
  return out as Found;
}
