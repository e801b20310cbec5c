import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceError } from './errors';
import { APPLICATION_ID } from './file-header';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { sha256File } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { FIXTURES_DIR, fixturePath, IDS, VALUES } from './tools/write-version-fixtures';
import { openWorkspace } from './workspace';

/**
 * The committed workspaces of every schema version (db/fixtures, written once by
 * db/tools/write-version-fixtures.ts) opened by today's code. Unlike the upgrade tests in
 * workspace.test.ts, which build old files with today's migrations and fixtures, these bytes
 * never change, so they stand for files users already have.
 */
const tmp = useTempDir('parallax-version-fixtures-');
const ROOT = join(import.meta.dirname, '..');
const VERSIONS = MIGRATIONS.map((m) => m.version);

/** Tables a version has that hold the user's data (not SQLite's, not the search index's). */
function dataTables(db: Database.Database): string[] {
  return db
    .prepare<[], string>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE '%_fts%' ORDER BY name`,
    )
    .pluck()
    .all();
}

function rowCounts(db: Database.Database, tables: string[]): Record<string, number> {
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

/**
 * Reads a file through a read-only connection. The files are in WAL mode, and such a connection
 * leaves -wal and -shm files behind: use it on copies in the temp folder only.
 */
function readOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Tests never open the committed files themselves: opening one would write beside it. */
function copyFixture(version: number, name = 'workspace'): string {
  const path = tmp.file(`${name}-v${version}.parallax`);
  copyFileSync(fixturePath(version), path);
  return path;
}

describe('workspace files of every shipped schema version', () => {
  it('there is a fixture for every version, and only those', () => {
    // A new migration needs its fixture: `npx tsx db/tools/write-version-fixtures.ts N`.
    expect(readdirSync(FIXTURES_DIR).sort()).toEqual(VERSIONS.map((v) => `v${v}.parallax`).sort());
  });

  it.each(VERSIONS)('v%i holds rows in every table that version has', (version) => {
    readOnly(copyFixture(version), (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      const counts = rowCounts(db, dataTables(db));
      // Empty between calls by design: it only holds a row while a change is being recorded.
      delete counts['change_recording'];
      expect(Object.keys(counts).length).toBeGreaterThanOrEqual(13);
      for (const [table, n] of Object.entries(counts))
        expect([table, n > 0]).toEqual([table, true]);
    });
  });

  it.each(VERSIONS)(
    'v%i opens, upgrades to the latest, keeps its data and a backup, and passes `parallax check`',
    (version) => {
      const path = copyFixture(version);
      const before = readOnly(copyFixture(version, 'probe'), (db) => rowCounts(db, dataTables(db)));

      const ws = tmp.track(openWorkspace(path));
      const { db } = ws;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      // Every row of every table the old version had is still there.
      expect(rowCounts(db, Object.keys(before))).toEqual(before);
      const one = (sql: string, ...params: unknown[]): unknown =>
        db
          .prepare(sql)
          .pluck()
          .get(...params);
      expect(one('SELECT name FROM actors WHERE id = ?', IDS.person)).toBe(VALUES.personName);
      expect(one('SELECT title FROM sources WHERE id = ?', IDS.source)).toBe(VALUES.sourceTitle);
      expect(one('SELECT text FROM statements WHERE id = ?', IDS.statementQuote)).toBe(
        VALUES.quote,
      );
      expect(one('SELECT body FROM notes WHERE statement_id = ?', IDS.statementQuote)).toBe(
        VALUES.noteBody,
      );
      expect(one('SELECT name FROM tags WHERE id = ?', IDS.tag)).toBe(VALUES.tagName);
      // Before version 6 no origin was kept: a date then reads as a person's.
      expect(one('SELECT said_on_from FROM statements WHERE id = ?', IDS.statementQuote)).toBe(
        version >= 6 ? 'text' : 'user',
      );
      // Written before the search index existed (v1) or with it: findable either way.
      expect(
        db
          .prepare(
            `SELECT s.id FROM statements_fts f JOIN statements s ON s.seq = f.rowid
             WHERE statements_fts MATCH 'sale'`,
          )
          .pluck()
          .all(),
      ).toEqual([IDS.statementQuote]);
      ws.close();

      const backup = `${path}.before-v${LATEST_VERSION}.bak`;
      if (version < LATEST_VERSION) {
        readOnly(backup, (copy) => {
          expect(copy.pragma('user_version', { simple: true })).toBe(version);
          expect(rowCounts(copy, Object.keys(before))).toEqual(before);
        });
      } else {
        expect(existsSync(backup)).toBe(false);
      }

      const out = execFileSync(process.execPath, ['cli/bin/parallax.js', 'check', path], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(out).toBe('ok\n');
    },
    30_000,
  );

  it('a file from a newer Parallax is refused and left exactly as it was', () => {
    const path = copyFixture(LATEST_VERSION);
    // Set user_version in the header bytes (offset 60, big-endian), as SQLite stores it, so
    // preparing the file opens no connection that could leave anything behind.
    const bytes = readFileSync(path);
    bytes.writeUInt32BE(LATEST_VERSION + 1, 60);
    writeFileSync(path, bytes);
    const sha = sha256File(path);
    const entries = readdirSync(tmp.path).sort();

    let error: unknown;
    try {
      openWorkspace(path).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).code).toBe('newer_version');
    expect(sha256File(path)).toBe(sha);
    // No -wal, -shm or backup: nothing was written at all.
    expect(readdirSync(tmp.path).sort()).toEqual(entries);
  });
});
