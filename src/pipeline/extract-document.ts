/**
 * The whole pipeline in one place:
 *
 *   raw text → normalize → match view → boilerplate spans → meta (refDate)
 *            → extractors in dependency order (rules, then each one's refine)
 *            → cross-category refine → DocResult
 *
 * Pure and deterministic: no I/O, no clock. `io/` produces the raw text and
 * the source description; `writers/` serialize the result.
 */
import { EXTRACTORS } from './extractors.js';
import { extractMeta } from '../meta/extract-meta.js';
// the category names from the lexicon: types.ts holds the zod schemas, which the pipeline never needs (start-up)
import { CATEGORY_NAMES as CATEGORIES } from '../lexicon/categories.js';
import type { Category, DocResult, ExplainEntry, ExtractInput, MentionOf, Warning } from '../types.js';

export type { ExtractInput } from '../types.js';
import { findBoilerplate } from '../core/boilerplate.js';
import { newDocState, type Context, type Extractor } from '../core/define-extractor.js';
import { matchView, normalizeText, type ToneStyle } from '../core/normalize.js';
import { refineAcross, type Found } from '../core/refine.js';
import { vietnamDay } from '../patterns/dates/published.js';
import { compileTriggers, runExtractor } from '../core/run-rules.js';
import { bySpan } from '../core/spans.js';

export interface ExtractOptions {
  /** Categories to output; all by default. Dependencies still run, but are not output. */
  only?: readonly Category[];
  tone?: ToneStyle;
  /** ISO date that year-less dates resolve against; overrides the publication date. */
  refDate?: string | null;
  includeText?: boolean;
  /** Add `rule` to every mention and list what refiners and precedence removed or changed (`explain`). */
  explain?: boolean;
  /** Meta read by an input adapter (HTML meta tags, JSON-LD); fields set here win over the text rules. */
  meta?: Partial<DocResult['meta']>;
  /** Run every rule over the whole text, ignoring rule triggers (the reference path; the output is the same). */
  wholeText?: boolean;
}

/** Categories in an order where every extractor runs after those it depends on. */
export function runOrder(selected: readonly Category[]): Category[] {
  const order: Category[] = [];
  const visit = (c: Category, stack: Category[]): void => {
    if (order.includes(c)) return;
    if (stack.includes(c)) throw new Error(`extractor dependency cycle: ${[...stack, c].join(' → ')}`);
    for (const d of EXTRACTORS[c].dependsOn ?? []) visit(d, [...stack, c]);
    order.push(c);
  };
  for (const c of CATEGORIES) if (selected.includes(c)) visit(c, []);
  return order;
}

export function extractDocument(input: ExtractInput, options: ExtractOptions = {}): DocResult {
  const tone = options.tone ?? 'traditional';
  const text = normalizeText(input.text, { tone });
  const view = matchView(text, tone);
  const boilerplate = findBoilerplate(view);
  const warnings: Warning[] = [...(input.warnings ?? [])];
  const warn = (w: Warning): void => void warnings.push(w);

  const meta = extractMeta({ text, view, boilerplate, ...(options.meta ? { markup: options.meta } : {}) });
  const refDate = options.refDate ?? (meta.published ? vietnamDay(meta.published) : null);

  const selected = options.only && options.only.length > 0 ? options.only : CATEGORIES;
  const found: Found = {};
  const state = newDocState();
  const explained: ExplainEntry[] = [];
  const order = runOrder(selected);
  compileTriggers(order.map((category) => EXTRACTORS[category] as unknown as Extractor<Category>));
  for (const category of order) {
    const shown = selected.includes(category);
    const explain = options.explain && shown ? (e: ExplainEntry): void => void explained.push(e) : undefined;
    // an extractor sees what ran before it after precedence (a code inside a document reference is no body)
    const ctx: Context = { text, view, boilerplate, meta, refDate, found: refineAcross(found), state, ...(options.wholeText ? { wholeText: true } : {}), warn: shown ? warn : () => {}, ...(explain ? { explain } : {}) };
    found[category] = runExtractor(EXTRACTORS[category] as unknown as Extractor<typeof category>, ctx) as never;
  }
  const refined = refineAcross(found, options.explain ? (e) => void (selected.includes(e.category as Category) && explained.push(e)) : undefined);
  const mentions = Object.fromEntries(CATEGORIES.map((c) => [c, selected.includes(c) ? (refined[c] ?? []) : []])) as {
    [C in Category]: MentionOf[C][];
  };

  return {
    source: input.source,
    meta,
    ...mentions,
    warnings: dedupeWarnings(warnings),
    errors: [],
    ...(options.explain ? { explain: explained.sort((a, b) => bySpan(a, b) || (a.step < b.step ? -1 : a.step > b.step ? 1 : 0)) } : {}),
    ...(options.includeText ? { text } : {}),
  };
}

function dedupeWarnings(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings
    .filter((w) => {
      const key = `${w.code}|${w.start}|${w.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => bySpan(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
