/**
 * The categories of mentions a record holds, in output order. Their schemas are
 * MENTION_SCHEMAS in types.ts, which must list exactly these names (the compiler
 * checks both ways). The names live here, apart from zod, so that the command
 * line can offer them (`--only`) without loading the schemas: start-up.
 */
export const CATEGORY_NAMES = ['dates', 'documents', 'organizations', 'people', 'places', 'statistics'] as const;
