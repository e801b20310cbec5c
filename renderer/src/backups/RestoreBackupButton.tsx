import { useState } from 'react';
import type { AppState } from '../../../core/app-api';
import { useApp } from '../app/app-context';
import { backupTime } from './labels';
import { RestoreDialog } from './RestoreDialog';

/** "Restore from a backup…" for the open workspace: choose a backup, and it is reopened. */
export function RestoreBackupButton({
  path,
  onState,
}: {
  path: string;
  onState: (next: AppState) => void;
}) {
  const { attempt, notify } = useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const restore = async (name: string) => {
    setBusy(true);
    const result = await attempt((c) => c.restoreBackup({ path, from: name }));
    setBusy(false);
    if (!result) return;
    setOpen(false);
    notify('info', `Restored the backup from ${backupTime(result.restored)}.`);
    onState(result.state);
  };
  return (
    <>
      <button type="button" className="btn btn-ghost" onClick={() => setOpen(true)}>
        Restore from a backup…
      </button>
      {open ? (
        <RestoreDialog
          path={path}
          busy={busy}
          onRestore={(name) => void restore(name)}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
