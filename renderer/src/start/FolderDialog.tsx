import { useId, useState } from 'react';
import { workspaceNameProblem } from '../../../core/api/workspace-file-name';
import type { FolderListing } from '../../../core/app-api';
import { useApi } from '../hooks/use-api';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Icon } from '../ui/icons';

/**
 * The browser host's stand-in for a native file dialog: walk folders, pick a workspace to open,
 * or name a new one. (Electron shows the system's own dialogs instead.)
 */
export function FolderDialog({
  mode,
  startFolder,
  onCancel,
  onChoose,
}: {
  mode: 'open' | 'new';
  startFolder: string;
  onCancel: () => void;
  onChoose: (path: string) => void;
}) {
  const [folder, setFolder] = useState(startFolder);
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('Untitled research');
  // Told as it is typed; the session refuses such a name too (core/session.ts).
  const problem = mode === 'new' ? workspaceNameProblem(name.trim()) : null;
  const problemId = useId();
  const listing = useApi<FolderListing>((c) => c.listFolder({ path: folder }), [folder]);
  const here = listing.data;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const target =
    mode === 'new'
      ? `${(here?.path ?? folder).replace(/[\\/]$/, '')}${separator}${name.trim()}`
      : selected;

  return (
    <Dialog
      title={mode === 'new' ? 'New workspace' : 'Open a workspace'}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!target || problem !== null}
            onClick={() => target && onChoose(target)}
          >
            {mode === 'new' ? 'Create' : 'Open'}
          </button>
        </>
      }
    >
      {mode === 'new' ? (
        <Field label="Name" hint="Saved as a .parallax file in the folder below.">
          {(id) => (
            <input
              id={id}
              className="input"
              value={name}
              aria-invalid={problem !== null}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => setName(e.target.value)}
              dir="auto"
            />
          )}
        </Field>
      ) : null}
      {problem ? (
        <p className="field-problem" id={problemId} role="status">
          {problem}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="btn btn-icon"
          disabled={!here?.parent}
          onClick={() => here?.parent && setFolder(here.parent)}
          aria-label="Up one folder"
          title="Up one folder"
        >
          <Icon name="up" />
        </button>
        <span className="folder-path" dir="auto">
          {here?.path ?? folder}
        </span>
      </div>
      {listing.error ? <p role="alert">{listing.error.message}</p> : null}
      {/* An empty folder gets a plain list with the message: a listbox must hold options. */}
      <ul
        className="folder-list"
        role={here?.entries.length === 0 ? undefined : 'listbox'}
        aria-label="Folder contents"
      >
        {(here?.entries ?? []).map((entry) => (
          <li key={entry.path} role="none">
            <button
              type="button"
              role="option"
              aria-selected={entry.path === selected}
              className="folder-entry"
              onClick={() =>
                entry.kind === 'folder' ? setFolder(entry.path) : setSelected(entry.path)
              }
              onDoubleClick={() => entry.kind === 'workspace' && onChoose(entry.path)}
              disabled={mode === 'new' && entry.kind === 'workspace'}
            >
              <Icon name={entry.kind === 'folder' ? 'folder' : 'file'} />
              <span dir="auto">{entry.name}</span>
            </button>
          </li>
        ))}
        {here && here.entries.length === 0 ? (
          <li className="field-hint" style={{ padding: 8 }}>
            No folders or workspaces here.
          </li>
        ) : null}
      </ul>
    </Dialog>
  );
}
