import type { ReactNode } from 'react';
import type { AppState } from '../../../core/app-api';
import type { HistoryState } from '../../../core/api';
import { useApi } from '../hooks/use-api';
import { Icon } from '../ui/icons';
import { useApp } from './app-context';

/** Brand, the open workspace, undo/redo with what they would undo, and closing. */
export function TopBar({
  workspace,
  onUndo,
  onRedo,
  onClose,
  actions,
}: {
  workspace: NonNullable<AppState['workspace']>;
  onUndo: () => void;
  onRedo: () => void;
  onClose: () => void;
  /** More workspace actions, shown before "Close workspace". */
  actions?: ReactNode;
}) {
  const { revision } = useApp();
  const history = useApi<HistoryState>((c) => c.historyState({}), [revision], {
    deferred: true,
  }).data;
  const mac = navigator.platform.toLowerCase().includes('mac');
  const mod = mac ? '⌘' : 'Ctrl+';
  return (
    <header className="topbar">
      <div className="brand">
        <Icon name="logo" size={18} />
        <span>Parallax</span>
      </div>
      <span className="topbar-workspace" title={workspace.path} dir="auto">
        {workspace.name}
      </span>
      <span className="topbar-spacer" />
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={onUndo}
        disabled={!history?.canUndo}
        aria-label={history?.undoSummary ? `Undo ${history.undoSummary}` : 'Undo'}
        title={history?.undoSummary ? `Undo: ${history.undoSummary} (${mod}Z)` : `Nothing to undo`}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={onRedo}
        disabled={!history?.canRedo}
        aria-label={history?.redoSummary ? `Redo ${history.redoSummary}` : 'Redo'}
        title={
          history?.redoSummary ? `Redo: ${history.redoSummary} (${mod}Shift+Z)` : 'Nothing to redo'
        }
      >
        <Icon name="redo" />
      </button>
      {actions}
      <button type="button" className="btn" onClick={onClose}>
        Close workspace
      </button>
    </header>
  );
}
