/**
 * An HTML page → the article's text and what its markup says about it.
 *
 * 1. Parse leniently (cheerio with htmlparser2: unclosed tags are closed
 *    where they must be; deep nesting and 10 MB pages parse in linear-ish
 *    time, which parse5 does not).
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
 * Every walk over the tree is iterative: a page nested 50,000 deep does not
 * overflow the stack.
 */
import * as cheerio from 'cheerio';
import {
  ARTICLE_LD_TYPES,
  ARTICLE_SELECTORS,
  BLOCK_TAGS,
  DROPPED_TAGS,
  FURNITURE_CLASS_WORDS,
  FURNITURE_ROLES,
  FURNITURE_TAGS,
  LINK_LIST,
  HEADER_CLASS_WORDS,
  LINE_TAGS,
  SITE_NAME_MARKERS,
} from '../../lexicon/html-layout.js';
import { formatPublished, readTimestamp } from '../../patterns/dates/published.js';
import type { Meta } from '../../types.js';

/** The parts of a domhandler node this module reads. */
interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  parent: HNode | null;
  data?: string;
}

export interface HtmlText {
  text: string;
  /** Fields the markup gives; missing ones are left to the text rules. */
  meta: Partial<Meta>;
}

const BLOCK = new Set(BLOCK_TAGS);
const LINE = new Set(LINE_TAGS);
const DROPPED = new Set(DROPPED_TAGS);
const FURNITURE_TAG = new Set(FURNITURE_TAGS);
const LINK_LIST_TAG = new Set<string>(LINK_LIST.tags);
const FURNITURE_ROLE = new Set(FURNITURE_ROLES);
const MIN_BODY_CHARS = 200;

export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root()[0] as unknown as HNode;
  const tree = indexTree(root);
  const meta = readMeta(tree);
  const body = findBody(tree) ?? root;
  const head = headerParts(tree, body, meta.title ?? null);
  const parts = [...head, body].map((node) => serialize(node, tree, node === body ? furnitureInside(body, tree) : new Set()));
  return { text: parts.filter((p) => p.length > 0).join('\n\n'), meta };
}

// --- the tree: order, text lengths ----------------------------------------

interface TreeIndex {
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

const childrenOf = (n: HNode): HNode[] => n.children ?? [];
const isElement = (n: HNode): boolean => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const tagOf = (n: HNode): string => (n.name ?? '').toLowerCase();
const isDropped = (n: HNode): boolean => n.type === 'comment' || n.type === 'directive' || n.type === 'cdata' || (isElement(n) && DROPPED.has(tagOf(n)));

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0xa0 && c !== 0x0c) n++;
  }
  return n;
}

function indexTree(root: HNode): TreeIndex {
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

const inside = (tree: TreeIndex, node: HNode, container: HNode): boolean => {
  const p = tree.pre.get(node);
  const a = tree.pre.get(container);
  const b = tree.last.get(container);
  return p !== undefined && a !== undefined && b !== undefined && p >= a && p <= b;
};

const plainChars = (tree: TreeIndex, n: HNode): number => (tree.chars.get(n) ?? 0) - (tree.linkChars.get(n) ?? 0);
const linkDensity = (tree: TreeIndex, n: HNode): number => (tree.linkChars.get(n) ?? 0) / Math.max(1, tree.chars.get(n) ?? 0);

function classHas(n: HNode, words: readonly string[]): boolean {
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

function query(tree: TreeIndex, selector: string): HNode[] {
  let simple = SELECTOR_CACHE.get(selector);
  if (!simple) SELECTOR_CACHE.set(selector, (simple = parseSimple(selector)));
  const { tag, cls, id, attr } = simple;
  return tree.elements.filter((el) => {
    if (tag && tagOf(el) !== tag) return false;
    if (id && el.attribs?.id !== id) return false;
    if (cls && !(el.attribs?.class ?? '').split(' ').includes(cls)) return false;
    if (attr && el.attribs?.[attr[0]] !== attr[1]) return false;
    return true;
  });
}

// --- the article body -----------------------------------------------------

function findBody(tree: TreeIndex): HNode | null {
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

function isFurniture(n: HNode): boolean {
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

function hasFurnitureAncestor(tree: TreeIndex, n: HNode): boolean {
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
function furnitureInside(body: HNode, tree: TreeIndex): Set<HNode> {
  const out = new Set<HNode>();
  const total = tree.chars.get(body) ?? 0;
  for (const el of tree.elements) {
    if (el === body || !inside(tree, el, body) || !(isFurniture(el) || isLinkList(el, tree))) continue;
    if ((tree.chars.get(el) ?? 0) > total * 0.6) continue;
    out.add(el);
  }
  return out;
}

// --- headline, date line and lead outside the body --------------------------

function headerParts(tree: TreeIndex, body: HNode, title: string | null): HNode[] {
  if (body.type === 'root') return [];
  const start = tree.pre.get(body)!;
  const all = query(tree, 'h1');
  const h1s = all.filter(
    (h) => !tree.hidden.has(h) && tree.pre.get(h)! < start && !inside(tree, h, body) && !hasFurnitureAncestor(tree, h) && plainChars(tree, h) >= 8,
  );
  if (all.some((h) => inside(tree, h, body))) return [];
  const wanted = title ? foldSpaces(title).toLowerCase() : null;
  const headline = h1s.find((h) => wanted !== null && textOf(h, tree).toLowerCase().includes(wanted.slice(0, 40))) ?? h1s.at(-1);
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

function textOf(n: HNode, tree: TreeIndex): string {
  return foldSpaces(serialize(n, tree, new Set()));
}

function foldSpaces(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f') space = out.length > 0;
    else {
      if (space) out += ' ';
      out += ch;
      space = false;
    }
  }
  return out;
}

// --- text -------------------------------------------------------------------

/** The text of `start`, skipping dropped and `skip` nodes, with line structure from the markup. */
function serialize(start: HNode, tree: TreeIndex, skip: ReadonlySet<HNode>): string {
  const lines: string[] = [];
  let cur = '';
  let space = false;
  let blank = false;
  let pre = 0;
  const flush = (): void => {
    const line = cur.trimEnd();
    if (line.trim().length > 0) {
      if (blank && lines.length > 0) lines.push('');
      lines.push(line);
      blank = false;
    }
    cur = '';
    space = false;
  };
  const block = (): void => {
    flush();
    blank = true;
  };
  const text = (s: string): void => {
    for (const ch of s) {
      if (pre > 0 && ch === '\n') {
        flush();
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0') {
        if (pre > 0) cur += ' ';
        else space = cur.length > 0 && !cur.endsWith('\t');
        continue;
      }
      if (space) cur += ' ';
      space = false;
      cur += ch;
    }
  };
  const stack: [HNode, boolean][] = [[start, false]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, visited] = top;
    const tag = tagOf(node);
    if (!visited) {
      top[1] = true;
      if (isDropped(node) || skip.has(node)) {
        stack.pop();
        continue;
      }
      if (node.type === 'text') {
        stack.pop();
        text(node.data ?? '');
        continue;
      }
      if (tag === 'br') {
        if (cur.trim().length > 0) flush();
        else blank = true;
      } else if (tag === 'td' || tag === 'th') {
        if (cur.trim().length > 0) {
          cur = cur.trimEnd() + '\t';
          space = false;
        }
      } else if (LINE.has(tag)) flush();
      else if (tag === 'pre') {
        block();
        pre++;
      } else if (BLOCK.has(tag)) block();
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
      continue;
    }
    stack.pop();
    if (LINE.has(tag)) flush();
    else if (tag === 'pre') {
      pre--;
      block();
    } else if (BLOCK.has(tag)) block();
  }
  flush();
  return lines.join('\n');
}

// --- meta -------------------------------------------------------------------

/**
 * A publication date from markup → `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM`
 * when a time is given: the offset as written, Vietnam's when none is (the
 * convention of docs/record.md, the same as for a text's header). Read with
 * the date grammar (patterns/dates/published.ts), like the timestamps of a text.
 */
export function parsePublished(value: string): string | null {
  const t = readTimestamp(value);
  return t ? formatPublished(t) : null;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

/** The raw text inside an element that holds raw text (script, title). */
const rawText = (el: HNode): string => childrenOf(el).map((k) => k.data ?? '').join('');

function readJsonLd(tree: TreeIndex): LdArticle {
  const found: LdArticle = {};
  const types = new Set(ARTICLE_LD_TYPES);
  for (const el of query(tree, 'script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(rawText(el));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (o['@graph']) queue.push(o['@graph']);
      const t = o['@type'];
      const isArticle = (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && types.has(x));
      if (!isArticle) continue;
      found.headline ??= str(o.headline) ?? str(o.name);
      found.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
      found.author ??= names(o.author);
      found.publisher ??= names(o.publisher);
    }
  }
  return found;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? foldSpaces(v) : undefined);

function names(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v])
    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Record<string, unknown>).name : undefined))
    .map(str)
    .filter((x): x is string => x !== undefined && !looksLikeUrl(x));
  return list.length ? list.join(', ') : undefined;
}

const looksLikeUrl = (s: string): boolean => s.startsWith('http://') || s.startsWith('https://') || s.startsWith('www.') || s.startsWith('/');

function readMeta(tree: TreeIndex): Partial<Meta> {
  const content = (...selectors: string[]): string | undefined => {
    for (const sel of selectors) {
      for (const el of query(tree, sel)) {
        const v = str(el.attribs?.content ?? el.attribs?.datetime);
        if (v) return v;
      }
    }
    return undefined;
  };
  const ld = readJsonLd(tree);
  const outlet = content('meta[property="og:site_name"]', 'meta[name="og:site_name"]') ?? ld.publisher;
  const title =
    content('meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]') ?? ld.headline ?? content('meta[name="title"]') ?? pageTitle(tree, outlet);
  const publishedRaw = [
    content('meta[property="article:published_time"]', 'meta[name="article:published_time"]'),
    ld.datePublished,
    content('meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="date"]', 'time[itemprop="datePublished"]'),
  ].find((v) => v !== undefined && parsePublished(v) !== null);
  const authorRaw = content('meta[name="author"]', 'meta[property="article:author"]') ?? ld.author;
  const author = authorRaw && !looksLikeUrl(authorRaw) && authorRaw !== outlet ? authorRaw : undefined;
  const meta: Partial<Meta> = {};
  if (title) meta.title = title;
  if (publishedRaw) meta.published = parsePublished(publishedRaw);
  if (author) meta.author = author;
  if (outlet) meta.outlet = outlet;
  return meta;
}

/** `<title>`, without a trailing site name ("… - Báo Phú Thọ", "… | Cổng TTĐT tỉnh"). */
function pageTitle(tree: TreeIndex, outlet: string | undefined): string | undefined {
  const first = query(tree, 'title')[0];
  const raw = first ? str(rawText(first)) : undefined;
  if (!raw) return undefined;
  for (const sep of [' | ', ' - ', ' – ', ' — ']) {
    const at = raw.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = raw.slice(at + sep.length).toLowerCase();
    if ((outlet && tail === outlet.toLowerCase()) || SITE_NAME_MARKERS.some((m) => tail.includes(m))) return raw.slice(0, at).trim();
  }
  return raw;
}
