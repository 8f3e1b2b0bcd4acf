/**
 * Finding the article: the first known container (lexicon/html-layout.ts)
 * that holds enough text, else the block with the best text density
 * (paragraph text, less link text); and the headline and the date line or
 * lead that sit just outside it.
 */
import { ARTICLE_SELECTORS, HEADER_CLASS_WORDS } from '../../lexicon/html-layout.js';
import { hasFurnitureAncestor, isFurniture } from './furniture.js';
import { foldSpaces, textOf } from './layout.js';
import { childrenOf, classHas, inside, isElement, linkDensity, nonSpace, plainChars, query, tagOf, type HNode, type TreeIndex } from './tree.js';

const MIN_BODY_CHARS = 200;

// --- the article body -----------------------------------------------------

/** The article body: the first layout container with enough plain text, else the densest block. */
export function findBody(tree: TreeIndex): HNode | null {
  for (const selector of ARTICLE_SELECTORS) {
    let best: HNode | null = null;
    for (const el of query(tree, selector)) {
      if (tree.hidden.has(el) || linkDensity(tree, el) > 0.5) continue;
      if (!best || plainChars(tree, el) > plainChars(tree, best)) best = el;
    }
    if (best && plainChars(tree, best) >= MIN_BODY_CHARS) return best;
  }
  return densest(tree);
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'h2', 'h3', 'h4', 'span', 'font', 'b', 'strong', 'em', 'i']);

/**
 * Text-density fallback (Readability's idea, simplified): every run of text
 * of 25+ characters credits the block that holds it, and its parent half;
 * a paragraph element credits its parent and grandparent instead. The best
 * score, discounted by link density, wins.
 */
function densest(tree: TreeIndex): HNode | null {
  const score = new Map<HNode, number>();
  // The block that holds an element: itself, or for a paragraph element the holder of its parent;
  // each element's answer is kept, so the walks up cost the size of the page, whatever its depth.
  const holders = new Map<HNode, HNode | null>();
  const holderOf = (el: HNode): HNode | null => {
    const chain: HNode[] = [];
    let at: HNode | null = el;
    let found: HNode | null | undefined;
    while (found === undefined) {
      if (!at || !PARAGRAPH_TAGS.has(tagOf(at))) found = at;
      else if (holders.has(at)) found = holders.get(at)!;
      else {
        chain.push(at);
        at = at.parent;
      }
    }
    for (const n of chain) holders.set(n, found);
    return found;
  };
  const credit = (n: HNode | null, s: number): void => {
    if (n && n.type !== 'root' && isElement(n)) score.set(n, (score.get(n) ?? 0) + s);
  };
  for (const el of tree.elements) {
    if (tree.hidden.has(el) || isFurniture(el)) continue;
    let own = 0;
    let commas = 0;
    for (const kid of childrenOf(el)) {
      if (kid.type !== 'text') continue;
      own += nonSpace(kid.data ?? '');
      for (const ch of kid.data ?? '') if (ch === ',') commas++;
    }
    if (own < 25) continue;
    const s = 1 + commas + Math.min(own / 100, 3);
    const holder = holderOf(el);
    credit(holder, s);
    credit(holder?.parent ?? null, s / 2);
  }
  let best: HNode | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (hasFurnitureAncestor(tree, el)) continue;
    const final = s * (1 - linkDensity(tree, el));
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  return best;
}

// --- headline, date line and lead outside the body --------------------------

/** The headline (`<h1>`) before the body, and the date line or lead between it and the body. */
export function headerParts(tree: TreeIndex, body: HNode, title: string | null): HNode[] {
  if (body.type === 'root') return [];
  const start = tree.pre.get(body)!;
  const all = query(tree, 'h1');
  const h1s = all.filter(
    (h) => !tree.hidden.has(h) && tree.pre.get(h)! < start && !inside(tree, h, body) && !hasFurnitureAncestor(tree, h) && plainChars(tree, h) >= 8,
  );
  if (all.some((h) => inside(tree, h, body))) return [];
  const wanted = title ? foldSpaces(title).toLowerCase() : null;
  const headline = h1s.find((h) => wanted !== null && textOf(h).toLowerCase().includes(wanted.slice(0, 40))) ?? h1s.at(-1);
  if (!headline) return [];
  const from = tree.last.get(headline)!;
  const to = tree.pre.get(body)!;
  if (from > to) return [headline];
  const parts: HNode[] = [headline];
  let taken = from;
  for (const el of tree.elements) {
    const p = tree.pre.get(el)!;
    if (p <= taken || p >= to) continue;
    if (tree.hidden.has(el) || !classHas(el, HEADER_CLASS_WORDS) || isFurniture(el) || hasFurnitureAncestor(tree, el)) continue;
    const n = tree.chars.get(el) ?? 0;
    if (n === 0 || n > 1200) continue;
    parts.push(el);
    taken = tree.last.get(el)!;
  }
  return parts;
}
