/** The gold file format (fixtures/gold/*.json), checked with zod at the boundary. */
import { z } from 'zod';
import {
  DateMentionSchema,
  DocumentMentionSchema,
  MetaSchema,
  OrganizationMentionSchema,
  StatisticMentionSchema,
  WarningSchema,
} from '../types.js';

/**
 * A category (or `meta`) left out of a gold file was not reviewed there: it is
 * not scored for that file (a development set may annotate one category only).
 */
export const GoldSchema = z.object({
  file: z.string(),
  meta: MetaSchema.optional(),
  dates: z.array(DateMentionSchema).optional(),
  documents: z.array(DocumentMentionSchema).optional(),
  organizations: z.array(OrganizationMentionSchema).optional(),
  statistics: z.array(StatisticMentionSchema).optional(),
  warnings: z.array(WarningSchema).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

/** `fixtures/eval-baseline.json`: the minimum F1 of each category, only ever raised. */
export const BaselineSchema = z.object({
  f1: z.record(z.string(), z.number().min(0).max(1)),
  meta: z.number().min(0).max(1).optional(),
});
export type Baseline = z.infer<typeof BaselineSchema>;
