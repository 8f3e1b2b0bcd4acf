/**
 * Coreference: a reference without a symbol (`Chỉ thị 16 của Thủ tướng Chính
 * phủ`) takes the id of the coded mention of the same type, number and issuer
 * in the same text (ANNOTATION.md `resolvedId`).
 */
import type { DocumentMention } from '../../types.js';

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
