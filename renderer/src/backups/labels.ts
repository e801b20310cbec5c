import type { BackupEntry } from '../../../core/app-api';
import { formatTimestamp } from '../format/dates';

/** "25 Nov 2026, 21:40", in the reader's time zone (backups are named in UTC). */
export function backupTime(backup: BackupEntry): string {
  return formatTimestamp(backup.at);
}

export function backupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The last part of a path, whichever separator the host uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
