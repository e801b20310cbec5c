import type { Database as Db } from 'better-sqlite3';
import { BACKUP_INTERVAL_MS, backUpIfChanged, listBackups } from './backups';

export interface BackupScheduleOptions {
  /** Told when a backup could not be made. */
  onWarning: (message: string) => void;
  /** At most one backup per this long while changes come in (5 minutes by default). */
  intervalMs?: number;
}

/**
 * When a long-lived connection (the app's open workspace) is backed up after changes:
 *
 * - the first change after a quiet spell (no backup for `intervalMs`) is backed up at once,
 *   just after the command has answered;
 * - further changes are backed up together when `intervalMs` has passed since that backup,
 *   so a busy session makes at most one backup per interval and no change waits longer;
 * - closing backs up whatever changed since the last backup, however recent that was.
 *
 * Each backup is skipped when the newest one already holds the same data (see
 * `backUpIfChanged`), and a failure only warns.
 */
export class BackupSchedule {
  private readonly intervalMs: number;
  private lastAt: number;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: Db,
    private readonly workspacePath: string,
    private readonly options: BackupScheduleOptions,
  ) {
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    const newest = listBackups(workspacePath)[0];
    this.lastAt = newest ? Date.parse(newest.at) : 0;
  }

  /** A command changed the workspace. */
  changed(): void {
    this.dirty = true;
    if (this.timer) return;
    const wait = Math.max(0, this.lastAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
    // A pending backup must not keep a process alive; close() makes it instead.
    this.timer.unref?.();
  }

  /** Call before the connection closes. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty) this.backUp();
  }

  private flush(): void {
    this.timer = undefined;
    if (this.dirty) this.backUp();
  }

  private backUp(): void {
    this.dirty = false;
    if (!this.db.open) return;
    backUpIfChanged(this.db, this.workspacePath, {
      notWithinMs: 0,
      onWarning: this.options.onWarning,
    });
    // Also after a failure: a full disk is retried an interval later, not after every command.
    this.lastAt = Date.now();
  }
}
