/**
 * An HTML page → the article's text and what its markup says about it.
 *
 * 1. Parse leniently (htmlparser2, as cheerio runs it: unclosed tags are
 *    closed where they must be; parse.ts makes its open-element stack linear,
 *    so 10 MB pages and pages nested 100,000 deep parse in linear time).
 * 2. Meta from the markup: og:title, article:published_time, <meta
 *    name="author">, JSON-LD NewsArticle, og:site_name, <title>.
 * 3. The article body: the first known container (lexicon/html-layout.ts)
 *    that holds enough text, else the block with the best text density
 *    (paragraph text, less link text). The headline and the date line or
 *    lead that sit just outside it are put in front.
 * 4. Inside the body, furniture is skipped: scripts, styles, forms, nav,
 *    asides, footers, related lists, comments, sharing and counter widgets.
 * 5. Text: block elements break lines (blank line between paragraphs, line
 *    break for <br>, list items and table rows), table cells are separated
 *    by a tab, white space inside a line collapses to one space.
 *
 * One module per job under src/io/html/: tree.ts (the index and selectors),
 * parse.ts (1), meta.ts (2), article.ts and furniture.ts (3, 4), layout.ts (5). Every walk
 * over the tree is iterative: a page nested 50,000 deep does not overflow
 * the stack.
 */
import type { Meta } from '../../types.js';
import { findBody, headerParts } from './article.js';
import { furnitureInside } from './furniture.js';
import { serialize } from './layout.js';
import { readMeta } from './meta.js';
import { parseHtml } from './parse.js';
import { indexTree } from './tree.js';

export interface HtmlText {
  text: string;
  /** Fields the markup gives; missing ones are left to the text rules. */
  meta: Partial<Meta>;
}

export function htmlToText(html: string): HtmlText {
  const root = parseHtml(html);
  const tree = indexTree(root);
  const meta = readMeta(tree);
  const body = findBody(tree) ?? root;
  const head = headerParts(tree, body, meta.title ?? null);
  const parts = [...head, body].map((node) => serialize(node, node === body ? furnitureInside(body, tree) : new Set()));
  return { text: parts.filter((p) => p.length > 0).join('\n\n'), meta };
}
