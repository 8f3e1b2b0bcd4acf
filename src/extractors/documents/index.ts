/**
 * The documents extractor (ANNOTATION.md §documents): numbered references
 * with their canonical id, issue date and issuer, and named documents.
 * Reads `dates` (the issue date after `ngày`) and `organizations` (a written
 * issuer) when they ran; works alone with its own readers otherwise.
 */
import { defineExtractor } from '../../core/define-extractor.js';
import { DOCUMENTS_RULES } from './rules.js';
import { refineDocuments } from './refine.js';

export const documents = defineExtractor({
  category: 'documents',
  dependsOn: ['dates', 'organizations'],
  rules: DOCUMENTS_RULES,
  refine: (mentions, ctx) => refineDocuments(mentions, ctx),
});
