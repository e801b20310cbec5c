import type { WorkspaceError } from '../db/errors';
import { api, isMethodName } from './api';
import { ParallaxError } from './errors';

/** Methods that write to the open workspace (they wait for its integrity check). */
function changesWorkspace(method: string): boolean {
  return method === 'importFile' || (isMethodName(method) && api[method].mutates);
}

/**
 * The full integrity check of the workspace the session opened, while it runs on a worker
 * thread (db/open-checking-later.ts), as the session's calls see it: every change waits for its
 * verdict, and a restore waits until its read-only connection has closed (that connection
 * would make the restore refuse the file as in use).
 */
export class OpenCheck {
  /** Resolves when the check passed, rejects when it found damage; null when none is awaited. */
  private verdict: Promise<void> | null = null;
  /** Settles once the check's connection has closed, even after the workspace did. */
  private reading: Promise<void> | null = null;

  /**
   * Follows `check`. `settle` runs with its result unless the workspace was closed meanwhile
   * (`drop`); what it throws is what the waiting changes are refused with.
   */
  follow(
    check: Promise<WorkspaceError | null>,
    settle: (damage: WorkspaceError | null) => void,
  ): void {
    const verdict = check.then((damage) => {
      if (this.verdict !== verdict) return;
      this.verdict = null;
      settle(damage);
    });
    verdict.catch(() => {}); // told to whoever waits
    this.verdict = verdict;
    const reading = check.then(() => {
      if (this.reading === reading) this.reading = null;
    });
    this.reading = reading;
  }

  /** The workspace closed: its verdict no longer matters (its connection may still read). */
  drop(): void {
    this.verdict = null;
  }

  /**
   * A promise of `run`'s answer once `method` may run, or null when it may run now. A change
   * is refused if, by then, `stillMeant` says its workspace is no longer the open one.
   */
  whenAllowed(
    method: string,
    run: () => unknown,
    stillMeant: () => boolean,
  ): Promise<unknown> | null {
    if (this.verdict && changesWorkspace(method)) {
      return this.verdict.then(() => {
        if (!stillMeant()) {
          throw new ParallaxError(
            'no_workspace',
            'The workspace this change was for was closed before it could be saved.',
          );
        }
        return run();
      });
    }
    if (this.reading && method === 'restoreBackup') return this.reading.then(run);
    return null;
  }
}
