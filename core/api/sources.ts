import { z } from 'zod';
import { ById, Id, OptionalDate, OptionalText, Paging, Text } from './common';
import { command, query } from './method';
import type { Deleted, ImportResult, Page, Source, SourceDetail, SourceVersion } from './types';

export const SourceKind = z.enum([
  'article',
  'transcript',
  'video',
  'press_release',
  'social_post',
  'document',
  'other',
]);

/** 50 MB of text: beyond this a source is refused with a clear error rather than slowing all. */
export const MAX_SOURCE_BODY = 50_000_000;

const sourceFields = {
  kind: SourceKind.optional(),
  outlet: OptionalText(300),
  author: OptionalText(300),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .nullable()
    .optional(),
  publishedOn: OptionalDate,
  retrievedAt: z.iso.datetime().nullable().optional(),
  language: OptionalText(35),
  fileName: OptionalText(500),
};

export const sourceMethods = {
  listSources: query<Page<Source>>()(
    z.strictObject({ query: z.string().max(500).optional(), ...Paging }),
  ),
  getSource: query<SourceDetail>()(ById),
  createSource: command<Source>()(
    z.strictObject({
      title: Text(1000),
      body: z.string().max(MAX_SOURCE_BODY).default(''),
      ...sourceFields,
    }),
  ),
  /** A changed body keeps the earlier one as a source version. */
  updateSource: command<Source>()(
    z.strictObject({
      id: Id,
      title: Text(1000).optional(),
      body: z.string().max(MAX_SOURCE_BODY).optional(),
      ...sourceFields,
    }),
  ),
  /**
   * Adds an imported file's text, or, when a source from the same place exists (same url when
   * one is given, else same file name and title), replaces its text if it changed (keeping the
   * earlier text as a version) and fills in metadata it lacks. Parsing the file happens before.
   */
  importSource: command<ImportResult>()(
    z.strictObject({
      title: Text(1000),
      body: z
        .string()
        .max(MAX_SOURCE_BODY)
        .refine((s) => s.trim() !== '', 'must not be empty'),
      ...sourceFields,
      fileName: Text(500),
      /**
       * Also accept, in the same transaction as the text, every statement the extractor finds
       * in new or changed text that names its speaker (`parallax import --accept`): a crash
       * leaves the source with all of them or neither.
       */
      accept: z.boolean().optional(),
    }),
  ),
  deleteSource: command<Deleted>()(ById),
  listSourceVersions: query<SourceVersion[]>()(z.strictObject({ sourceId: Id })),
};
