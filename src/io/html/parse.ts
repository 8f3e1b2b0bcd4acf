/**
 * An HTML page → its DOM (domhandler nodes), with htmlparser2 as cheerio
 * runs it (`cheerio.load(html, { xml: { xmlMode: false, decodeEntities:
 * true } })`, which is htmlparser2's `parseDocument`), in time linear in the
 * page's nesting depth.
 *
 * htmlparser2's Parser keeps its open elements (and its foreign-content
 * flags, for <svg> and <math>) in arrays whose first item is the innermost:
 * every open tag is an `unshift` and every close a `shift`, each costing the
 * whole array, and a close tag that matches nothing open scans it all. A page
 * nested d deep cost d² (50,000 deep: seconds; 100,000: tens of seconds).
 * Here both arrays are replaced, before the first byte is parsed, by a stack
 * kept innermost-last that answers the same calls (`unshift`, `shift`,
 * `indexOf`, `[i]`, `length`) in constant time (`indexOf` in the distance to
 * the match, which the parser then pops): the tree built is the same, node
 * for node (test/unit/html-parse.test.ts checks it against `parseDocument`).
 */
import { DomHandler, Parser, type ParserOptions } from 'htmlparser2';
import type { HNode } from './tree.js';

const OPTIONS: ParserOptions = { xmlMode: false, decodeEntities: true };

/** An innermost-first array's calls, answered by an innermost-last one. */
class InnermostFirst<T> {
  private readonly items: T[] = [];
  /** How many times each value is on the stack: a value that is not there is found missing at once. */
  private readonly counts = new Map<T, number>();

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    // the parser only ever empties it (reset)
    if (n !== 0) throw new Error(`InnermostFirst: length can only be set to 0, not ${n}`);
    this.items.length = 0;
    this.counts.clear();
  }

  /** `[i]`: the i-th from the innermost. */
  at(i: number): T | undefined {
    return this.items[this.items.length - 1 - i];
  }

  unshift(value: T): number {
    this.items.push(value);
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const value = this.items.pop()!;
    const n = this.counts.get(value)! - 1;
    if (n === 0) this.counts.delete(value);
    else this.counts.set(value, n);
    return value;
  }

  indexOf(value: T): number {
    if (!this.counts.has(value)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i] === value) return this.items.length - 1 - i;
    return -1;
  }
}

/** An InnermostFirst that also answers `stack[i]` (the parser indexes its stack like an array). */
function innermostFirst<T>(): InnermostFirst<T> {
  const stack = new InnermostFirst<T>();
  return new Proxy(stack, {
    get(target, prop) {
      if (typeof prop === 'string' && prop.length > 0 && prop.length < 16) {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && String(i) === prop) return target.at(i);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
}

/** The parser's own arrays, where this module replaces them; null when a release of htmlparser2 no longer has them. */
interface ParserStacks {
  stack: unknown;
  foreignContext: unknown;
}

/**
 * Whether the parser's open-element stacks are the linear ones. False only when htmlparser2's internals
 * changed (the page then parses as before, in depth² time); a test asserts it stays true.
 */
export function linearStacks(parser: Parser): boolean {
  const p = parser as unknown as ParserStacks;
  return p.stack instanceof InnermostFirst && p.foreignContext instanceof InnermostFirst;
}

/** A parser whose stacks are linear (when htmlparser2 still keeps them as the arrays this module knows). */
export function linearParser(handler: DomHandler): Parser {
  const parser = new Parser(handler, OPTIONS);
  const p = parser as unknown as ParserStacks;
  if (Array.isArray(p.stack) && p.stack.length === 0 && Array.isArray(p.foreignContext) && p.foreignContext.length === 1) {
    const foreign = innermostFirst<boolean>();
    foreign.unshift(p.foreignContext[0] as boolean);
    p.stack = innermostFirst<string>();
    p.foreignContext = foreign;
  }
  return parser;
}

/** The page's document node. */
export function parseHtml(html: string): HNode {
  const handler = new DomHandler(undefined, OPTIONS);
  linearParser(handler).end(html);
  return handler.root as unknown as HNode;
}
