import type { SearchResult } from '../api/types';
import { notFound } from '../errors';
import type { Ctx } from './context';
import { searchHandlers } from './search';
import { contentWords } from './suggest-propositions';

/**
 * Statements that may take a position on a proposition and do not yet: the full-text matches
 * of `query` when the researcher typed one, otherwise of any of the proposition's own content
 * words (FTS5's ranking puts those sharing the most words first).
 */
export function findStatementsForProposition(
  ctx: Ctx,
  { propositionId, query, limit }: { propositionId: string; query?: string; limit: number },
): { results: SearchResult[]; basis: 'search' | 'suggested' } {
  const proposition = ctx.db
    .prepare<[string], { text: string }>('SELECT text FROM propositions WHERE id = ?')
    .get(propositionId);
  if (!proposition) throw notFound('proposition', propositionId);
  const typed = query?.trim();
  const words = typed ? typed : [...contentWords(proposition.text)].join(' OR ');
  if (!words) return { results: [], basis: typed ? 'search' : 'suggested' };
  const linked = new Set(
    ctx.db
      .prepare<[string], { id: string }>(
        'SELECT statement_id AS id FROM stances WHERE proposition_id = ?',
      )
      .all(propositionId)
      .map((r) => r.id),
  );
  // Ask for enough to fill `limit` after the linked ones are left out (search's own maximum).
  const { results } = searchHandlers.search(ctx, {
    query: words,
    limit: Math.min(500, limit + linked.size),
  });
  return {
    results: results.filter((r) => !linked.has(r.statementId)).slice(0, limit),
    basis: typed ? 'search' : 'suggested',
  };
}
