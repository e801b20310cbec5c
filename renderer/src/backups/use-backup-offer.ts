import { useCallback, useState } from 'react';
import type { AppState, BackupEntry } from '../../../core/app-api';
import { CallError, type Client } from '../api/client';
import { useApp } from '../app/app-context';
import { backupTime } from './labels';

export interface BackupOffer {
  path: string;
  backup: BackupEntry;
}

/**
 * Opens a workspace by path; when it is damaged and has a good backup, returns an offer to
 * restore it instead of only showing the error. Listing backups reads the backups folder,
 * never the damaged file.
 */
export function useBackupOffer(onState: (next: AppState) => void) {
  const { client, attempt, notify } = useApp();
  const [offer, setOffer] = useState<BackupOffer | null>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Offers the newest good backup of `path`, or (undefined) of the file the session last found
   * damaged; false when there is none to offer.
   */
  const offerBackupOf = useCallback(
    async (path: string | undefined): Promise<boolean> => {
      const listing = await client.listBackups(path ? { path } : {}).catch(() => null);
      const backup = listing?.backups.find((b) => b.name === listing.newestGood);
      if (!listing || !backup) return false;
      setOffer({ path: listing.workspacePath, backup });
      return true;
    },
    [client],
  );

  /** `path` undefined: a native dialog chose the file, and the session knows which. */
  const open = async (path: string | undefined, work: (c: Client) => Promise<AppState>) => {
    try {
      onState(await work(client));
    } catch (error) {
      const message = error instanceof CallError ? error.message : String(error);
      if (error instanceof CallError && error.code === 'damaged' && (await offerBackupOf(path))) {
        return;
      }
      notify('error', message);
    }
  };

  const offerLastDamaged = useCallback(() => offerBackupOf(undefined), [offerBackupOf]);

  const restore = async () => {
    if (!offer) return;
    setBusy(true);
    const result = await attempt((c) =>
      c.restoreBackup({ path: offer.path, from: offer.backup.name }),
    );
    setBusy(false);
    if (!result) return;
    setOffer(null);
    notify('info', `Restored the backup from ${backupTime(result.restored)}.`);
    onState(result.state);
  };

  return { offer, busy, open, offerLastDamaged, restore, dismiss: () => setOffer(null) };
}
