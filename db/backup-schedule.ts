import type { Database as Db } from 'better-sqlite3';
import {
  BACKUP_INTERVAL_MS,
  backUpIfChanged,
  backUpIfChangedInBackground,
  listBackups,
} from './backups';

export interface BackupScheduleOptions {
  /** Told when a backup could not be made. */
  onWarning: (message: string) => void;
  /** At most one backup per this long while changes come in (5 minutes by default). */
  intervalMs?: number;
}

/** Which rule a backup follows: on open it waits out the interval, after changes it does not. */
type Reason = 'open' | 'changes';

/**
 * When a long-lived connection (the app's open workspace) is backed up:
 *
 * - just after opening, unless the newest backup is younger than `intervalMs`;
 * - the first change after a quiet spell (no backup for `intervalMs`) is backed up at once,
 *   just after the command has answered;
 * - further changes are backed up together when `intervalMs` has passed since that backup,
 *   so a busy session makes at most one backup per interval and no change waits longer;
 * - closing backs up whatever changed since the last backup, however recent that was.
 *
 * While the app is open, backups are made in the background (SQLite's online backup, a step
 * at a time), so a large workspace does not freeze the app; closing makes the last one at
 * once, before the connection goes. Each is skipped when the newest backup already holds the
 * same data (see `backUpIfChanged`), and a failure only warns.
 */
export class BackupSchedule {
  private readonly intervalMs: number;
  private lastAt: number;
  private pending: Reason | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The backup being made in the background, and why. */
  private running: Reason | null = null;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly workspacePath: string,
    private readonly options: BackupScheduleOptions,
  ) {
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    const newest = listBackups(workspacePath)[0];
    this.lastAt = newest ? Date.parse(newest.at) : 0;
  }

  /** The workspace was just opened. */
  opened(): void {
    this.pending ??= 'open';
    this.arm(0);
  }

  /** A command changed the workspace. */
  changed(): void {
    this.pending = 'changes';
    this.arm(this.lastAt + this.intervalMs - Date.now());
  }

  /** Call before the connection closes: makes the backup still owed, synchronously. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    // A background backup still running fails when the connection closes: it is owed too.
    const owed =
      this.pending === 'changes' || this.running === 'changes'
        ? 'changes'
        : (this.pending ?? this.running);
    this.pending = null;
    if (owed && this.db.open) {
      backUpIfChanged(this.db, this.workspacePath, {
        notWithinMs: owed === 'changes' ? 0 : this.intervalMs,
        onWarning: this.options.onWarning,
      });
    }
  }

  private arm(waitMs: number): void {
    if (this.timer || this.running || this.closed) return; // `flush` re-arms when done
    this.timer = setTimeout(() => void this.flush(), Math.max(0, waitMs));
    // A pending backup must not keep a process alive; close() makes it instead.
    this.timer.unref?.();
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const reason = this.pending;
    if (!reason || this.closed || !this.db.open) return;
    this.pending = null;
    this.running = reason;
    let failed = false;
    await backUpIfChangedInBackground(this.db, this.workspacePath, {
      notWithinMs: reason === 'changes' ? 0 : this.intervalMs,
      onWarning: (message) => {
        failed = true;
        // Closing mid-backup makes it fail; close() has made the backup instead.
        if (!this.closed) this.options.onWarning(message);
      },
    });
    this.running = null;
    // The interval runs from the newest backup, or from a failure: a full disk is retried an
    // interval later, not after every command.
    const newest = listBackups(this.workspacePath)[0];
    this.lastAt = failed ? Date.now() : newest ? Date.parse(newest.at) : 0;
    if (this.pending) this.arm(this.lastAt + this.intervalMs - Date.now());
  }
}
