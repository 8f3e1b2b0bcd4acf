/**
 * Page furniture: scripts, styles, forms, nav, asides, footers, related
 * lists, comments, sharing and counter widgets (by tag, role, hidden state
 * or class word), and blocks that are mostly links.
 */
import { FURNITURE_CLASS_WORDS, FURNITURE_ROLES, FURNITURE_TAGS, LINK_LIST } from '../../lexicon/html-layout.js';
import { classHas, inside, isElement, linkDensity, tagOf, type HNode, type TreeIndex } from './tree.js';

const FURNITURE_TAG = new Set(FURNITURE_TAGS);
const LINK_LIST_TAG = new Set<string>(LINK_LIST.tags);
const FURNITURE_ROLE = new Set(FURNITURE_ROLES);

/** An element that is page furniture by its tag, role, hidden state, inline style or class words. */
export function isFurniture(n: HNode): boolean {
  if (!isElement(n)) return false;
  if (FURNITURE_TAG.has(tagOf(n))) return true;
  const role = n.attribs?.role?.toLowerCase();
  if (role && FURNITURE_ROLE.has(role)) return true;
  if (n.attribs?.['aria-hidden'] === 'true' || n.attribs?.hidden !== undefined) return true;
  const style = (n.attribs?.style ?? '').toLowerCase().split(' ').join('');
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  return classHas(n, FURNITURE_CLASS_WORDS);
}

/** Elements below a furniture element, found in one pass in document order (parents first). */
const UNDER_FURNITURE = new WeakMap<TreeIndex, Set<HNode>>();

export function hasFurnitureAncestor(tree: TreeIndex, n: HNode): boolean {
  let under = UNDER_FURNITURE.get(tree);
  if (!under) {
    under = new Set();
    for (const el of tree.elements) {
      const p = el.parent;
      if (p && isElement(p) && (under.has(p) || isFurniture(p))) under.add(el);
    }
    UNDER_FURNITURE.set(tree, under);
  }
  if (isElement(n)) return under.has(n);
  // a text node or the root: its nearest element above decides
  let p = n.parent;
  while (p && !isElement(p)) p = p.parent;
  return p !== null && (under.has(p) || isFurniture(p));
}

/**
 * A block of links (a related-articles list, a tag cloud, a menu without a
 * furniture class): a list or container holding several links whose text is
 * most of its text (LINK_LIST).
 */
const isLinkList = (n: HNode, tree: TreeIndex): boolean =>
  LINK_LIST_TAG.has(tagOf(n)) && (tree.links.get(n) ?? 0) >= LINK_LIST.minLinks && linkDensity(tree, n) >= LINK_LIST.minDensity;

/** Furniture below the body (never the body, never a block that holds most of its text). */
export function furnitureInside(body: HNode, tree: TreeIndex): Set<HNode> {
  const out = new Set<HNode>();
  const total = tree.chars.get(body) ?? 0;
  for (const el of tree.elements) {
    if (el === body || !inside(tree, el, body) || !(isFurniture(el) || isLinkList(el, tree))) continue;
    if ((tree.chars.get(el) ?? 0) > total * 0.6) continue;
    out.add(el);
  }
  return out;
}
