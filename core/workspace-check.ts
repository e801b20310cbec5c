import Database, { type Database as Db } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceError } from '../db/errors';
import { inspectWorkspaceFile } from '../db/workspace';

export interface WorkspaceCheck {
  /** True when no damage was found. */
  ok: boolean;
  /** One sentence per damage found, for a person. */
  problems: string[];
  /** The file's schema version, when its header could be read. */
  schemaVersion: number | null;
}

/** How the checks name the search indexes. */
const INDEX_NAMES: Record<string, string> = {
  statements_fts: 'statement search index',
  sources_fts: 'source search index',
};
const MAX_INTEGRITY_LINES = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indexName = (table: string) => INDEX_NAMES[table] ?? `search index ${table}`;

/**
 * Checks a workspace file thoroughly without changing it: the header and quick_check (as when
 * opening), then SQLite's integrity_check and foreign_key_check through a read-only connection,
 * the statement search index against the statements it should hold, and FTS5's own
 * 'integrity-check' of every search index. FTS5 runs that command as an INSERT, which a
 * read-only connection refuses, so it runs on a throwaway copy of the file instead.
 *
 * Throws WorkspaceError when the file cannot be checked at all (missing, not SQLite, not a
 * workspace, from a newer version); damage is reported in `problems`.
 */
export interface CheckOptions {
  /** Where the throwaway copy for FTS5's check is made (default: the OS temp folder). */
  tempDir?: string;
}

export function checkWorkspaceFile(path: string, options: CheckOptions = {}): WorkspaceCheck {
  const problems: string[] = [];
  let schemaVersion: number | null = null;
  try {
    schemaVersion = inspectWorkspaceFile(path);
  } catch (error) {
    if (!(error instanceof WorkspaceError) || error.code !== 'damaged') throw error;
    problems.push(error.message);
  }

  let fts: string[] = [];
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    problems.push(...integrityProblems(db), ...foreignKeyProblems(db));
    fts = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%' ORDER BY name`,
      )
      .all()
      .map((row) => row.name);
    if (fts.includes('statements_fts')) problems.push(...statementIndexProblems(db));
  } catch (error) {
    problems.push(`The file could not be read through: ${(error as Error).message}.`);
  } finally {
    db?.close();
  }
  if (fts.length > 0)
    problems.push(...ftsIntegrityProblems(path, fts, options.tempDir ?? tmpdir()));
  return { ok: problems.length === 0, problems: [...new Set(problems)], schemaVersion };
}

function integrityProblems(db: Db): string[] {
  const rows = db.pragma(`integrity_check(${MAX_INTEGRITY_LINES})`) as Array<{
    integrity_check: string;
  }>;
  const lines = rows.map((row) => row.integrity_check);
  if (lines.length === 1 && lines[0] === 'ok') return [];
  return lines.map((line) => `SQLite integrity check: ${line}`);
}

function foreignKeyProblems(db: Db): string[] {
  const rows = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
  const counts = new Map<string, number>();
  for (const { table, parent } of rows) {
    const key = `${table}\u0000${parent}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => {
    const [table, parent] = key.split('\u0000');
    return `${plural(n, 'row')} of ${table} ${n === 1 ? 'refers' : 'refer'} to ${parent} rows that do not exist.`;
  });
}

const count = (db: Db, sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;

/** The statement index keeps its own copy of each row, so it can be compared with what it should hold. */
function statementIndexProblems(db: Db): string[] {
  const problems: string[] = [];
  const missing = count(
    db,
    `SELECT count(*) AS n FROM statements s WHERE NOT EXISTS (SELECT 1 FROM statements_fts f WHERE f.rowid = s.seq)`,
  );
  const extra = count(
    db,
    `SELECT count(*) AS n FROM statements_fts f WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.seq = f.rowid)`,
  );
  if (missing > 0 || extra > 0) {
    const statements = count(db, 'SELECT count(*) AS n FROM statements');
    const rows = count(db, 'SELECT count(*) AS n FROM statements_fts');
    const parts = [
      missing > 0 ? `${plural(missing, 'statement')} missing from it` : '',
      extra > 0 ? `${plural(extra, 'row')} for statements that no longer exist` : '',
    ].filter(Boolean);
    problems.push(
      `The ${indexName('statements_fts')} is out of step: ${plural(rows, 'row')} for ${plural(statements, 'statement')}, ${parts.join(' and ')}.`,
    );
  }
  const hasView = count(
    db,
    `SELECT count(*) AS n FROM sqlite_schema WHERE type = 'view' AND name = 'statement_search_rows'`,
  );
  if (hasView) {
    const stale = count(
      db,
      `SELECT count(*) AS n FROM statement_search_rows v JOIN statements_fts f ON f.rowid = v.rowid
       WHERE f.text IS NOT v.text OR f.translation IS NOT v.translation OR f.speaker IS NOT v.speaker`,
    );
    if (stale > 0) {
      problems.push(
        `The ${indexName('statements_fts')} holds outdated text for ${plural(stale, 'statement')}.`,
      );
    }
  }
  return problems;
}

/** Runs FTS5's 'integrity-check' (against the content too) on a copy, which is then deleted. */
function ftsIntegrityProblems(path: string, tables: string[], tempDir: string): string[] {
  const dir = mkdtempSync(join(tempDir, 'parallax-check-'));
  const copy = join(dir, 'copy.parallax');
  const problems: string[] = [];
  let db: Db | undefined;
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    db = new Database(copy, { fileMustExist: true });
    db.exec('BEGIN');
    for (const table of tables) {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      try {
        db.prepare(`INSERT INTO ${quoted} (${quoted}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        problems.push(
          code.startsWith('SQLITE_CORRUPT')
            ? `The ${indexName(table)} does not match what it indexes (or is damaged).`
            : `The ${indexName(table)} could not be checked: ${(error as Error).message}.`,
        );
      }
    }
    db.exec('ROLLBACK');
  } catch (error) {
    problems.push(`The search indexes could not be checked: ${(error as Error).message}.`);
  } finally {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}
