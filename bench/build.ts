/** Writing a benchmark workspace's statements in batches, and leaving it as after a large import. */
import type { Database } from 'better-sqlite3';

/** created_at / updated_at of every benchmark statement. */
export const STAMP = '2021-01-15T09:00:00.000Z';
/** Statements per transaction. */
export const BATCH = 50_000;

/**
 * One statement, straight into the table (the service's per-call change recording is not what
 * the benchmarks measure); the FTS triggers still fire on every row. Parameters: id, speaker_id,
 * source_id, text, kind, said_on, created_at, updated_at.
 */
export const INSERT_STATEMENT_SQL = `INSERT INTO statements (id, speaker_id, source_id, text, kind, language, said_on, said_on_precision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'en', ?, 'day', ?, ?)`;

/** Lets other work (a signal, a timer) run between long synchronous steps. */
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Calls `insertBatch(from, to)` over 0..statements in BATCH-sized steps, logging each. */
export async function insertInBatches(
  statements: number,
  insertBatch: (from: number, to: number) => void,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (let from = 0; from < statements; from += BATCH) {
    signal?.throwIfAborted();
    const to = Math.min(statements, from + BATCH);
    insertBatch(from, to);
    log(`  inserted ${to.toLocaleString('en')} / ${statements.toLocaleString('en')} statements`);
    await tick();
  }
}

/**
 * The state a workspace should be in after a large import (the app should do the same): the
 * FTS index merged into one b-tree, then fresh planner statistics, the WAL checkpointed.
 * `log`, when given, hears of the two slow steps.
 */
export function finishBuild(db: Database, log?: (line: string) => void): void {
  log?.('  merging the FTS index (optimize)…');
  db.exec(`INSERT INTO statements_fts (statements_fts) VALUES ('optimize')`);
  log?.('  ANALYZE, PRAGMA optimize…');
  db.exec('ANALYZE');
  db.pragma('optimize');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
