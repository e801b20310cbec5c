import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupName, listBackups, type BackupInfo } from './backups';
import { WorkspaceError } from './errors';
import { holdExclusively, type ExclusiveHold } from './exclusive-lock';
import { inspectWorkspaceFile } from './workspace';

/** SQLite's side files: they belong to the file they sit beside, and move with it. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** The newest backup that passes inspectWorkspaceFile, or null. Reads backups only. */
export function newestGoodBackup(workspacePath: string): BackupInfo | null {
  for (const backup of listBackups(workspacePath)) {
    try {
      inspectWorkspaceFile(backup.path);
      return backup;
    } catch {
      // A damaged or unreadable backup: try the one before it.
    }
  }
  return null;
}

/**
 * The backup `from` names: a name from the backups folder (with or without `.parallax`),
 * or the path of any workspace file.
 */
function chooseBackup(workspacePath: string, from: string | undefined): BackupInfo {
  if (from === undefined) {
    const good = newestGoodBackup(workspacePath);
    if (!good) {
      throw new WorkspaceError(
        'not_found',
        listBackups(workspacePath).length === 0
          ? `${workspacePath} has no backups.`
          : `None of the backups of ${workspacePath} can be opened.`,
      );
    }
    return good;
  }
  const listed = listBackups(workspacePath).find(
    (b) => b.name === from || b.name === `${from}.parallax` || b.path === resolve(from),
  );
  if (listed) return listed;
  const path = resolve(from);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new WorkspaceError('not_found', `There is no backup called ${from}.`);
  }
  const bytes = statSync(path).size;
  return { name: from, path, at: statSync(path).mtime.toISOString(), bytes };
}

/** `<file>.before-restore-<time>.parallax`, or `…-2.parallax`, … when that name is taken. */
function asidePath(workspacePath: string, now: Date): string {
  const base = `${workspacePath}.before-restore-${backupName(now).replace(/\.parallax$/, '')}`;
  let candidate = `${base}.parallax`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}.parallax`;
  return candidate;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** Where the file as it was before the restore now is (with its side files); null if none. */
  keptAside: string | null;
}

/**
 * Replaces the workspace at `workspacePath` with a copy of a backup (the newest good one, or
 * `from`). The backup must pass inspectWorkspaceFile. The current file is never deleted nor
 * written: it is renamed to `<file>.before-restore-<time>.parallax`, and its -wal/-shm files
 * go with it (a -wal may hold its latest changes, which SQLite finds again by the new name).
 * The copy is made under a temporary name first, so a failed copy changes nothing.
 *
 * Refuses with WorkspaceInUseError, changing nothing, while another connection (another
 * Parallax window, a `parallax serve` host, another command) has the workspace open: its
 * changes would go on into the file set aside, or into a -wal that no longer belongs to it.
 * The caller closes its own connection first. See db/exclusive-lock.ts.
 */
export function restoreWorkspace(
  workspacePath: string,
  from?: string,
  now = new Date(),
): RestoreResult {
  const target = resolve(workspacePath);
  const backup = chooseBackup(target, from);
  if (backup.path === target) {
    throw new WorkspaceError('io', `${from} is the workspace itself, not a backup of it.`);
  }
  inspectWorkspaceFile(backup.path);
  const incoming = `${target}.restoring`;
  try {
    copyFileSync(backup.path, incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw new WorkspaceError(
      'io',
      `Could not copy ${backup.path} beside ${target}: ${(error as Error).message}.`,
    );
  }
  // Checked after the copy, which may take a while, and held until the swap is done: SQLite's
  // EXCLUSIVE lock is on the file (the inode), not on its name, so it stays on the file as it
  // is renamed aside. From the check until then no other connection can start to read or write
  // it (it would wait for the lock, then fail with SQLITE_BUSY), so nothing is written into the
  // file or its -wal after the check; a Parallax that opens the name afterwards finds the
  // restored file. What no lock can stop: a process that opened the name just before the rename
  // and waits for the lock goes on with the file set aside once the lock is let go.
  let hold: ExclusiveHold | null = null;
  try {
    if (existsSync(target)) hold = holdExclusively(target);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  let keptAside: string | null = null;
  try {
    if (existsSync(target)) {
      keptAside = asidePath(target, now);
      renameSync(target, keptAside);
    }
    for (const suffix of SIDE_FILES) {
      if (!existsSync(target + suffix)) continue;
      if (keptAside) renameSync(target + suffix, keptAside + suffix);
      else rmSync(target + suffix); // side files of a file that is gone belong to nothing
    }
    renameSync(incoming, target);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw new WorkspaceError(
      'io',
      `Could not put the backup in place of ${target}: ${(error as Error).message}.${keptAside ? ` The file as it was is ${keptAside}.` : ''}`,
    );
  } finally {
    hold?.release();
  }
  return { restored: backup, keptAside };
}
