import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppState, MenuCommand } from '../../../core/app-api';
import { onMenuCommand } from '../api/client';
import { ActorsView } from '../actors/ActorsView';
import { ComparisonsView } from '../compare/ComparisonsView';
import { ConflictsView } from '../compare/ConflictsView';
import { MatrixView } from '../compare/MatrixView';
import { TimelineView } from '../compare/TimelineView';
import { VersionsView } from '../compare/VersionsView';
import { ComparisonView } from '../compare/ComparisonView';
import { isEditingText, useHotkeys } from '../hooks/use-hotkeys';
import { PropositionsView } from '../propositions/PropositionsView';
import { ReaderView } from '../reader/ReaderView';
import { RestoreBackupButton } from '../backups/RestoreBackupButton';
import { ReportView } from '../report/ReportView';
import { SourcesView } from '../sources/SourcesView';
import { StatementsView } from '../statements/StatementsView';
import { useApp } from './app-context';
import { useDuplicateImportOffer } from '../sources/DuplicateImportOffer';
import { describeImport, IMPORT_ACCEPT, importOne } from './import-files';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import type { Destination, ViewName } from './views';

/** The open workspace: library on the left, the current list, and the selected record. */
export function Workbench({
  state,
  onState,
  onWorkspaces,
  hidden = false,
}: {
  state: AppState;
  onState: (next: AppState) => void;
  /** Shows the start screen (new, open, recent, sample) without closing this workspace. */
  onWorkspaces: () => void;
  /**
   * Behind the start screen: kept as it was (view, selection, a half-written draft) for the way
   * back, and deaf to keys and the menu meanwhile, so nothing changes unseen.
   */
  hidden?: boolean;
}) {
  const { attempt, notify } = useApp();
  const [destination, setDestination] = useState<Destination>({ view: 'statements' });
  const searchBox = useRef<HTMLInputElement | null>(null);

  const undo = useCallback(async () => {
    const result = await attempt((c) => c.undo({}));
    if (result) notify('info', result.redoSummary ? `Undone: ${result.redoSummary}` : 'Undone');
  }, [attempt, notify]);
  const redo = useCallback(async () => {
    const result = await attempt((c) => c.redo({}));
    if (result) notify('info', result.undoSummary ? `Redone: ${result.undoSummary}` : 'Redone');
  }, [attempt, notify]);
  const close = useCallback(async () => {
    const next = await attempt((c) => c.closeWorkspace({}));
    if (next) onState(next);
  }, [attempt, onState]);
  const find = useCallback(() => {
    setDestination({ view: 'statements' });
    setTimeout(() => searchBox.current?.focus(), 0);
  }, []);

  // Text fields keep their own undo; everywhere else Ctrl/Cmd+Z undoes the last change.
  // Hidden behind the start screen, it answers no keys.
  useHotkeys(
    hidden
      ? {}
      : {
          'mod+z': (e) => {
            if (isEditingText(e.target)) return;
            e.preventDefault();
            void undo();
          },
          'mod+shift+z': (e) => {
            if (isEditingText(e.target)) return;
            e.preventDefault();
            void redo();
          },
          'mod+y': (e) => {
            if (isEditingText(e.target)) return;
            e.preventDefault();
            void redo();
          },
          'mod+f': (e) => {
            e.preventDefault();
            find();
          },
        },
  );

  useEffect(
    () =>
      onMenuCommand((command: MenuCommand) => {
        const actions: Partial<Record<MenuCommand, () => void>> = {
          // The desktop menu owns Ctrl/Cmd+Z, so it must also serve undo inside text fields.
          undo: () =>
            isEditingText(document.activeElement) ? document.execCommand('undo') : void undo(),
          redo: () =>
            isEditingText(document.activeElement) ? document.execCommand('redo') : void redo(),
          find,
          close: () => void close(),
          // The start screen has both; this workspace stays open until another replaces it.
          new: onWorkspaces,
          open: onWorkspaces,
          workspaces: onWorkspaces,
          import: () => fileInput.current?.click(),
        };
        if (!hidden || command === 'close') actions[command]?.();
      }),
    [undo, redo, find, close, onWorkspaces, hidden],
  );

  const go = (view: ViewName, id?: string) => setDestination({ view, id });
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [dragging, setDragging] = useState(false);
  const duplicateImport = useDuplicateImportOffer();
  const importFiles = async (files: File[]) => {
    let last: string | null = null;
    for (const file of files) {
      const result = await attempt((c) => importOne(c, file));
      if (result) {
        if (!result.duplicateOf) notify('info', describeImport(file.name, result));
        // Text the workspace already had: the researcher may have meant that source.
        last = await duplicateImport.settle(file.name, result);
      }
    }
    if (last) go('reader', last);
  };
  const workspace = state.workspace!;
  return (
    <div
      hidden={hidden}
      className={`workbench${dragging ? ' workbench-drop' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles([...e.dataTransfer.files]);
      }}
    >
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        aria-label="Import files"
        data-testid="import-input"
        tabIndex={-1}
        onChange={(e) => {
          void importFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <TopBar
        workspace={workspace}
        onUndo={() => void undo()}
        onRedo={() => void redo()}
        onClose={() => void close()}
        actions={
          <>
            <button type="button" className="btn btn-ghost" onClick={onWorkspaces}>
              Workspaces…
            </button>
            <RestoreBackupButton path={workspace.path} onState={onState} />
          </>
        }
      />
      {duplicateImport.dialog}
      <Sidebar view={destination.view} onView={(view) => go(view)} />
      {destination.view === 'statements' ? (
        <StatementsView
          key="statements"
          initialId={destination.id}
          searchBox={searchBox}
          onGo={go}
          onImport={() => fileInput.current?.click()}
        />
      ) : destination.view === 'sources' ? (
        <SourcesView
          key="sources"
          initialId={destination.id}
          onGo={go}
          onImport={() => fileInput.current?.click()}
        />
      ) : destination.view === 'matrix' ? (
        <MatrixView key="matrix" onGo={go} />
      ) : destination.view === 'timeline' ? (
        <TimelineView key="timeline" />
      ) : destination.view === 'conflicts' ? (
        <ConflictsView key="conflicts" onGo={go} />
      ) : destination.view === 'report' ? (
        <ReportView key="report" />
      ) : destination.view === 'comparisons' ? (
        <ComparisonsView key="comparisons" onGo={go} />
      ) : destination.view === 'comparison' && destination.id ? (
        <ComparisonView key={`comparison-${destination.id}`} id={destination.id} onGo={go} />
      ) : destination.view === 'versions' && destination.id ? (
        <VersionsView key={`versions-${destination.id}`} sourceId={destination.id} onGo={go} />
      ) : destination.view === 'reader' && destination.id ? (
        <ReaderView key={`reader-${destination.id}`} sourceId={destination.id} onGo={go} />
      ) : destination.view === 'actors' ? (
        <ActorsView key="actors" initialId={destination.id} onGo={go} />
      ) : (
        <PropositionsView key="propositions" initialId={destination.id} onGo={go} />
      )}
    </div>
  );
}
