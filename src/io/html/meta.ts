/**
 * Meta from the markup: og:title, article:published_time, <meta
 * name="author">, JSON-LD NewsArticle, og:site_name, <title>.
 */
import { ARTICLE_LD_TYPES, SITE_NAME_MARKERS } from '../../lexicon/html-layout.js';
import { formatPublished, readTimestamp } from '../../patterns/dates/published.js';
import type { Meta } from '../../types.js';
import { foldSpaces } from './layout.js';
import { childrenOf, query, type HNode, type TreeIndex } from './tree.js';

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

/** Title, published, author and outlet, as far as the markup gives them. */
export function readMeta(tree: TreeIndex): Partial<Meta> {
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
