import { z } from 'zod';
import { ById, Id, Paging, Text } from './common';
import { command, query } from './method';
import type { Comparison, ComparisonDetail, Deleted, Page } from './types';

/** A comparison sets 2 to 6 statements side by side. */
export const MIN_COMPARISON_ITEMS = 2;
export const MAX_COMPARISON_ITEMS = 6;

const StatementIds = z
  .array(Id)
  .min(MIN_COMPARISON_ITEMS, `a comparison needs at least ${MIN_COMPARISON_ITEMS} statements`)
  .max(MAX_COMPARISON_ITEMS, `a comparison holds at most ${MAX_COMPARISON_ITEMS} statements`)
  .refine((ids) => new Set(ids).size === ids.length, 'a statement appears only once');

export const comparisonMethods = {
  listComparisons: query<Page<Comparison>>()(z.strictObject({ ...Paging })),
  getComparison: query<ComparisonDetail>()(ById),
  /**
   * Without a title, the service names the speakers and the proposition they disagree on
   * (`propositionId` when the caller knows it, as the conflict board does; otherwise the one
   * most of the statements take a stance on), adding " (2)" when that title is taken.
   */
  createComparison: command<Comparison>()(
    z.strictObject({
      title: Text(500).optional(),
      statementIds: StatementIds,
      propositionId: Id.optional(),
      assessment: z.string().max(100_000).default(''),
    }),
  ),
  /** Renames the comparison and/or rewrites its assessment; each change is one undo step. */
  updateComparison: command<Comparison>()(
    z.strictObject({
      id: Id,
      title: Text(500).optional(),
      assessment: z.string().max(100_000).optional(),
    }),
  ),
  deleteComparison: command<Deleted>()(ById),
  addComparisonItem: command<ComparisonDetail>()(
    z.strictObject({
      comparisonId: Id,
      statementId: Id,
      position: z.number().int().min(0).optional(),
    }),
  ),
  removeComparisonItem: command<ComparisonDetail>()(
    z.strictObject({ comparisonId: Id, statementId: Id }),
  ),
  /** Puts the comparison's statements in the given order (the same statements, reordered). */
  reorderComparison: command<ComparisonDetail>()(
    z.strictObject({ id: Id, statementIds: StatementIds }),
  ),
};
