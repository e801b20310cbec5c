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

let partials = 0;

/** Where a backup is written before it is complete: hidden, and unique to this writer. */
function partialPath(folder: string, name: string): string {
  return join(folder, `.${name}.${process.pid}-${++partials}.partial`);
}

function removePartial(partial: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
}

/** Syncs the finished copy, renames it into place and prunes; returns what was made. */
function complete(workspacePath: string, partial: string, now: Date): BackupInfo {
  const name = backupName(now);
  const path = join(backupFolder(workspacePath), name);
  fsyncFile(partial);
  // Replaces a backup made in the same second: the later one holds the later data.
  renameSync(partial, path);
  const made = { name, path, at: `${now.toISOString().slice(0, 19)}Z`, bytes: statSync(path).size };
  // After a clock change the new backup may be the oldest, and so pruned at once.
  pruneBackups(workspacePath);
  return made;
}

/**
 * Copies the workspace open in `db` into its backups folder and prunes old backups.
 * VACUUM INTO reads in one transaction, so the copy is a consistent snapshot even while
 * another connection writes; it is written under a hidden name, synced, then renamed, so a
 * crash or a full disk never leaves a half backup that looks like one. The copy is in
 * rollback-journal mode: reading it never creates -wal/-shm files beside it.
 * Synchronous (about 1.5 s per 200 MB): for opening and closing, and the CLI.
 * Throws on failure (see `backUpIfChanged` for the variant that only warns).
 */
export function makeBackup(db: Db, workspacePath: string, now = new Date()): BackupInfo {
  const folder = backupFolder(workspacePath);
  mkdirSync(folder, { recursive: true });
  const partial = partialPath(folder, backupName(now));
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return complete(workspacePath, partial, now);
  } catch (error) {
    removePartial(partial);
    throw error;
  }
}

/** Pages copied per step of an online backup: a few milliseconds of work between events. */
const PAGES_PER_STEP = 1000;

/**
 * `makeBackup` without blocking: SQLite's online backup copies the file a step at a time
 * between other work, so the app keeps answering while a large workspace is copied. The copy
 * is a consistent snapshot of when it finishes (SQLite restarts it if another connection
 * writes meanwhile, and carries over writes made through `db`). The copy arrives in WAL mode
 * and is switched to rollback-journal mode before it is renamed into place. If `db` closes
 * first, the promise rejects and nothing is left behind.
 */
export async function makeBackupInBackground(
  db: Db,
  workspacePath: string,
  now = new Date(),
): Promise<BackupInfo> {
  const folder = backupFolder(workspacePath);
  mkdirSync(folder, { recursive: true });
  const partial = partialPath(folder, backupName(now));
  try {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    return complete(workspacePath, partial, now);
  } catch (error) {
    removePartial(partial);
    throw error;
  }
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
    return wanted(db, workspacePath, rules.notWithinMs, now)
      ? makeBackup(db, workspacePath, now)
      : null;
  } catch (error) {
    rules.onWarning(failure(workspacePath, error));
    return null;
  }
}

/** `backUpIfChanged` with `makeBackupInBackground`: never rejects. */
export async function backUpIfChangedInBackground(
  db: Db,
  workspacePath: string,
  rules: BackupRules,
): Promise<BackupInfo | null> {
  const now = rules.now ?? new Date();
  try {
    return wanted(db, workspacePath, rules.notWithinMs, now)
      ? await makeBackupInBackground(db, workspacePath, now)
      : null;
  } catch (error) {
    rules.onWarning(failure(workspacePath, error));
    return null;
  }
}

function wanted(db: Db, workspacePath: string, notWithinMs: number, now: Date): boolean {
  const newest = listBackups(workspacePath)[0];
  if (!newest) return true;
  if (now.getTime() - Date.parse(newest.at) < notWithinMs) return false;
  return backupFingerprint(newest.path) !== dataFingerprint(db);
}

function failure(workspacePath: string, error: unknown): string {
  return `Could not back up ${workspacePath} into ${backupFolder(workspacePath)}: ${(error as Error).message}. The workspace itself is fine; Parallax will try again later.`;
}
