/**
 * The output contract of dvx (docs/record.md), defined once as zod schemas.
 * Every TypeScript type of a record is inferred from these schemas; the JSON
 * Schema printed by `dvx schema` is generated from them too.
 *
 * Key order inside each object is the order of the schema, and writers emit
 * records parsed through these schemas, so output is byte-stable.
 */
import { z } from 'zod';
import { CATEGORY_NAMES } from './lexicon/categories.js';
import { ORG_KINDS, type OrgKind } from './lexicon/org-heads.js';
import { CHANGES, QUALIFIERS } from './lexicon/qualifiers.js';
import { GRAINS } from './patterns/dates/calendar.js';
import { test, vx } from './patterns/regex.js';

// 14:30 or 08:59:47
const CLOCK_TIME = vx('types/clock-time', String.raw`^ [0-2]\d : [0-5]\d (?: : [0-5]\d )? $`);
// +07:00
const UTC_OFFSET = vx('types/utc-offset', String.raw`^ [+-] \d{2} : \d{2} $`);

const IsoDate = z.iso.date();

/** Fields common to every mention: the span in the normalized text. */
export const MentionBaseSchema = z.object({
  text: z.string().describe('the mention exactly as it stands in the normalized text'),
  start: z.number().int().nonnegative().describe('UTF-16 offset into the normalized text'),
  end: z.number().int().nonnegative().describe('UTF-16 offset, exclusive'),
  rule: z.string().optional().describe('with --explain: the rule (or refiner) that produced the mention'),
});
export type MentionBase = z.infer<typeof MentionBaseSchema>;

export const DateMentionSchema = MentionBaseSchema.extend({
  grain: z.enum(GRAINS),
  from: IsoDate,
  to: IsoDate,
  range: z.literal(true).optional(),
  inferred: z.literal(true).optional(),
  /** Written relative to the publication date (`hôm qua`, `năm ngoái`) or to the reported period (`cùng kỳ năm trước`). */
  relative: z.literal(true).optional(),
  time: z.string().refine((s) => test(CLOCK_TIME, s), 'HH:MM or HH:MM:SS').optional(),
  utcOffset: z.string().refine((s) => test(UTC_OFFSET, s), '+HH:MM').optional(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/** One cited part of a document (`điểm a khoản 1 Điều 25`): the written values, null where not written. */
export const DocumentPartSchema = z.object({
  chapter: z.string().nullable(),
  article: z.string().nullable(),
  clause: z.string().nullable(),
  point: z.string().nullable(),
});
export type DocumentPart = z.infer<typeof DocumentPartSchema>;

export const DocumentMentionSchema = MentionBaseSchema.extend({
  type: z.string().nullable(),
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  system: z.enum(['party', 'state']).nullable(),
  id: z.string().nullable(),
  issued: IsoDate.nullable(),
  issuer: z.string().nullable(),
  scope: z.string().nullable().describe('province or district of the issuing body, for codes many local bodies share'),
  parts: z.array(DocumentPartSchema).describe('articles, clauses and points cited right before the reference'),
  name: z.string().optional().describe('canonical name of a named document: type word plus subject'),
  resolvedId: z.string().optional(),
  named: z.literal(true).optional(),
});
export type DocumentMention = z.infer<typeof DocumentMentionSchema>;

export { ORG_KINDS, type OrgKind };
export const LEVELS = ['central', 'province', 'district', 'commune'] as const;
export const OrganizationMentionSchema = MentionBaseSchema.extend({
  name: z.string(),
  abbr: z.string().nullable(),
  level: z.enum(LEVELS).nullable(),
  location: z.string().nullable(),
  kind: z.enum(ORG_KINDS).describe('party, state, front (the Fatherland Front and the socio-political organizations), public-service, enterprise, media, association, international'),
});
export type OrganizationMention = z.infer<typeof OrganizationMentionSchema>;

/** One title of a person: `Phó Chủ tịch UBND tỉnh`, with its body as an organization mention (null for `Tổng Bí thư`). */
export const PersonTitleSchema = MentionBaseSchema.extend({
  title: z.string().describe('the title words as written: `Phó Chủ tịch`, `Ủy viên`, `Trưởng ban`'),
  organization: OrganizationMentionSchema.nullable(),
});
export type PersonTitle = z.infer<typeof PersonTitleSchema>;

/** A person written with titles: `Ông Lữ Quang Ngời- Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh`. */
export const PersonSchema = MentionBaseSchema.extend({
  name: z.string(),
  honorific: z.string().nullable().describe('`Đồng chí`, `Ông`, `Bà` when written'),
  titles: z.array(PersonTitleSchema),
});
export type Person = z.infer<typeof PersonSchema>;

export const PLACE_LEVELS = ['province', 'district', 'commune'] as const;
export const PLACE_MAPS = ['2025-03', '2025-07'] as const;
/** A Vietnamese administrative unit named in the text, as the gazetteer knows it. */
export const PlaceMentionSchema = MentionBaseSchema.extend({
  name: z.string().describe('the official name with its type word, as in the gazetteer: `Tỉnh Lào Cai`'),
  level: z.enum(PLACE_LEVELS),
  map: z.enum(PLACE_MAPS).describe('2025-03: the three-level system until 2025-06-30; 2025-07: the two-level system'),
  code: z.string().nullable().describe('statistics-office code in that map; null when the name fits several units'),
  parents: z.array(z.string()).describe('codes of the units above it in its map, nearest first'),
  now: z.array(z.string()).describe('codes of the 2025-07 units it is part of now'),
});
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;

export { QUALIFIERS };
export const STAT_KINDS = ['count', 'money', 'percent', 'ratio', 'measure'] as const;
export const StatisticMentionSchema = MentionBaseSchema.extend({
  value: z.number(),
  kind: z.enum(STAT_KINDS),
  unit: z.string().nullable(),
  qualifier: z.enum(QUALIFIERS),
  currency: z.string().length(3).optional().describe('ISO 4217 code of money: `VND`, `USD`, `EUR`, `JPY`, `CNY`, …'),
  total: z.number().optional(),
  change: z.enum(CHANGES).optional(),
  compared: z
    .object({ from: z.iso.date(), to: z.iso.date() })
    .optional()
    .describe('the period the figure is compared with (`so với cùng kỳ năm trước`, `so với năm 2022`), both ends inclusive'),
});
export type StatisticMention = z.infer<typeof StatisticMentionSchema>;

/**
 * The category registry: each category's mention schema, in record order.
 * Adding a category is its name in lexicon/categories.ts and one entry here; the
 * compiler then asks for it in every table keyed by `Category` (the extractors, the CSV rows, eval's alignment).
 */
export const MENTION_SCHEMAS = {
  dates: DateMentionSchema,
  documents: DocumentMentionSchema,
  organizations: OrganizationMentionSchema,
  people: PersonSchema,
  places: PlaceMentionSchema,
  statistics: StatisticMentionSchema,
} as const satisfies Record<(typeof CATEGORY_NAMES)[number], z.ZodType>;
export type Category = keyof typeof MENTION_SCHEMAS;
/** The names, in output order (lexicon/categories.ts, light enough for the command line's start-up). */
export const CATEGORIES: readonly [Category, ...Category[]] = CATEGORY_NAMES satisfies readonly Category[];
export const CategorySchema = z.enum(CATEGORIES);

/** The mention type of each category. */
export type MentionOf = { [C in Category]: z.infer<(typeof MENTION_SCHEMAS)[C]> };
export type AnyMention = MentionOf[Category];

/** No mention of any category: the lists of a record that could not be read. */
export const noMentions = (): { [C in Category]: MentionOf[C][] } =>
  Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as { [C in Category]: MentionOf[C][] };

/** `{ [category]: z.array(schema) }` for every registered category, in registry order. */
export function mentionLists<O extends { [C in Category]: z.ZodType }>(
  schemas: O,
): { [C in Category]: z.ZodArray<O[C]> } {
  return Object.fromEntries(CATEGORIES.map((c) => [c, z.array(schemas[c])])) as { [C in Category]: z.ZodArray<O[C]> };
}

export const WarningSchema = z.object({
  code: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const MetaSchema = z.object({
  title: z.string().nullable(),
  published: z.string().nullable().describe('ISO date, or date-time with offset when the page gives a time'),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
});
export type Meta = z.infer<typeof MetaSchema>;

export const INPUT_FORMATS = ['text', 'html', 'jsonl'] as const;
export const SourceSchema = z.object({
  path: z.string().describe('the path as given, `-` for stdin'),
  format: z.enum(INPUT_FORMATS),
  encoding: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().nullable(),
  id: z.string().optional().describe('the record id of a JSON Lines input'),
  fields: z.record(z.string(), z.unknown()).optional().describe('other fields of a JSON Lines record, passed through'),
});
export type Source = z.infer<typeof SourceSchema>;

/** With `--explain`: a mention a refiner removed or changed, or one that precedence across categories removed. */
export const ExplainEntrySchema = z.object({
  step: z.string().describe('the refiner (`dates/longest-wins`) or precedence row (`precedence/documents-over-dates`)'),
  action: z.enum(['removed', 'changed']),
  category: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().optional().describe('the rule that had produced the mention'),
});
export type ExplainEntry = z.infer<typeof ExplainEntrySchema>;

export const ErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type RecordError = z.infer<typeof ErrorSchema>;

export const DocResultSchema = z.object({
  source: SourceSchema,
  meta: MetaSchema,
  ...mentionLists(MENTION_SCHEMAS),
  warnings: z.array(WarningSchema),
  errors: z.array(ErrorSchema),
  explain: z.array(ExplainEntrySchema).optional(),
  text: z.string().optional(),
});
export type DocResult = z.infer<typeof DocResultSchema>;

/** One decoded document, as an input adapter (io/) hands it to the pipeline. */
export interface ExtractInput {
  text: string;
  source: Source;
  /** Warnings raised before extraction (encoding repairs, truncation). */
  warnings?: Warning[];
}
