import { z } from 'zod';
import { DatePrecision, Id, IsoDate, OptionalText, Text } from './common';
import { command, query } from './method';
import { StatementKind } from './statements';
import type { ReviewCandidate, Statement, StatementSuggestion } from './types';

export const CandidateStatus = z.enum(['pending', 'accepted', 'rejected', 'merged']);

/**
 * The review queue. The extractor proposes; a person accepts (with edits), merges or rejects.
 * Nothing enters the workspace as a statement until it is accepted.
 */
export const candidateMethods = {
  /** Runs the extractor over a source's text and queues what it finds that is not queued yet. */
  extractCandidates: command<{ added: number; pending: number }>()(
    z.strictObject({ sourceId: Id }),
  ),
  listCandidates: query<ReviewCandidate[]>()(
    z.strictObject({ sourceId: Id, status: CandidateStatus.optional() }),
  ),
  /**
   * Makes a statement of the candidate, with the researcher's corrections. `start` and `end`
   * (together) move its span in the source's text, widened or narrowed; the statement is
   * anchored there, and its words are the span's unless `text` is given.
   */
  acceptCandidate: command<Statement>()(
    z
      .strictObject({
        id: Id,
        speaker: Text(300).optional(),
        role: OptionalText(300),
        text: Text(100_000).optional(),
        kind: StatementKind.optional(),
        saidOn: IsoDate.nullable().optional(),
        saidOnPrecision: DatePrecision.nullable().optional(),
        start: z.number().int().min(0).optional(),
        end: z.number().int().min(0).optional(),
      })
      .refine((v) => (v.start === undefined) === (v.end === undefined), {
        message: 'give both start and end of the span, or neither',
        path: ['end'],
      })
      .refine((v) => v.start === undefined || v.end === undefined || v.start < v.end, {
        message: 'the span must end after it starts',
        path: ['end'],
      }),
  ),
  /**
   * What the extractor makes of a span the researcher selected in a source: the speaker, role,
   * kind and date of the statement it falls in, when it falls in one.
   */
  suggestStatement: query<StatementSuggestion>()(
    z.strictObject({ sourceId: Id, start: z.number().int().min(0), end: z.number().int().min(0) }),
  ),
  rejectCandidate: command<ReviewCandidate>()(z.strictObject({ id: Id })),
  /** Joins candidates of one source (a quote split around its attribution) into one. */
  mergeCandidates: command<ReviewCandidate>()(
    z
      .strictObject({ ids: z.array(Id).min(2, 'merge at least two candidates').max(20) })
      .refine((v) => new Set(v.ids).size === v.ids.length, 'a candidate appears only once'),
  ),
};
