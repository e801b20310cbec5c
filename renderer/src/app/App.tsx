import { useCallback, useEffect, useState } from 'react';
import type { AppState } from '../../../core/app-api';
import { StartScreen } from '../start/StartScreen';
import { useApp } from './app-context';
import { Progress, Toasts } from './Toasts';
import { Workbench } from './Workbench';

/**
 * Start screen until a workspace is open, then the workbench; "Workspaces…" shows the start
 * screen again over the open workspace, which stays open until another one replaces it.
 */
export function App() {
  const { client, notify, closedAsDamaged } = useApp();
  const [state, setStateNow] = useState<AppState | null>(null);
  const [startShown, setStartShown] = useState(false);
  // A new state (another workspace, or none) always shows what it holds, not the start screen.
  const setState = useCallback((next: AppState) => {
    setStartShown(false);
    setStateNow(next);
  }, []);

  useEffect(() => {
    // Also after the session closed a workspace its check found damaged: back to the start
    // screen, which then offers that file's last good backup.
    client.appState({}).then(setState, (error: Error) => notify('error', error.message));
  }, [client, notify, closedAsDamaged, setState]);
  const showStart = useCallback(() => setStartShown(true), []);

  useEffect(() => {
    document.title = state?.workspace ? `${state.workspace.name} — Parallax` : 'Parallax';
    // Tests and benchmarks wait for this instead of sleeping.
    if (state) document.body.dataset.ready = state.workspace && !startShown ? 'workbench' : 'start';
  }, [state, startShown]);

  return (
    <>
      {state?.workspace ? (
        <Workbench
          key={state.workspace.path}
          state={state}
          onState={setState}
          onWorkspaces={showStart}
          hidden={startShown}
        />
      ) : null}
      {state && (!state.workspace || startShown) ? (
        <StartScreen
          state={state}
          onState={setState}
          closedAsDamaged={closedAsDamaged}
          onBack={state.workspace ? () => setStartShown(false) : undefined}
        />
      ) : null}
      <Progress />
      {/* The workbench docks the notices in its sidebar (Sidebar.tsx). */}
      {state?.workspace && !startShown ? null : <Toasts />}
    </>
  );
}
