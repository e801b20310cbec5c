import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';
import { RECORDED_TABLES } from '../../db/recorded-tables';

export type TableSnapshot = Record<string, unknown[]>;

/** Every row of every user table (the recorded ones), each table ordered by id. */
export function snapshotTables(db: Database): TableSnapshot {
  return Object.fromEntries(
    RECORDED_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]),
  );
}

/**
 * The full-text indexes agree with the rows they index: statements_fts holds exactly what
 * statement_search_rows would put there, and sources_fts passes FTS5's integrity check
 * against its content view.
 */
export function expectSearchIndexInSync(db: Database): void {
  const indexed = db
    .prepare('SELECT rowid, text, translation, speaker FROM statements_fts ORDER BY rowid')
    .all();
  const expected = db
    .prepare('SELECT rowid, text, translation, speaker FROM statement_search_rows ORDER BY rowid')
    .all();
  expect(indexed).toEqual(expected);
  expect(() =>
    db.prepare("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)").run(),
  ).not.toThrow();
  expect(() =>
    db.prepare("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')").run(),
  ).not.toThrow();
}
