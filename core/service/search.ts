import { SAID_ON_FROM_SQL } from '../../db/hot-queries';
import type { searchMethods } from '../api/search';
import type { SearchResult } from '../api/types';
import { highlightText, findMatches } from '../highlight';
import { parseQuery, toFtsQuery } from '../search-query';
import { prepared } from './context';
import type { Handlers } from './handlers';
import { SNIPPET_SCAN_CHARS, sourceSnippet } from './source-snippet';

/**
 * The FTS5 part of a statement search: best matches first. Exported so the benchmark can run
 * exactly this query raw and measure what the service adds on top (join back, highlighting).
 */
export const STATEMENT_HITS_SQL = `SELECT rowid, rank FROM statements_fts
  WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?`;

interface HitRow extends Omit<SearchResult, 'snippet'> {
  translation: string | null;
}

const HIT_COLUMNS = `s.id AS statementId, sp.name AS speaker, s.text, s.translation, s.kind,
  s.said_on AS saidOn, s.said_on_precision AS saidOnPrecision, ${SAID_ON_FROM_SQL} AS saidOnFrom,
  src.title AS sourceTitle`;

/**
 * Ranking costs time in proportion to the matches: a word in one statement of twenty takes
 * ~40 ms to rank at a million statements. Past this many matches, only the newest this many
 * (by when they were added) are ranked, so a search answers in ~20 ms however common its words.
 */
export const RANKED_MATCHES = 2000;

/** The rowid of the RANKED_MATCHES-th newest match (none when there are fewer matches). */
const NEWEST_FLOOR_SQL = `SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?
  ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`;

/**
 * Best matches from rowid `floor` on, joined back to their statements after the LIMIT (so only
 * those rows join). MATERIALIZED keeps the rowid bound inside the full-text query: flattened,
 * \`ORDER BY rank\` would make FTS5 rank every match before applying it.
 */
const BEST_HITS_SQL = `WITH scored AS MATERIALIZED (
    SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ? AND rowid >= ?),
  hits AS (SELECT rowid, rank FROM scored ORDER BY rank LIMIT ?)
  SELECT ${HIT_COLUMNS}
  FROM hits JOIN statements s ON s.seq = hits.rowid JOIN actors sp ON sp.id = s.speaker_id
  LEFT JOIN sources src ON src.id = s.source_id
  ORDER BY hits.rank`;

const BY_SPEAKER_SQL = `SELECT ${HIT_COLUMNS}
  FROM statements_fts f JOIN statements s ON s.seq = f.rowid JOIN actors sp ON sp.id = s.speaker_id
  LEFT JOIN sources src ON src.id = s.source_id
  WHERE statements_fts MATCH ? AND s.speaker_id = ? ORDER BY f.rank LIMIT ?`;

/** The best-matching sources, with the part of each body a snippet may come from. */
const SOURCE_HITS_SQL = `WITH hits AS (
    SELECT rowid, rank FROM sources_fts WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?)
  SELECT s.id AS sourceId, s.title, substr(s.body, 1, ${SNIPPET_SCAN_CHARS + 1}) AS body
  FROM hits JOIN sources s ON s.seq = hits.rowid
  ORDER BY hits.rank`;

export const searchHandlers: Handlers<keyof typeof searchMethods> = {
  search(ctx, { query, limit, speakerId }) {
    const match = toFtsQuery(query);
    if (match === null) return { results: [], rankedNewest: null };
    let rows: HitRow[];
    let rankedNewest: number | null = null;
    if (speakerId) {
      rows = prepared(ctx.db, BY_SPEAKER_SQL).all(match, speakerId, limit) as HitRow[];
    } else {
      const floor = prepared(ctx.db, NEWEST_FLOOR_SQL).pluck().get(match) as number | undefined;
      if (floor !== undefined) rankedNewest = RANKED_MATCHES;
      rows = prepared(ctx.db, BEST_HITS_SQL).all(match, floor ?? 0, limit) as HitRow[];
    }
    const terms = parseQuery(query);
    return {
      rankedNewest,
      results: rows.map(({ translation, ...row }) => {
        // Show the words that matched: the statement, else its translation, else (a match on
        // the speaker's name) the statement as it is.
        const shown =
          translation &&
          findMatches(row.text, terms).length === 0 &&
          findMatches(translation, terms).length > 0
            ? translation
            : row.text;
        return { ...row, snippet: highlightText(shown, terms) };
      }),
    };
  },

  searchSources(ctx, { query, limit }) {
    const match = toFtsQuery(query);
    if (match === null) return { results: [] };
    const rows = prepared(ctx.db, SOURCE_HITS_SQL).all(match, limit) as Array<{
      sourceId: string;
      title: string;
      body: string;
    }>;
    const terms = parseQuery(query);
    return {
      results: rows.map(({ body, ...row }) => ({ ...row, snippet: sourceSnippet(body, terms) })),
    };
  },
};
