import { z } from 'zod';
import { ById, Id, OptionalText, Paging, Text } from './common';
import { command, query } from './method';
import type { Deleted, Page, Proposition, PropositionDetail, SearchResult, Stance } from './types';

export const StanceValue = z.enum(['affirms', 'denies', 'qualifies']);

export const propositionMethods = {
  listPropositions: query<Page<Proposition>>()(
    z.strictObject({ query: z.string().max(500).optional(), ...Paging }),
  ),
  getProposition: query<PropositionDetail>()(ById),
  createProposition: command<Proposition>()(
    z.strictObject({ text: Text(2000), description: OptionalText(10_000) }),
  ),
  updateProposition: command<Proposition>()(
    z.strictObject({ id: Id, text: Text(2000).optional(), description: OptionalText(10_000) }),
  ),
  deleteProposition: command<Deleted>()(ById),
  /** Sets (or replaces) the stance a statement takes on a proposition. */
  setStance: command<Stance>()(
    z.strictObject({
      statementId: Id,
      propositionId: Id,
      stance: StanceValue,
      note: OptionalText(5000),
    }),
  ),
  /** Gives several statements the same stance on one proposition, as one change to undo. */
  setStances: command<{ set: number }>()(
    z.strictObject({
      statementIds: z
        .array(Id)
        .min(1, 'choose at least one statement')
        .max(1000)
        .refine((ids) => new Set(ids).size === ids.length, 'a statement appears only once'),
      propositionId: Id,
      stance: StanceValue,
    }),
  ),
  removeStance: command<Deleted>()(z.strictObject({ statementId: Id, propositionId: Id })),
  /**
   * Statements not yet linked to the proposition that may take a position on it: full-text
   * matches of `query`, or without one (`basis: 'suggested'`) of the proposition's own words.
   */
  findStatementsForProposition: query<{
    results: SearchResult[];
    basis: 'search' | 'suggested';
  }>()(
    z.strictObject({
      propositionId: Id,
      query: z.string().max(500).optional(),
      limit: z.number().int().min(1).max(100).default(20),
    }),
  ),
  /** Propositions a statement probably takes a position on, by the words they share. */
  suggestPropositions: query<Array<{ id: string; text: string; score: number }>>()(
    z.strictObject({ statementId: Id, limit: z.number().int().min(1).max(20).default(5) }),
  ),
};
