import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Workspaces this Parallax last left in a known-good state, by a fingerprint of the file: its
 * size, modification time and SQLite's file change counter, with no write-ahead log pending.
 *
 * Why: SQLite's quick_check reads every page (3–5 s for a million statements), too slow to run
 * on every open. A file whose fingerprint is unchanged since Parallax checked it, or closed it
 * cleanly, has not been touched by anything else, so opening it can skip the check. A file
 * changed elsewhere (copied, synced, restored, damaged on disk so its size changes, or left
 * with a write-ahead log by a crash) no longer matches and is checked in full. `parallax check`
 * always checks in full.
 */
export class VerifiedFiles {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'verified-workspaces.json');
  }

  /** True when `path` is exactly as Parallax last verified or closed it. */
  isVerified(path: string): boolean {
    const now = fingerprint(path);
    if (!now) return false;
    const known = this.read()[keyOf(path)];
    return known !== undefined && known === now;
  }

  /** Records `path` as good as it is now (after a full check passed, or a clean close). */
  remember(path: string): void {
    const now = fingerprint(path);
    const all = this.read();
    if (now) all[keyOf(path)] = now;
    else delete all[keyOf(path)];
    this.write(all);
  }

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private write(all: Record<string, string>): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(this.file, `${JSON.stringify(all, null, 2)}\n`);
    } catch {
      // Only a speed-up: when it cannot be written, the next open checks the file in full.
    }
  }
}

function keyOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** size:mtime:change-counter, or null while a write-ahead log holds changes (or on error). */
function fingerprint(path: string): string | null {
  try {
    const wal = statSync(`${path}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) return null;
    const stat = statSync(path);
    const header = Buffer.alloc(4);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 4, 24);
    } finally {
      closeSync(fd);
    }
    return `${stat.size}:${stat.mtimeMs}:${header.readUInt32BE(0)}`;
  } catch {
    return null;
  }
}
