import { z } from 'zod';
import { DatePrecision, Id, IsoDate, OptionalText, Paging, Text } from './common';
import { ById } from './common';
import { command, query } from './method';
import type { Deleted, Page, Statement, StatementDetail } from './types';

export const StatementKind = z.enum(['quote', 'paraphrase']);

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector. */
export const AnchorInput = z
  .strictObject({
    exact: z.string().min(1).max(100_000),
    prefix: z.string().max(1000).nullable().optional(),
    suffix: z.string().max(1000).nullable().optional(),
    start: z.number().int().min(0).nullable().optional(),
    end: z.number().int().min(0).nullable().optional(),
  })
  .refine((a) => (a.start == null) === (a.end == null), 'start and end go together')
  .refine((a) => a.start == null || a.end! >= a.start, 'end must not come before start');

const statementFields = {
  sourceId: Id.nullable().optional(),
  language: OptionalText(35),
  translation: OptionalText(100_000),
  translationLanguage: OptionalText(35),
  saidOn: IsoDate.nullable().optional(),
  saidOnPrecision: DatePrecision.nullable().optional(),
  role: OptionalText(300),
  venue: OptionalText(300),
  reportedViaId: Id.nullable().optional(),
  cue: OptionalText(1000),
  anchor: AnchorInput.nullable().optional(),
};

export const StatementFilter = z.strictObject({
  speakerId: Id.optional(),
  /** Statements by members of this organisation, on dates their membership was current. */
  affiliationId: Id.optional(),
  propositionId: Id.optional(),
  tagId: Id.optional(),
  sourceId: Id.optional(),
  kind: StatementKind.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  order: z.enum(['date', 'created']).default('date'),
  ...Paging,
});

export const statementMethods = {
  listStatements: query<Page<Statement>>()(StatementFilter),
  getStatement: query<StatementDetail>()(ById),
  createStatement: command<Statement>()(
    z.strictObject({
      speakerId: Id,
      text: Text(100_000),
      kind: StatementKind.default('quote'),
      tagIds: z.array(Id).max(100).default([]),
      ...statementFields,
    }),
  ),
  updateStatement: command<Statement>()(
    z.strictObject({
      id: Id,
      speakerId: Id.optional(),
      text: Text(100_000).optional(),
      kind: StatementKind.optional(),
      ...statementFields,
    }),
  ),
  deleteStatement: command<Deleted>()(ById),
};
