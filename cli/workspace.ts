import { createService, type ServiceClient } from '../core/service';
import { defaultDataDir } from '../core/data-dir';
import { BACKUP_INTERVAL_MS, backUpIfChanged } from '../db/backups';
import { leavingNoSideFilesOnFailure } from '../db/side-files';
import { VerifiedFiles } from '../db/verified-files';
import { openWorkspace } from '../db/workspace';

/** A backup failure is a warning on stderr; the command itself goes on. */
function warn(message: string): void {
  process.stderr.write(`parallax: warning: ${message}\n`);
}

/**
 * Opens the workspace at `path`, runs `fn` with a service client, and always closes the file.
 * Backups (db/backups.ts): on open, and again after `fn` if it changed the data, each only
 * when the newest backup is over 5 minutes old, so a script running many commands makes at
 * most one backup per 5 minutes and the next command after a quiet spell backs up the rest.
 */
export function withClient<T>(path: string, fn: (client: ServiceClient) => T): T {
  const verified = new VerifiedFiles(defaultDataDir());
  const workspace = leavingNoSideFilesOnFailure(path, () =>
    openWorkspace(path, { verified, backup: { onWarning: warn } }),
  );
  const service = createService(workspace);
  try {
    return fn(service.client);
  } finally {
    if (workspace.db.open) {
      backUpIfChanged(workspace.db, path, { notWithinMs: BACKUP_INTERVAL_MS, onWarning: warn });
    }
    service.close();
  }
}

/** Every item of a paged list method, fetched a page (the contract's maximum) at a time. */
export function allPages<T>(
  fetch: (page: { limit: number; offset: number }) => { items: T[]; total: number },
): T[] {
  const limit = 1000;
  const items: T[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = fetch({ limit, offset });
    items.push(...page.items);
    if (page.items.length < limit || items.length >= page.total) return items;
  }
}
