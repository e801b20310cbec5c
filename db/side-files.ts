import { existsSync, rmSync, statSync } from 'node:fs';

/**
 * Runs `open` (which opens the workspace at `path`) and, if it fails, removes the -wal and
 * -shm files that SQLite created beside the file while trying: a read-only connection to a
 * WAL-mode file makes both even when it then finds the file damaged, and the researcher
 * should find a file Parallax refused exactly as it was. Only files that did not exist before
 * and (for the -wal) hold nothing are removed: a log that already existed may hold data.
 */
export function leavingNoSideFilesOnFailure<T>(path: string, open: () => T): T {
  const before = new Set(['-wal', '-shm'].filter((suffix) => existsSync(path + suffix)));
  try {
    return open();
  } catch (error) {
    const wal = `${path}-wal`;
    const walNew = !before.has('-wal') && existsSync(wal);
    if (walNew && statSync(wal).size === 0) rmSync(wal, { force: true });
    // The index is only ever rebuilt from the log; without a log of ours it is ours too.
    if (!before.has('-shm') && !existsSync(wal)) rmSync(`${path}-shm`, { force: true });
    throw error;
  }
}
