/**
 * The people extractor: persons written with their titles, each title with
 * its body as an organization mention. It reads the organizations found
 * (after precedence: a code inside a document reference is no body), so it
 * has no regex rules of its own over the text; its one refiner reads the
 * names and titles around those bodies (extract-people.ts).
 */
import { defineExtractor } from '../../core/define-extractor.js';
import { extractPeople } from './extract-people.js';

export const people = defineExtractor({
  category: 'people',
  dependsOn: ['organizations', 'documents'],
  rules: [],
  refiners: [
    { name: 'people/titled-persons', refine: (_mentions, ctx) => extractPeople(ctx.text, ctx.view, ctx.found.organizations ?? []) },
  ],
});
