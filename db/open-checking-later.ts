import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { damagedError, WorkspaceError } from './errors';
import { LATEST_VERSION } from './migrations';
import { quickCheckInWorker } from './quick-check-worker';
import type { VerifiedFiles } from './verified-files';
import { configure, inspectWorkspaceFile, openWorkspace, wrap, type Workspace } from './workspace';

/**
 * Files at least this big open before their full integrity check has finished. SQLite's
 * quick_check reads every page: about 3 ms per MB from the OS cache here, many times that from
 * disk, so below this size the check fits in the time an open may take.
 */
export const BACKGROUND_CHECK_FROM_BYTES = 64 * 1024 * 1024;

export interface CheckingOpen {
  workspace: Workspace;
  /**
   * null when the file was known good or checked before it opened. Otherwise the full check
   * running now: it resolves to null when the file is good and to the `damaged` error when it
   * is not. Nothing may be written to the file until it has resolved to null.
   */
  check: Promise<WorkspaceError | null> | null;
}

export interface CheckingOpenOptions {
  verified?: VerifiedFiles;
  /** Overrides BACKGROUND_CHECK_FROM_BYTES (tests use small files). */
  backgroundCheckFromBytes?: number;
}

/**
 * Opens a workspace for the app. A small file, a file this Parallax verified or closed cleanly,
 * and a file that needs migrating (which writes) open exactly as `openWorkspace` opens them.
 * A large unfamiliar file (copied in, synced, or left by a crash) gets the cheap checks now
 * (header, version, schema readable) and its full check on a worker thread, so a million
 * statements open in milliseconds rather than seconds; the caller holds back writes until
 * `check` resolves. Such a file is remembered as verified on close only if its check passed.
 */
export function openWorkspaceCheckingLater(
  path: string,
  options: CheckingOpenOptions = {},
): CheckingOpen {
  const { verified } = options;
  const threshold = options.backgroundCheckFromBytes ?? BACKGROUND_CHECK_FROM_BYTES;
  if (verified?.isVerified(path) || fileSize(path) < threshold) {
    return { workspace: openWorkspace(path, { verified }), check: null };
  }
  const version = inspectWorkspaceFile(path, { full: false });
  if (version < LATEST_VERSION)
    return { workspace: openWorkspace(path, { verified }), check: null };

  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
  } catch (error) {
    db.close();
    throw error;
  }
  let passed = false;
  const check = fullCheck(path).then((damage) => {
    passed = damage === null;
    return damage;
  });
  const workspace = wrap(path, db, verified && (() => passed && verified.remember(path)));
  return { workspace, check };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // openWorkspace reports the missing file
  }
}

/** The worker's verdict; when the worker cannot run, the same check on this thread. */
async function fullCheck(path: string): Promise<WorkspaceError | null> {
  const outcome = await quickCheckInWorker(path);
  if (outcome.kind === 'ok') return null;
  if (outcome.kind === 'damaged') {
    return damagedError(path, outcome.problem);
  }
  try {
    inspectWorkspaceFile(path, { full: true });
    return null;
  } catch (error) {
    if (error instanceof WorkspaceError) return error;
    return damagedError(path, (error as Error).message);
  }
}
