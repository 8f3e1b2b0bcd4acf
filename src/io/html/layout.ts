/**
 * Laying out text: block elements break lines (blank line between
 * paragraphs, line break for <br>, list items and table rows), table cells
 * are separated by a tab, white space inside a line collapses to one space.
 */
import { BLOCK_TAGS, LINE_TAGS } from '../../lexicon/html-layout.js';
import { childrenOf, isDropped, tagOf, type HNode } from './tree.js';

const BLOCK = new Set(BLOCK_TAGS);
const LINE = new Set(LINE_TAGS);

/** The text of `start`, skipping dropped and `skip` nodes, with line structure from the markup. */
export function serialize(start: HNode, skip: ReadonlySet<HNode>): string {
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

/** The text of `n` on one line (a headline compared with the title). */
export function textOf(n: HNode): string {
  return foldSpaces(serialize(n, new Set()));
}

/** Runs of white space (tabs, newlines and no-break spaces too) → one space, none at the ends. */
export function foldSpaces(s: string): string {
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
