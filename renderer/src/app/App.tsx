import { useEffect, useState } from 'react';
import type { AppState } from '../../../core/app-api';
import { StartScreen } from '../start/StartScreen';
import { useApp } from './app-context';
import { Toasts } from './Toasts';
import { Workbench } from './Workbench';

/** Start screen until a workspace is open, then the workbench. */
export function App() {
  const { client, notify, closedAsDamaged } = useApp();
  const [state, setState] = useState<AppState | null>(null);

  useEffect(() => {
    // Also after the session closed a workspace its check found damaged: back to the start
    // screen, which then offers that file's last good backup.
    client.appState({}).then(setState, (error: Error) => notify('error', error.message));
  }, [client, notify, closedAsDamaged]);

  useEffect(() => {
    document.title = state?.workspace ? `${state.workspace.name} — Parallax` : 'Parallax';
    // Tests and benchmarks wait for this instead of sleeping.
    if (state) document.body.dataset.ready = state.workspace ? 'workbench' : 'start';
  }, [state]);

  return (
    <>
      {state === null ? null : state.workspace ? (
        <Workbench key={state.workspace.path} state={state} onState={setState} />
      ) : (
        <StartScreen state={state} onState={setState} closedAsDamaged={closedAsDamaged} />
      )}
      <Toasts />
    </>
  );
}
