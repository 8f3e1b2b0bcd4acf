/**
 * The documents extractor (ANNOTATION.md §documents): numbered references
 * with their canonical id, issue date and issuer, and named documents.
 * Reads `dates` (the issue date after `ngày`) and `organizations` (a written
 * issuer) when they ran; works alone with its own readers otherwise.
 */
import { defineExtractor } from '../../core/define-extractor.js';
import { DOCUMENTS_RULES } from './rules.js';
import { linkCoreferences } from './refine.js';
import { longestWins } from '../../core/spans.js';

export const documents = defineExtractor({
  category: 'documents',
  dependsOn: ['dates', 'organizations'],
  rules: DOCUMENTS_RULES,
  refiners: [
    // one mention per span: the longest reading wins
    { name: 'documents/longest-wins', refine: (mentions) => longestWins(mentions) },
    // `Chỉ thị 16 của Thủ tướng Chính phủ` takes the id of `Chỉ thị số 16/CT-TTg` in the same text
    { name: 'documents/link-coreferences', refine: (mentions) => linkCoreferences(mentions) },
  ],
});
