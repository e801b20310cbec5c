import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { linkSync, rmSync } from 'node:fs';
import { WorkspaceError } from './errors';

/**
 * How long the check waits for a lock another connection holds only for a moment (a checkpoint,
 * a connection closing): short, since an open workspace holds its lock for as long as it is open.
 */
const LOCK_WAIT_MS = 250;

/** The workspace is open in another Parallax (or another connection): nothing was changed. */
export class WorkspaceInUseError extends WorkspaceError {
  constructor(readonly path: string) {
    super(
      'in_use',
      `${path} is open in another Parallax window or process (the app, a 'parallax serve' host or another command). Close it there first, then restore again. Nothing was changed.`,
    );
    this.name = 'WorkspaceInUseError';
  }
}

export interface ExclusiveHold {
  /** True while this process holds the lock; false when it was checked and let go at once. */
  readonly held: boolean;
  /** Lets the lock go. Changes nothing in the workspace, its side files or its folder. */
  release(): void;
}

type Attempt = { db: Database.Database } | 'busy' | 'unreadable';

/**
 * SQLite's own EXCLUSIVE lock on the database file, taken through the connection `name`.
 *
 * In WAL mode every connection holds a SHARED lock on the database file for as long as it is
 * open (idle, reading or writing; read-only ones too), not only inside a transaction: that is
 * how the last connection to close knows it may checkpoint and delete the -wal. With
 * locking_mode=EXCLUSIVE set before the first read, SQLite asks for the EXCLUSIVE lock before it
 * opens the -wal (and never maps the -shm: its wal-index is kept in heap memory), so another
 * connection anywhere fails this with SQLITE_BUSY having read and written nothing. In this
 * process too: SQLite shares POSIX locks between connections to one inode. BEGIN EXCLUSIVE (not
 * IMMEDIATE) so a file whose header says rollback mode asks for EXCLUSIVE as well.
 */
function lockThrough(name: string): Attempt {
  let db: Database.Database | undefined;
  try {
    db = new Database(name, { fileMustExist: true, timeout: LOCK_WAIT_MS });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    return { db };
  } catch (error) {
    db?.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
    // The first page is not a database's: SQLite stops before asking for any lock it keeps, so
    // this cannot tell, and no SQLite connection can be reading such a file anyway.
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'unreadable';
    throw error;
  }
}

function letGo(db: Database.Database): void {
  if (db.inTransaction) db.exec('ROLLBACK'); // nothing was written: nothing to roll back
  db.close();
}

/**
 * Takes SQLite's EXCLUSIVE lock on the workspace file at `path` (which must exist), or throws
 * WorkspaceInUseError, having changed nothing, when another connection has the file open.
 * While held, no other connection can start to read or write the file: one that tries waits
 * its busy timeout and then fails with SQLITE_BUSY.
 *
 * The lock is taken through a temporary hard link beside the file, so that this connection's
 * -wal is its own, empty one: closing it checkpoints nothing into the workspace and deletes no
 * side file of it (through the workspace's own name, SQLite would replay a leftover -wal into
 * the file when the lock is let go, and roll back a leftover -journal). POSIX locks belong to
 * the file (the inode), not to a name, so the lock is the one every other connection sees, and
 * it stays on the file when the file is renamed.
 *
 * Where hard links are impossible (FAT/exFAT, some network folders) the check goes through the
 * file's own name and is let go at once (`held: false`), before anything is renamed: a leftover
 * -wal of a crashed session is then checkpointed into the file by that check.
 */
export function holdExclusively(path: string): ExclusiveHold {
  const link = `${path}.restore-lock-${process.pid}-${randomBytes(4).toString('hex')}`;
  let linked = false;
  try {
    linkSync(path, link);
    linked = true;
  } catch {
    // No hard links here: checked through the file's own name below.
  }
  const removeLink = () => {
    if (!linked) return;
    // The link's own side files: this connection's, never the workspace's.
    for (const suffix of ['-wal', '-shm', '-journal', '']) rmSync(link + suffix, { force: true });
  };

  let attempt: Attempt;
  try {
    attempt = lockThrough(linked ? link : path);
  } catch (error) {
    removeLink();
    throw new WorkspaceError(
      'io',
      `Could not check whether ${path} is open elsewhere: ${(error as Error).message}.`,
    );
  }
  if (attempt === 'busy') {
    removeLink();
    throw new WorkspaceInUseError(path);
  }
  if (attempt === 'unreadable') {
    removeLink();
    return { held: false, release: () => {} };
  }
  const { db } = attempt;
  if (!linked) {
    letGo(db);
    return { held: false, release: () => {} };
  }
  let released = false;
  return {
    held: true,
    release() {
      if (released) return;
      released = true;
      try {
        letGo(db);
      } finally {
        removeLink();
      }
    },
  };
}
