/**
 * parse.ts runs htmlparser2 with an open-element stack that is linear in the page's depth: the tree it builds
 * must be htmlparser2's own (`parseDocument`, as cheerio runs it), node for node, on any markup.
 */
import fc from 'fast-check';
import { DomHandler, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { linearParser, linearStacks, parseHtml } from '../../src/io/html/parse.js';
import type { HNode } from '../../src/io/html/tree.js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The tree as text: type, name, attributes, data, children (iteratively: deep pages too). */
function shape(root: HNode): string {
  const out: string[] = [];
  const stack: (HNode | null)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null) {
      out.push(')');
      continue;
    }
    out.push(`(${n!.type}:${n!.name ?? ''}${JSON.stringify(n!.attribs ?? {})}${JSON.stringify(n!.data ?? '')}`);
    stack.push(null);
    const kids = n!.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join('');
}

const stock = (html: string): HNode => parseDocument(html, { xmlMode: false, decodeEntities: true }) as unknown as HNode;

// tags with every rule of the parser's stack: implied closes (p, li, option, td/tr), void elements, foreign
// content (svg, math, and the HTML inside them), self-closing forms, raw text, close tags that match nothing
const TAGS = ['div', 'p', 'li', 'ul', 'b', 'i', 'table', 'tr', 'td', 'option', 'select', 'svg', 'math', 'foreignObject', 'title', 'desc', 'br', 'img', 'input', 'a', 'h1', 'script', 'textarea', 'form'];
const piece = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom(...TAGS).map((t) => `<${t}/>`),
  fc.constantFrom(...TAGS).map((t) => `<${t.toUpperCase()} class="x">`),
  fc.constantFrom('text', ' ', '&amp;', '<!-- c -->', '<![CDATA[x]]>', '<', '>', '\n'),
);

describe('the linear parser', () => {
  test('uses its linear stacks (a new htmlparser2 release that renamed them would fall back to depth² time)', () => {
    expect(linearStacks(linearParser(new DomHandler()))).toBe(true);
  });

  test('builds the same tree as parseDocument on random markup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const html = pieces.join('');
        expect(shape(parseHtml(html))).toBe(shape(stock(html)));
      }),
      { numRuns: 3000 },
    );
  });

  test('builds the same tree as parseDocument on the HTML fixtures and on a page nested 20,000 deep', () => {
    const dir = path.join(import.meta.dirname, '../../fixtures/html');
    const pages = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    pages.push(`<html><body>${'<div><p>a'.repeat(20_000)}${'</div>'.repeat(20_000)}</body></html>`);
    for (const html of pages) expect(shape(parseHtml(html))).toBe(shape(stock(html)));
  });
});
