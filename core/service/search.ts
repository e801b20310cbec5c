import type { searchMethods } from '../api/search';
import { MARK_CLOSE, MARK_OPEN, snippetToHtml, toFtsQuery } from '../search-query';
import type { Handlers } from './handlers';

const SNIPPET = `snippet(statements_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24)`;

/**
 * The FTS5 part of a statement search: best matches first. Exported so the benchmark can run
 * exactly this query raw and measure what the service adds on top.
 */
export const STATEMENT_HITS_SQL = `SELECT rowid, rank, ${SNIPPET} AS snippet FROM statements_fts
  WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?`;

interface HitRow {
  statementId: string;
  speaker: string;
  text: string;
  snippet: string;
}

export const searchHandlers: Handlers<keyof typeof searchMethods> = {
  search(ctx, { query, limit, speakerId }) {
    const match = toFtsQuery(query);
    if (match === null) return { results: [] };
    const rows = speakerId
      ? ctx.db
          .prepare<[string, string, number], HitRow>(
            `SELECT s.id AS statementId, sp.name AS speaker, s.text, ${SNIPPET} AS snippet
             FROM statements_fts f JOIN statements s ON s.seq = f.rowid JOIN actors sp ON sp.id = s.speaker_id
             WHERE statements_fts MATCH ? AND s.speaker_id = ? ORDER BY f.rank LIMIT ?`,
          )
          .all(match, speakerId, limit)
      : ctx.db
          .prepare<[string, number], HitRow>(
            `WITH hits AS (${STATEMENT_HITS_SQL})
             SELECT s.id AS statementId, sp.name AS speaker, s.text, hits.snippet
             FROM hits JOIN statements s ON s.seq = hits.rowid JOIN actors sp ON sp.id = s.speaker_id
             ORDER BY hits.rank`,
          )
          .all(match, limit);
    return { results: rows.map((r) => ({ ...r, snippet: snippetToHtml(r.snippet) })) };
  },

  searchSources(ctx, { query, limit }) {
    const match = toFtsQuery(query);
    if (match === null) return { results: [] };
    const rows = ctx.db
      .prepare<[string, number], { sourceId: string; title: string; snippet: string }>(
        `WITH hits AS (
           SELECT rowid, rank, snippet(sources_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snippet
           FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?)
         SELECT s.id AS sourceId, s.title, hits.snippet FROM hits JOIN sources s ON s.seq = hits.rowid
         ORDER BY hits.rank`,
      )
      .all(match, limit);
    return { results: rows.map((r) => ({ ...r, snippet: snippetToHtml(r.snippet) })) };
  },
};
