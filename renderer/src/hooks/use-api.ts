import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp } from '../app/app-context';
import { CallError, type Client } from '../api/client';

export interface ApiState<T> {
  data: T | undefined;
  error: CallError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Loads data through the client and reloads it when `deps` change or the workspace changes.
 * Earlier data stays on screen while newer loads, and answers to superseded requests are dropped.
 */
export function useApi<T>(
  load: ((client: Client) => Promise<T>) | null,
  deps: unknown[],
  options: { deferred?: boolean } = {},
): ApiState<T> {
  const { client, revision } = useApp();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (!load) {
      setData(undefined);
      return;
    }
    const ticket = ++latest.current;
    setLoading(true);
    const start = () =>
      load(client).then(
        (value) => {
          if (ticket !== latest.current) return;
          setData(value);
          setError(undefined);
          setLoading(false);
        },
        (failure: unknown) => {
          if (ticket !== latest.current) return;
          setError(
            failure instanceof CallError ? failure : new CallError('internal', String(failure)),
          );
          setLoading(false);
        },
      );
    // Deferred loads (counts, menus of filter options) go out after the main list's request,
    // so the host answers what the researcher is waiting for first.
    if (!options.deferred) {
      void start();
      return;
    }
    const timer = setTimeout(() => void start(), 50);
    return () => clearTimeout(timer);
  }, [client, revision, nonce, ...deps]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, error, loading, reload };
}
