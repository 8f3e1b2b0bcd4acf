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

/**
 * Apply the precedence table to the categories that ran, then sort every list by (start, -length). `explain` is told of
 * each removal.
 *
 * The pipeline calls this before every extractor and once at the end, each time with one more category: a list whose
 * own mentions and winners are the lists of the call before gets that call's answer back, the same array (the lists
 * are never changed once made, and their readers only read them), instead of being filtered and sorted again. With
 * `explain` every step runs, so that each removal is told.
 */
export function refineAcross(found: Found, explain?: (entry: ExplainEntry) => void): Found {
  const out = { ...found } as Partial<Record<Category, MentionOf[Category][]>>;
  for (const row of PRECEDENCE) {
    const winnersIn = out[row.winner];
    const losers = out[row.loser];
    if (!winnersIn || !losers) continue;
    const known = explain ? undefined : BEATEN.get(losers)?.get(row);
    if (known && known.winners === winnersIn) {
      out[row.loser] = known.kept;
      continue;
    }
    const winners: Span[] = winnersIn.filter((m) => row.applies(m));
    if (winners.length === 0) continue;
    const index = spanIndex(winners);
    const kept = losers.filter((l) => {
      const beaten = index.overlapsAny(l);
      if (beaten && explain) {
        const { text, start, end, rule } = l;
        explain({ step: `precedence/${row.winner}-over-${row.loser}`, action: 'removed', category: row.loser, text, start, end, ...(rule ? { rule } : {}) });
      }
      return !beaten;
    });
    out[row.loser] = kept;
    if (!explain) remember(BEATEN, losers, new Map()).set(row, { winners: winnersIn, kept });
  }
  for (const key of Object.keys(out) as Category[]) {
    const list = out[key]!;
    out[key] = SORTED.get(list) ?? remember(SORTED, list, [...list].sort(bySpan));
  }
  return out as Found;
}

type List = readonly MentionOf[Category][];
/** A losers' list after a row, by the list and the row: the winners' list it was filtered by, and what it kept. */
const BEATEN = new WeakMap<List, Map<PrecedenceRow, { winners: List; kept: MentionOf[Category][] }>>();
/** A list sorted by span, by the list. */
const SORTED = new WeakMap<List, MentionOf[Category][]>();

/** The value remembered for `key`, or `value`, remembered now. */
function remember<K extends object, V>(memo: WeakMap<K, V>, key: K, value: V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  memo.set(key, value);
  return value;
}
