import { useEffect, useState } from 'react';
import type { AppState } from '../../../core/app-api';
import { useApp } from '../app/app-context';
import { DamagedDialog } from '../backups/DamagedDialog';
import { useBackupOffer } from '../backups/use-backup-offer';
import { Icon } from '../ui/icons';
import { FolderDialog } from './FolderDialog';

/**
 * The first screen: new workspace, open one, a recent one, or the Kirkuk sample. Reached from
 * the workbench too ("Workspaces…"), with a way back to the workspace still open.
 */
export function StartScreen({
  state,
  onState,
  closedAsDamaged = null,
  onBack,
}: {
  state: AppState;
  onState: (next: AppState) => void;
  /** The session just closed a workspace found damaged: offer its last good backup at once. */
  closedAsDamaged?: { message: string } | null;
  /** Back to the workspace still open, when the screen was reached from the workbench. */
  onBack?: () => void;
}) {
  const open = onBack ? state.workspace : null;
  const { attempt, notify } = useApp();
  const [dialog, setDialog] = useState<'open' | 'new' | null>(null);
  const electron = state.host === 'electron';
  // Opening by path: a damaged file with a good backup offers it (see DamagedDialog).
  const backups = useBackupOffer(onState);
  const openPath = (path: string) => void backups.open(path, (c) => c.openWorkspace({ path }));
  const { offerLastDamaged } = backups;
  useEffect(() => {
    if (!closedAsDamaged) return;
    void offerLastDamaged().then((offered) => {
      if (!offered) notify('error', closedAsDamaged.message);
    });
  }, [closedAsDamaged, offerLastDamaged, notify]);

  const run = async (work: Parameters<typeof attempt<AppState>>[0]) => {
    const next = await attempt(work);
    if (next) onState(next);
  };
  const choose = (mode: 'open' | 'new') => {
    if (electron) {
      if (mode === 'open') void backups.open(undefined, (c) => c.chooseAndOpenWorkspace({}));
      else void run((c) => c.chooseAndCreateWorkspace({}));
    } else {
      setDialog(mode);
    }
  };

  return (
    <main className="start">
      {open ? (
        <button type="button" className="btn start-back" onClick={onBack}>
          {/* One flex item: the button's gap would otherwise widen the space before the name. */}
          <span>
            ← Back to <bdi>{open.name}</bdi>
          </span>
        </button>
      ) : null}
      <div className="start-card">
        <section>
          <h1 className="start-title brand">
            <Icon name="logo" size={28} /> Parallax
          </h1>
          <p className="start-lede">
            Keep what officials and organisations say — who, in what role, when, where — and see
            where their positions collide.
          </p>
          <div className="start-actions">
            <button
              type="button"
              className="btn btn-primary btn-large"
              onClick={() => choose('new')}
            >
              <Icon name="plus" /> New workspace…
            </button>
            <button type="button" className="btn btn-large" onClick={() => choose('open')}>
              <Icon name="folder" /> Open workspace…
            </button>
          </div>
          <div className="start-sample">
            <h2>Kirkuk, October 2017</h2>
            <p>
              A sample workspace: a U.S. coalition spokesman says there are no reports of PMF units
              in Kirkuk while a PMF fighter films himself inside the governorate building; Iran
              denies any role while the Ministry of Peshmerga names the IRGC.
            </p>
            <button type="button" className="btn" onClick={() => void run((c) => c.openSample({}))}>
              Open the Kirkuk sample
            </button>
          </div>
        </section>
        <aside className="recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent</h2>
          {state.recent.length === 0 ? (
            <p className="field-hint" style={{ padding: '0 8px 8px' }}>
              Workspaces you open will be listed here.
            </p>
          ) : (
            <ul>
              {state.recent.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="recent-item"
                    // The workspace still open is not opened again: the screen just goes back.
                    onClick={() => (open && r.path === open.path ? onBack!() : openPath(r.path))}
                    title={r.path}
                  >
                    <span className="recent-name" dir="auto">
                      {r.name}
                      {r.missing ? ' (missing)' : ''}
                      {open && r.path === open.path ? ' (open)' : ''}
                    </span>
                    <span className="recent-path" dir="auto">
                      {r.path}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
      {dialog ? (
        <FolderDialog
          mode={dialog}
          startFolder={state.defaultFolder}
          onCancel={() => setDialog(null)}
          onChoose={(path) => {
            setDialog(null);
            if (dialog === 'open') openPath(path);
            else void run((c) => c.newWorkspace({ path }));
          }}
        />
      ) : null}
      {backups.offer ? (
        <DamagedDialog
          path={backups.offer.path}
          backup={backups.offer.backup}
          busy={backups.busy}
          onRestore={() => void backups.restore()}
          onCancel={backups.dismiss}
        />
      ) : null}
    </main>
  );
}
