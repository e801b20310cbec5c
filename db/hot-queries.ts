/**
 * The queries the app runs most, as the exact SQL the services should prepare. Each one must be
 * answered from an index, never a scan of a whole table: db/query-plans.test.ts checks their
 * plans on a real workspace, so change them here (and keep an index that serves them) rather
 * than copying variants into the services. Parameters are positional, in the order given.
 */

/**
 * Where statement `s`'s date came from, as a column: null for an undated statement, and 'user'
 * for a dated row without a recorded origin (restored by undoing a change logged before
 * migration 6).
 */
export const SAID_ON_FROM_SQL = `CASE WHEN s.said_on IS NULL THEN NULL ELSE coalesce(s.said_on_from, 'user') END`;

/** A speaker's statements in date order; undated ones first, as SQLite sorts NULL lowest. (speaker_id) */
export const STATEMENTS_BY_SPEAKER = `
  SELECT * FROM statements
  WHERE speaker_id = ?
  ORDER BY said_on, seq`;

/** Statements said within a date range, inclusive, in date order. (from, to) as ISO dates. */
export const STATEMENTS_BY_DATE_RANGE = `
  SELECT * FROM statements
  WHERE said_on BETWEEN ? AND ?
  ORDER BY said_on, seq`;

/** The statements anchored in one source, in the order they appear in its text. (source_id) */
export const STATEMENTS_BY_SOURCE = `
  SELECT * FROM statements
  WHERE source_id = ?
  ORDER BY position_start, seq`;

/** The stances taken on one proposition. (proposition_id) */
export const STANCES_BY_PROPOSITION = `
  SELECT * FROM stances
  WHERE proposition_id = ?`;

/**
 * Full-text search over statements, best matches first. (an FTS5 query whose terms were folded
 * with `foldText`)
 */
export const SEARCH_STATEMENTS = `
  SELECT s.id FROM statements_fts f
  JOIN statements s ON s.seq = f.rowid
  JOIN actors a ON a.id = s.speaker_id
  WHERE statements_fts MATCH ?
  ORDER BY f.rank
  LIMIT 20`;

/**
 * How many statements affirm and deny each proposition: the conflict board's counts, one pass
 * over the covering index stances_by_proposition, no table rows read.
 */
export const CONFLICT_COUNTS = `
  SELECT proposition_id AS id, stance, count(*) AS n FROM stances
  WHERE stance IN ('affirms', 'denies')
  GROUP BY proposition_id, stance`;

/** The same counts for one proposition. (proposition_id) */
export const CONFLICT_COUNTS_ONE = `
  SELECT proposition_id AS id, stance, count(*) AS n FROM stances
  WHERE proposition_id = ? AND stance IN ('affirms', 'denies')
  GROUP BY proposition_id, stance`;

/** The affirming and denying statements of one proposition, with their speakers. (proposition_id) */
export const CONFLICT_SIDES = `
  SELECT st.stance, s.seq, s.id, s.speaker_id AS speakerId, a.name AS speaker, s.text, s.kind,
    s.said_on AS date, s.said_on_precision AS datePrecision, ${SAID_ON_FROM_SQL} AS dateFrom
  FROM stances st
  JOIN statements s ON s.id = st.statement_id
  JOIN actors a ON a.id = s.speaker_id
  WHERE st.proposition_id = ? AND st.stance IN ('affirms', 'denies')`;
