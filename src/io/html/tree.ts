/**
 * The parsed page, indexed once: preorder positions, text lengths (plain and
 * in links), the elements in document order, the hidden ones; and the
 * element matching the rest of src/io/html/ asks for (the simple selectors
 * of the layout lexicon, class and id words). Every walk is iterative: a
 * page nested 50,000 deep does not overflow the stack.
 */
import { DROPPED_TAGS } from '../../lexicon/html-layout.js';

/** The parts of a domhandler node src/io/html/ reads. */
export interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  parent: HNode | null;
  data?: string;
}

export interface TreeIndex {
  /** Preorder position of each node, and the position of its last descendant. */
  pre: Map<HNode, number>;
  last: Map<HNode, number>;
  /** Non-space characters of text below each node, and those inside links. */
  chars: Map<HNode, number>;
  linkChars: Map<HNode, number>;
  /** Links (`<a>` elements) below each node. */
  links: Map<HNode, number>;
  /** Elements in document order, those in <head>, scripts and other dropped parts included (meta is read from them). */
  elements: HNode[];
  /** Elements that are, or are inside, a dropped element: never article text. */
  hidden: Set<HNode>;
}

const DROPPED = new Set(DROPPED_TAGS);

export const childrenOf = (n: HNode): HNode[] => n.children ?? [];
export const isElement = (n: HNode): boolean => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const tagOf = (n: HNode): string => (n.name ?? '').toLowerCase();
export const isDropped = (n: HNode): boolean => n.type === 'comment' || n.type === 'directive' || n.type === 'cdata' || (isElement(n) && DROPPED.has(tagOf(n)));

export function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0xa0 && c !== 0x0c) n++;
  }
  return n;
}

/** One iterative post-order walk: positions, text and link lengths, elements, hidden elements. */
export function indexTree(root: HNode): TreeIndex {
  const pre = new Map<HNode, number>();
  const last = new Map<HNode, number>();
  const chars = new Map<HNode, number>();
  const linkChars = new Map<HNode, number>();
  const links = new Map<HNode, number>();
  const elements: HNode[] = [];
  const hidden = new Set<HNode>();
  let counter = 0;
  // Iterative post-order with an explicit stack: [node, childrenVisited].
  const stack: [HNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, visited] = top;
    if (!visited) {
      top[1] = true;
      pre.set(node, counter++);
      if (isElement(node)) {
        elements.push(node);
        if (isDropped(node) || (node.parent && hidden.has(node.parent))) hidden.add(node);
      }
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
      continue;
    }
    stack.pop();
    last.set(node, counter - 1);
    let c = 0;
    let l = 0;
    let k = 0;
    if (node.type === 'text') c = nonSpace(node.data ?? '');
    else if (!isDropped(node)) {
      for (const kid of childrenOf(node)) {
        c += chars.get(kid) ?? 0;
        l += linkChars.get(kid) ?? 0;
        k += links.get(kid) ?? 0;
      }
      if (tagOf(node) === 'a') {
        l = c;
        k += 1;
      }
    }
    chars.set(node, c);
    linkChars.set(node, l);
    links.set(node, k);
  }
  return { pre, last, chars, linkChars, links, elements, hidden };
}

export const inside = (tree: TreeIndex, node: HNode, container: HNode): boolean => {
  const p = tree.pre.get(node);
  const a = tree.pre.get(container);
  const b = tree.last.get(container);
  return p !== undefined && a !== undefined && b !== undefined && p >= a && p <= b;
};

export const plainChars = (tree: TreeIndex, n: HNode): number => (tree.chars.get(n) ?? 0) - (tree.linkChars.get(n) ?? 0);
export const linkDensity = (tree: TreeIndex, n: HNode): number => (tree.linkChars.get(n) ?? 0) / Math.max(1, tree.chars.get(n) ?? 0);

/** Does a class or id token of `n` contain one of `words` (lower case, separators dropped)? */
export function classHas(n: HNode, words: readonly string[]): boolean {
  const raw = `${n.attribs?.class ?? ''} ${n.attribs?.id ?? ''}`.toLowerCase();
  if (raw.trim() === '') return false;
  // Each class or id token, separators removed inside it.
  const tokens: string[] = [];
  let cur = '';
  for (const ch of raw) {
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (cur) tokens.push(cur);
      cur = '';
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) cur += ch;
  }
  if (cur) tokens.push(cur);
  return tokens.some((t) => words.some((w) => t.includes(w)));
}

// --- selectors --------------------------------------------------------------

interface Simple {
  tag?: string;
  cls?: string;
  id?: string;
  attr?: [string, string];
}

/**
 * The selector forms the layout lexicon uses: `tag`, `.class`, `#id`,
 * `[attr="value"]`, `tag[attr="value"]`. Matched in one pass over the
 * indexed elements: css-select walks ancestors, which costs seconds on a
 * page nested tens of thousands deep.
 */
function parseSimple(selector: string): Simple {
  const out: Simple = {};
  let rest = selector.trim();
  const bracket = rest.indexOf('[');
  if (bracket !== -1) {
    const inner = rest.slice(bracket + 1, rest.lastIndexOf(']'));
    const eq = inner.indexOf('=');
    out.attr = [inner.slice(0, eq).trim().toLowerCase(), inner.slice(eq + 1).trim().slice(1, -1)];
    rest = rest.slice(0, bracket);
  }
  if (rest.startsWith('.')) out.cls = rest.slice(1);
  else if (rest.startsWith('#')) out.id = rest.slice(1);
  else if (rest) out.tag = rest.toLowerCase();
  return out;
}

const SELECTOR_CACHE = new Map<string, Simple>();

/** The elements of a tree by tag, id and class word (each list in document order), built on the first query. */
interface ElementIndex {
  byTag: Map<string, HNode[]>;
  byId: Map<string, HNode[]>;
  byClass: Map<string, HNode[]>;
}

const ELEMENT_INDEX = new WeakMap<TreeIndex, ElementIndex>();

function elementIndex(tree: TreeIndex): ElementIndex {
  let index = ELEMENT_INDEX.get(tree);
  if (index) return index;
  index = { byTag: new Map(), byId: new Map(), byClass: new Map() };
  const add = (map: Map<string, HNode[]>, key: string, el: HNode): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [el]);
    else if (list[list.length - 1] !== el) list.push(el);
  };
  for (const el of tree.elements) {
    add(index.byTag, tagOf(el), el);
    if (el.attribs?.id !== undefined) add(index.byId, el.attribs.id, el);
    for (const word of (el.attribs?.class ?? '').split(' ')) add(index.byClass, word, el);
  }
  ELEMENT_INDEX.set(tree, index);
  return index;
}

/**
 * The elements matching a simple selector, in document order. The candidates come from the element index
 * (those with the tag, the id or the class word), so the layout lexicon's selectors cost the matches, not each
 * a pass over every element.
 */
export function query(tree: TreeIndex, selector: string): HNode[] {
  let simple = SELECTOR_CACHE.get(selector);
  if (!simple) SELECTOR_CACHE.set(selector, (simple = parseSimple(selector)));
  const { tag, cls, id, attr } = simple;
  const index = tag || id || cls ? elementIndex(tree) : null;
  const candidates = index === null ? tree.elements : tag ? (index.byTag.get(tag) ?? []) : id ? (index.byId.get(id) ?? []) : (index.byClass.get(cls!) ?? []);
  return candidates.filter((el) => {
    if (tag && tagOf(el) !== tag) return false;
    if (id && el.attribs?.id !== id) return false;
    if (cls && !(el.attribs?.class ?? '').split(' ').includes(cls)) return false;
    if (attr && el.attribs?.[attr[0]] !== attr[1]) return false;
    return true;
  });
}
