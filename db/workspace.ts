import Database, { type Database as Db } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { BACKUP_INTERVAL_MS, backUpIfChanged } from './backups';
import { damagedError, WorkspaceError } from './errors';
import { APPLICATION_ID, readSqliteHeader } from './file-header';
import type { VerifiedFiles } from './verified-files';
import { migrate, userVersion } from './migrate';
import { LATEST_VERSION } from './migrations';

export const WORKSPACE_EXTENSION = '.parallax';

export interface Workspace {
  readonly path: string;
  readonly db: Db;
  close(): void;
}

/** The connection settings every workspace connection gets. */
export function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
}

/** A Workspace over an open connection; `afterClose` runs once, after a close that happened. */
export function wrap(path: string, db: Db, afterClose?: () => void): Workspace {
  return {
    path,
    db,
    close: () => {
      if (!db.open) return;
      db.close();
      afterClose?.();
    },
  };
}

export interface OpenOptions {
  /**
   * Files this Parallax verified or closed cleanly: an unchanged one opens without the full
   * integrity check (see db/verified-files.ts). Without it every open checks in full.
   */
  verified?: VerifiedFiles;
  /**
   * Back up on open into `<file>.backups/` (db/backups.ts) when the data differs from the
   * newest backup and that one is at least 5 minutes old. Off unless asked for: the CLI asks
   * (the app backs up in the background instead, db/backup-schedule.ts); tools and tests that
   * open files do not. A failed backup only warns.
   */
  backup?: { onWarning: (message: string) => void };
}

/** Creates a new, empty workspace at `path`. Refuses to touch an existing file. */
export function createWorkspace(path: string): Workspace {
  if (existsSync(path)) {
    throw new WorkspaceError('already_exists', `${path} already exists; choose a new file name.`);
  }
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw new WorkspaceError('io', `Could not create ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configure(db);
    migrate(db);
    return wrap(path, db);
  } catch (error) {
    db.close();
    throw error;
  }
}

/** 'ok' when the schema reads back; the error otherwise. */
function schemaReadable(db: Db): string {
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  return 'ok';
}

/**
 * Checks a file is a healthy workspace this version understands, without writing to it:
 * the header first (foreign, truncated, newer), then SQLite's quick_check through a read-only
 * connection. Returns the file's schema version.
 */
export function inspectWorkspaceFile(path: string, options: { full?: boolean } = {}): number {
  const header = readSqliteHeader(path);
  if (header.applicationId !== APPLICATION_ID) {
    throw new WorkspaceError(
      'not_a_workspace',
      `${path} is an SQLite database, but not a Parallax workspace.`,
    );
  }
  if (header.userVersion > LATEST_VERSION) {
    throw new WorkspaceError(
      'newer_version',
      `${path} was saved by a newer version of Parallax (schema ${header.userVersion}; this one knows up to ${LATEST_VERSION}). Update Parallax to open it.`,
    );
  }
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    // Without the full check, reading the schema still proves the file opens as a database.
    const result =
      options.full === false ? schemaReadable(db) : db.pragma('quick_check', { simple: true });
    if (result !== 'ok') {
      throw damagedError(path, String(result));
    }
    return userVersion(db);
  } catch (error) {
    if (error instanceof WorkspaceError) throw error;
    throw damagedError(path, (error as Error).message);
  } finally {
    db?.close();
  }
}

/**
 * Where to copy a workspace before upgrading it: `<file>.before-v<N>.bak`, or
 * `<file>.before-v<N>-2.bak`, `-3`, … when an earlier backup already has that name (a user who
 * restored a backup by copying it back keeps it; VACUUM INTO refuses an existing file anyway).
 */
function backupPath(path: string): string {
  const base = `${path}.before-v${LATEST_VERSION}`;
  let candidate = `${base}.bak`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}.bak`;
  return candidate;
}

/**
 * Opens an existing workspace for reading and writing. An older workspace is first copied
 * beside itself (`<file>.before-v<N>.bak`, see `backupPath`) and then migrated.
 */
export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  const { verified } = options;
  const version = inspectWorkspaceFile(path, { full: !verified?.isVerified(path) });
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
    if (version < LATEST_VERSION) {
      if (version > 0) db.prepare('VACUUM INTO ?').run(backupPath(path));
      migrate(db);
    }
    if (options.backup) {
      backUpIfChanged(db, path, {
        notWithinMs: BACKUP_INTERVAL_MS,
        onWarning: options.backup.onWarning,
      });
    }
    // Closed cleanly, the file is as good as it was checked: remembered for the next open.
    return wrap(path, db, verified && (() => verified.remember(path)));
  } catch (error) {
    db.close();
    throw error;
  }
}
