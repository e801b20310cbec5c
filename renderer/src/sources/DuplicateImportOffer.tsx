import { useCallback, useState, type ReactNode } from 'react';
import type { ImportResult } from '../../../core/api';
import { useApp } from '../app/app-context';
import { Dialog } from '../ui/Dialog';

interface Pending {
  fileName: string;
  result: ImportResult & { duplicateOf: { id: string; title: string } };
  settle: (sourceId: string) => void;
}

/**
 * After an import whose text the workspace already had (same SHA-256, under another name or
 * address), asks whether the researcher meant the source already there. Opening it removes the
 * copy just made (a change Undo takes back like any other); keeping both leaves the import as
 * it is, since two outlets running one text can be worth two sources.
 */
export function useDuplicateImportOffer(): {
  /** The id of the source to show after this import: the new one, or the one already there. */
  settle(fileName: string, result: ImportResult): Promise<string>;
  dialog: ReactNode;
} {
  const { attempt, notify } = useApp();
  const [pending, setPending] = useState<Pending | null>(null);

  const settle = useCallback(
    (fileName: string, result: ImportResult) =>
      new Promise<string>((resolve) => {
        const { duplicateOf } = result;
        if (!duplicateOf) return resolve(result.source.id);
        setPending({ fileName, result: { ...result, duplicateOf }, settle: resolve });
      }),
    [],
  );

  const finish = (sourceId: string) => {
    pending?.settle(sourceId);
    setPending(null);
  };
  const keepBoth = () => {
    if (!pending) return;
    notify('info', `Imported ${pending.fileName} as another source with the same text.`);
    finish(pending.result.source.id);
  };
  const openExisting = async () => {
    if (!pending) return;
    const { result } = pending;
    const removed = await attempt((c) => c.deleteSource({ id: result.source.id }));
    if (!removed) return finish(result.source.id);
    notify('info', `Opened “${result.duplicateOf.title}”, already in the workspace.`);
    finish(result.duplicateOf.id);
  };

  const dialog = pending ? (
    <Dialog
      title="This text is already in the workspace"
      onClose={keepBoth}
      footer={
        <>
          <button type="button" className="btn" onClick={keepBoth}>
            Keep both
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void openExisting()}>
            Open the existing source
          </button>
        </>
      }
    >
      <p>
        The text of <strong dir="auto">{pending.fileName}</strong> is exactly that of{' '}
        <strong dir="auto">“{pending.result.duplicateOf.title}”</strong>, imported before.
      </p>
      <p className="field-hint">
        Opening the existing source removes the copy just imported. Keep both when the same text
        came from two places you want to cite separately.
      </p>
    </Dialog>
  ) : null;

  return { settle, dialog };
}
