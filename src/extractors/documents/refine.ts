/**
 * Coreference: a reference without a symbol (`Chỉ thị 16 của Thủ tướng Chính
 * phủ`) takes the id of the coded mention of the same type, number and issuer
 * in the same text (ANNOTATION.md `resolvedId`).
 */
import type { Context } from '../../core/define-extractor.js';
import { DocumentMentionSchema, type DocumentMention } from '../../types.js';
import { readParts } from './parts.js';

/** Link uncoded numbered references to a coded mention of the same document. */
export function linkCoreferences(mentions: readonly DocumentMention[]): DocumentMention[] {
  const coded = mentions.filter((m) => m.id !== null && m.number !== null);
  return mentions.map((m) => {
    if (m.id !== null || m.number === null || m.named) return m;
    const same = coded.filter((c) => c.type === m.type && Number(c.number) === Number(m.number) && (m.year === null || c.year === m.year));
    const agreeing = m.issuer ? same.filter((c) => c.issuer === m.issuer) : same;
    const ids = [...new Set(agreeing.map((c) => c.id!))];
    return ids.length === 1 ? { ...m, resolvedId: ids[0]! } : m;
  });
}

/** The parts cited right before each reference (`điểm a khoản 1 Điều 25 Luật …`). */
export function withParts(mentions: readonly DocumentMention[], ctx: Context): DocumentMention[] {
  return mentions.map((m) => ({ ...m, parts: readParts(ctx.view, m.start) }));
}


const KEY_ORDER = Object.keys(DocumentMentionSchema.shape);

/** Keys in schema order (rules and refiners add `name`, `parts`, `resolvedId` where they are known), so records are schema-exact. */
export function inSchemaOrder(mentions: readonly DocumentMention[]): DocumentMention[] {
  return mentions.map((m) => {
    const out: Record<string, unknown> = {};
    for (const k of KEY_ORDER) if ((m as Record<string, unknown>)[k] !== undefined) out[k] = (m as Record<string, unknown>)[k];
    return out as DocumentMention;
  });
}
