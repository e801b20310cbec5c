import { z } from 'zod';
import { Id } from './common';
import { query } from './method';
import type { Conflict } from './types';

export const conflictMethods = {
  /**
   * The conflict board: pairs of statements taking opposed stances (one affirms, the other
   * denies) on one proposition, ranked (see core/conflicts/rank.ts), a page at a time. `total`
   * counts every pair listed under these filters. `flipsOnly` keeps the pairs where one actor,
   * or one organisation through memberships current on both dates, changed its stance.
   */
  listConflicts: query<{ items: Conflict[]; total: number }>()(
    z.strictObject({
      propositionId: Id.optional(),
      flipsOnly: z.boolean().default(false),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
  ),
};
