import Database, { type Database as Db } from 'better-sqlite3';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Rolling automatic backups of a workspace, kept beside it in `<file>.backups/` (for
 * `Kirkuk.parallax`, the folder `Kirkuk.parallax.backups/`), one complete workspace file per
 * backup, named by the UTC second it was made: `2026-11-25T21-40-05Z.parallax`. Names sort by
 * time, and each backup opens like any workspace. When to make one is decided by the callers
 * (see `backUpIfChanged` and db/backup-schedule.ts); this module makes, lists and prunes them.
 */

/** How many backups are kept; older ones are deleted as new ones are made. */
export const BACKUPS_KEPT = 10;

/** At most one backup per this long while changes are being made (the app and the CLI). */
export const BACKUP_INTERVAL_MS = 5 * 60_000;

export interface BackupInfo {
  /** The file name inside the backups folder, e.g. `2026-11-25T21-40-05Z.parallax`. */
  name: string;
  path: string;
  /** When it was made (ISO 8601, to the second, UTC), read from its name. */
  at: string;
  bytes: number;
}

const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.parallax$/;

export function backupFolder(workspacePath: string): string {
  return `${workspacePath}.backups`;
}

/** `2026-11-25T21-40-05Z.parallax`: a time stamp that is also a portable file name. */
export function backupName(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.parallax`;
}

/** The workspace's backups, newest first. Other files in the folder are ignored. */
export function listBackups(workspacePath: string): BackupInfo[] {
  const folder = backupFolder(workspacePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // no backup made yet
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      const at = `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`;
      backups.push({ name, path, at, bytes: stat.size });
    } catch {
      // Removed while we looked: not a backup any more.
    }
  }
  return backups.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Deletes all but the newest `keep` backups; returns the names deleted. */
export function pruneBackups(workspacePath: string, keep = BACKUPS_KEPT): string[] {
  const old = listBackups(workspacePath).slice(keep);
  for (const backup of old) rmSync(backup.path, { force: true });
  return old.map((b) => b.name);
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the workspace open in `db` into its backups folder and prunes old backups.
 * VACUUM INTO reads in one transaction, so the copy is a consistent snapshot even while
 * another connection writes; it is written under a hidden name, synced, then renamed, so a
 * crash or a full disk never leaves a half backup that looks like one. The copy is in
 * rollback-journal mode: reading it never creates -wal/-shm files beside it.
 * Throws on failure (see `backUpIfChanged` for the variant that only warns).
 */
export function makeBackup(db: Db, workspacePath: string, now = new Date()): BackupInfo {
  const folder = backupFolder(workspacePath);
  mkdirSync(folder, { recursive: true });
  const name = backupName(now);
  const partial = join(folder, `.${name}.partial`);
  const path = join(folder, name);
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fsyncFile(partial);
    // Replaces a backup made in the same second: the later one holds the later data.
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const made = { name, path, at: `${now.toISOString().slice(0, 19)}Z`, bytes: statSync(path).size };
  // After a clock change the new backup may be the oldest, and so pruned at once.
  pruneBackups(workspacePath);
  return made;
}

/**
 * What the data is at, as far as Parallax writes it: the schema version and the last entry
 * of the changes log (every command that changes anything, undo and redo included, adds
 * one). Equal fingerprints mean a new backup would hold nothing the newest one lacks.
 */
export function dataFingerprint(db: Db): string {
  const version = Number(db.pragma('user_version', { simple: true }));
  try {
    const row = db
      .prepare(
        'SELECT count(*) AS n, (SELECT id FROM changes ORDER BY seq DESC LIMIT 1) AS id FROM changes',
      )
      .get() as { n: number; id: string | null };
    return `${version}:${row.n}:${row.id ?? ''}`;
  } catch {
    return `${version}:no-log`; // a file from before the changes log (schema < 3)
  }
}

function backupFingerprint(path: string): string | null {
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return dataFingerprint(db);
  } catch {
    return null; // unreadable: never counts as holding the current data
  } finally {
    db?.close();
  }
}

export interface BackupRules {
  /** Skip when the newest backup is younger than this (ms); 0 backs up whatever its age. */
  notWithinMs: number;
  /** Told, in plain words, when a backup could not be made. */
  onWarning: (message: string) => void;
  now?: Date;
}

/**
 * Makes a backup unless the newest one already holds this data or is younger than
 * `rules.notWithinMs`. A failure (disk full, read-only folder) is reported to
 * `rules.onWarning` and otherwise ignored: a backup never breaks the workspace or the command
 * that asked for it. Returns the backup made, or null.
 */
export function backUpIfChanged(
  db: Db,
  workspacePath: string,
  rules: BackupRules,
): BackupInfo | null {
  const now = rules.now ?? new Date();
  try {
    const newest = listBackups(workspacePath)[0];
    if (newest) {
      if (now.getTime() - Date.parse(newest.at) < rules.notWithinMs) return null;
      if (backupFingerprint(newest.path) === dataFingerprint(db)) return null;
    }
    return makeBackup(db, workspacePath, now);
  } catch (error) {
    rules.onWarning(
      `Could not back up ${workspacePath} into ${backupFolder(workspacePath)}: ${(error as Error).message}. The workspace itself is fine; Parallax will try again later.`,
    );
    return null;
  }
}
