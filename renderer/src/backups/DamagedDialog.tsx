import type { BackupEntry } from '../../../core/app-api';
import { Dialog } from '../ui/Dialog';
import { backupSize, backupTime, fileName } from './labels';

/**
 * Shown when a workspace cannot be opened because it is damaged and a good backup exists:
 * says so plainly and offers that backup. Nothing has been written to the damaged file.
 */
export function DamagedDialog({
  path,
  backup,
  busy,
  onRestore,
  onCancel,
}: {
  path: string;
  backup: BackupEntry;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const name = fileName(path);
  return (
    <Dialog
      title="This workspace is damaged"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Not now
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={onRestore}>
            Restore the backup from {backupTime(backup)}
          </button>
        </>
      }
    >
      <p>
        <strong dir="auto">{name}</strong> cannot be opened: part of the file is damaged, for
        example by a disk error or an interrupted copy. Parallax has not changed it.
      </p>
      <p>
        Parallax backed it up automatically on {backupTime(backup)} ({backupSize(backup.bytes)}).
        Restoring puts that backup in its place and opens it; changes made after then are not in it.
      </p>
      <p className="field-hint">
        The damaged file is kept beside it, renamed to {name}.before-restore-….parallax.
      </p>
    </Dialog>
  );
}
