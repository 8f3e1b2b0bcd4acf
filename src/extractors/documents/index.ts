/**
 * The documents extractor (ANNOTATION.md §documents): numbered references
 * with their canonical id, issue date and issuer, and named documents.
 * Reads `dates` (the issue date after `ngày`) and `organizations` (a written
 * issuer) when they ran; works alone with its own readers otherwise.
 */
import { defineExtractor } from '../../core/define-extractor.js';
import { DOCUMENTS_RULES } from './rules.js';
import { inSchemaOrder, linkCoreferences, withParts } from './refine.js';
import { withScopes } from './scope.js';
import { datesAfterSubjects } from './subject-date.js';
import { longestWins } from '../../core/spans.js';

export const documents = defineExtractor({
  category: 'documents',
  dependsOn: ['dates', 'organizations'],
  rules: DOCUMENTS_RULES,
  refiners: [
    // one mention per span: the longest reading wins
    { name: 'documents/longest-wins', refine: (mentions) => longestWins(mentions) },
    // `Chỉ thị 16 của Thủ tướng Chính phủ` takes the id of `Chỉ thị số 16/CT-TTg` in the same text
    // `Thông tư số 01/2017/TT-BTTTT Ban hành … ngày 16/02/2017 của Bộ …`: the date that closes the subject
    { name: 'documents/dates-after-subjects', refine: (mentions, ctx) => datesAfterSubjects(mentions, ctx) },
    // `điểm a, b khoản 1 Điều 25 Luật Bưu chính`: the parts cited right before each reference
    { name: 'documents/parts', refine: (mentions, ctx) => withParts(mentions, ctx) },
    // `09-CT/TU` of Lào Cai: the province or district of a local body's code
    { name: 'documents/scope', refine: (mentions, ctx) => withScopes(mentions, ctx.found.organizations ?? [], ctx.view) },
    { name: 'documents/link-coreferences', refine: (mentions) => linkCoreferences(mentions) },
    // keys in schema order: the record is schema-exact without validation
    { name: 'documents/key-order', refine: (mentions) => inSchemaOrder(mentions) },
  ],
});
