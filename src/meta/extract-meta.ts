/** Article metadata from the text's header and footer: to be built (the dates and meta issue). */
import type { Span } from '../core/define-extractor.js';
import type { Meta } from '../types.js';

export interface MetaInput {
  text: string;
  view: string;
  boilerplate: readonly Span[];
}

export function extractMeta(_input: MetaInput): Meta {
  return { title: null, published: null, author: null, outlet: null };
}
