/** The gold file format (fixtures/gold/*.json), checked with zod at the boundary. */
import { z } from 'zod';
import { CATEGORIES, MENTION_SCHEMAS, MetaSchema, WarningSchema, type Category } from '../types.js';

/** A category is scored in a file when its gold lists it (people are scored once gold has people); so is meta (dev sets may annotate one category only). */
const goldLists = Object.fromEntries(CATEGORIES.map((c) => [c, z.array(MENTION_SCHEMAS[c]).optional()])) as {
  [C in Category]: z.ZodOptional<z.ZodArray<(typeof MENTION_SCHEMAS)[C]>>;
};

/** `meta` may be left out too: a development corpus annotated for documents only (fixtures/dev/documents) scores no meta. */
export const GoldSchema = z.object({
  file: z.string(),
  meta: MetaSchema.optional(),
  ...goldLists,
  warnings: z.array(WarningSchema).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

/** `fixtures/eval-baseline.json`: the minimum F1 of each category, only ever raised. */
export const BaselineSchema = z.object({
  f1: z.record(z.string(), z.number().min(0).max(1)),
  meta: z.number().min(0).max(1).optional(),
});
export type Baseline = z.infer<typeof BaselineSchema>;
