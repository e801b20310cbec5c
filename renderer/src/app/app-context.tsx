import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { MUTATING_METHODS } from '../../../core/api/mutating-methods';
import { CallError, createClient, defaultTransport, type Client } from '../api/client';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

interface AppContextValue {
  client: Client;
  /** Goes up after every change to the workspace; views reload when it moves. */
  revision: number;
  /** True while a call has been running for a noticeable time. */
  busy: boolean;
  toasts: Toast[];
  notify(kind: Toast['kind'], message: string): void;
  dismiss(id: number): void;
  /** While held (pointer over the notices, or focus in them), no notice goes by itself. */
  holdNotices(held: boolean): void;
  /**
   * Set (anew each time) when the session closed the open workspace under the researcher
   * because its background integrity check found the file damaged (core/session.ts).
   */
  closedAsDamaged: { message: string } | null;
  /** Runs a call; shows its error in plain words instead of throwing. */
  attempt<T>(work: (client: Client) => Promise<T>): Promise<T | undefined>;
}

const AppContext = createContext<AppContextValue | null>(null);

/** Calls whose 'damaged' error is about the file being opened, not the one that was open. */
const OPENING_METHODS = new Set([
  'openWorkspace',
  'chooseAndOpenWorkspace',
  'restoreBackup',
  'listBackups',
]);

/** Calls slower than this show the progress bar; quicker ones would only make it flicker. */
const BUSY_AFTER_MS = 250;

export function AppProvider({ children, client: given }: { children: ReactNode; client?: Client }) {
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState(false);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [closedAsDamaged, setClosedAsDamaged] = useState<{ message: string } | null>(null);
  // Those errors are told by the start screen's offer of a backup, not by a toast too.
  const closures = useRef(new WeakSet<object>());
  const pending = useRef(0);
  const busyTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nextToast = useRef(1);
  const held = useRef(false);
  const holdNotices = useCallback((hold: boolean) => {
    held.current = hold;
  }, []);

  const client = useMemo(
    () =>
      given ??
      createClient(defaultTransport(), {
        started() {
          pending.current += 1;
          if (pending.current === 1)
            busyTimer.current = setTimeout(() => setBusy(true), BUSY_AFTER_MS);
        },
        finished(method, ok, error) {
          pending.current -= 1;
          if (pending.current === 0) {
            clearTimeout(busyTimer.current);
            setBusy(false);
          }
          if (ok && MUTATING_METHODS.has(method)) setRevision((r) => r + 1);
          if (
            error instanceof CallError &&
            error.code === 'damaged' &&
            !OPENING_METHODS.has(method)
          ) {
            closures.current.add(error);
            setClosedAsDamaged({ message: error.message });
          }
        },
      }),
    [given],
  );

  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    [],
  );
  const notify = useCallback(
    (kind: Toast['kind'], message: string) => {
      const id = nextToast.current++;
      setToasts((all) => [...all.slice(-3), { id, kind, message }]);
      // A notice being read (hovered or focused) stays until the reader moves on.
      const expire = () => (held.current ? setTimeout(expire, 1000) : dismiss(id));
      setTimeout(expire, kind === 'error' ? 9000 : 4000);
    },
    [dismiss],
  );
  const attempt = useCallback(
    async <T,>(work: (client: Client) => Promise<T>): Promise<T | undefined> => {
      try {
        return await work(client);
      } catch (error) {
        if (error instanceof CallError && closures.current.has(error)) return undefined;
        notify(
          'error',
          error instanceof CallError ? error.message : `Something went wrong: ${String(error)}`,
        );
        return undefined;
      }
    },
    [client, notify],
  );

  const value = useMemo(
    () => ({
      client,
      revision,
      busy,
      toasts,
      closedAsDamaged,
      notify,
      dismiss,
      holdNotices,
      attempt,
    }),
    [client, revision, busy, toasts, closedAsDamaged, notify, dismiss, holdNotices, attempt],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <AppProvider>');
  return value;
}
