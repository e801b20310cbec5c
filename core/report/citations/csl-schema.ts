import { z } from 'zod';

/**
 * CSL-JSON item types: the `type` enum of the official schema (citation-style-language/schema,
 * csl-data.json, CSL 1.0.2).
 */
export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

export type CslType = (typeof CSL_TYPES)[number];

const DatePart = z.union([z.string(), z.number()]);

/** csl-data.json's date-variable: date-parts ([[y, m?, d?]] or a range of two) or literal/raw. */
export const CslDateSchema = z.union([
  z.strictObject({
    'date-parts': z.array(z.array(DatePart).min(1).max(3)).min(1).max(2),
    season: DatePart.optional(),
    circa: z.union([z.string(), z.number(), z.boolean()]).optional(),
    literal: z.string().optional(),
    raw: z.string().optional(),
  }),
  z.strictObject({ literal: z.string().min(1) }),
  z.strictObject({ raw: z.string().min(1) }),
]);

/** csl-data.json's name-variable, narrowed to a personal name or a literal (organisation) name. */
export const CslNameSchema = z.union([
  z.strictObject({ literal: z.string().min(1) }),
  z.strictObject({
    family: z.string().min(1),
    given: z.string().optional(),
    'dropping-particle': z.string().optional(),
    'non-dropping-particle': z.string().optional(),
    suffix: z.string().optional(),
  }),
]);

const Text = z.string();

/**
 * A CSL-JSON item with the variables Parallax writes (and the usual bibliographic ones), as the
 * official schema types them. Strict, so a misspelt variable is an error rather than silently
 * ignored by citation processors.
 */
export const CslItemSchema = z.strictObject({
  id: z.union([z.string().min(1), z.number()]),
  type: z.enum(CSL_TYPES),
  title: Text.optional(),
  'container-title': Text.optional(),
  publisher: Text.optional(),
  'publisher-place': Text.optional(),
  genre: Text.optional(),
  medium: Text.optional(),
  language: Text.optional(),
  note: Text.optional(),
  URL: Text.optional(),
  DOI: Text.optional(),
  author: z.array(CslNameSchema).optional(),
  editor: z.array(CslNameSchema).optional(),
  issued: CslDateSchema.optional(),
  accessed: CslDateSchema.optional(),
});

export type CslItem = z.infer<typeof CslItemSchema>;
export type CslDate = z.infer<typeof CslDateSchema>;
