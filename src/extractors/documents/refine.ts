/**
 * Coreference: a reference without a symbol (`Chỉ thị 16 của Thủ tướng Chính
 * phủ`) takes the id of the coded mention of the same type, number and issuer
 * in the same text (ANNOTATION.md `resolvedId`).
 */
import type { Context } from '../../core/define-extractor.js';
import type { DocumentMention } from '../../types.js';
import { readParts } from './parts.js';

/**
 * Link uncoded numbered references to a coded mention of the same document.
 * Coded mentions are grouped by type and number, and each distinct question
 * (type, number, year, issuer) is answered once.
 */
export function linkCoreferences(mentions: readonly DocumentMention[]): DocumentMention[] {
  const keyOf = (m: DocumentMention): string | null => {
    const n = Number(m.number);
    // NaN equals nothing, as in a direct comparison; String(-0) is "0", as -0 === 0
    return Number.isNaN(n) ? null : `${m.type === null ? '-' : `+${m.type}`}\u0000${String(n)}`;
  };
  const byKey = new Map<string, DocumentMention[]>();
  for (const c of mentions) {
    if (c.id === null || c.number === null) continue;
    const key = keyOf(c);
    if (key === null) continue;
    const group = byKey.get(key);
    if (group) group.push(c);
    else byKey.set(key, [c]);
  }
  const answers = new Map<string, string | null>();
  const resolve = (m: DocumentMention, key: string): string | null => {
    const same = (byKey.get(key) ?? []).filter((c) => m.year === null || c.year === m.year);
    const agreeing = m.issuer ? same.filter((c) => c.issuer === m.issuer) : same;
    const ids = [...new Set(agreeing.map((c) => c.id!))];
    return ids.length === 1 ? ids[0]! : null;
  };
  return mentions.map((m) => {
    if (m.id !== null || m.number === null || m.named) return m;
    const key = keyOf(m);
    if (key === null) return m;
    const question = JSON.stringify([key, m.year, m.issuer || null]);
    let id = answers.get(question);
    if (id === undefined) answers.set(question, (id = resolve(m, key)));
    return id === null ? m : { ...m, resolvedId: id };
  });
}

/** The parts cited right before each reference (`điểm a khoản 1 Điều 25 Luật …`). */
export function withParts(mentions: readonly DocumentMention[], ctx: Context): DocumentMention[] {
  return mentions.map((m) => ({ ...m, parts: readParts(ctx.view, m.start) }));
}


/**
 * The keys of DocumentMentionSchema in its order, written out so that extraction never loads zod (start-up, issue
 * 14); test/schema-conformance.test.ts checks they are the schema's keys in the schema's order.
 */
export const DOCUMENT_KEY_ORDER = [
  'text', 'start', 'end', 'rule',
  'type', 'number', 'year', 'typeCode', 'issuerCode', 'system', 'id', 'issued', 'issuer', 'scope', 'parts', 'name', 'resolvedId', 'named',
] as const satisfies readonly (keyof DocumentMention)[];

/** Keys in schema order (rules and refiners add `name`, `parts`, `resolvedId` where they are known), so records are schema-exact. */
export function inSchemaOrder(mentions: readonly DocumentMention[]): DocumentMention[] {
  return mentions.map((m) => {
    const out: Record<string, unknown> = {};
    for (const k of DOCUMENT_KEY_ORDER) if ((m as Record<string, unknown>)[k] !== undefined) out[k] = (m as Record<string, unknown>)[k];
    return out as DocumentMention;
  });
}
