import { useState } from 'react';
import type { BackupListing } from '../../../core/app-api';
import { useApi } from '../hooks/use-api';
import { Dialog } from '../ui/Dialog';
import { backupSize, backupTime, fileName } from './labels';

/** The open workspace's automatic backups, newest first; restores the one chosen. */
export function RestoreDialog({
  path,
  busy,
  onRestore,
  onCancel,
}: {
  path: string;
  busy: boolean;
  onRestore: (name: string) => void;
  onCancel: () => void;
}) {
  const listing = useApi<BackupListing>((c) => c.listBackups({ path }), [path]).data;
  const [chosen, setChosen] = useState<string | null>(null);
  const backups = listing?.backups ?? [];
  const selected = chosen ?? backups[0]?.name ?? null;
  return (
    <Dialog
      title="Restore from a backup"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || !selected}
            onClick={() => selected && onRestore(selected)}
          >
            Restore
          </button>
        </>
      }
    >
      <p>
        Parallax backs up <strong dir="auto">{fileName(path)}</strong> when it is opened, every 5
        minutes while you make changes, and when it is closed; the last 10 are kept.
      </p>
      {listing?.warning ? <p role="alert">{listing.warning}</p> : null}
      {listing && backups.length === 0 ? (
        <p className="field-hint">There are no backups yet.</p>
      ) : (
        <ul className="folder-list" aria-label="Backups">
          {backups.map((b) => (
            <li key={b.name}>
              <label className="folder-entry">
                <input
                  type="radio"
                  name="backup"
                  checked={selected === b.name}
                  onChange={() => setChosen(b.name)}
                />
                <span>{backupTime(b)}</span>
                <span className="field-hint">{backupSize(b.bytes)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">
        The workspace as it is now is kept beside it, renamed to {fileName(path)}
        .before-restore-….parallax.
      </p>
    </Dialog>
  );
}
