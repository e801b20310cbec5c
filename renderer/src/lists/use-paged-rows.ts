import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Page } from '../../../core/api';
import { useApp } from '../app/app-context';
import { PagedRows } from './paged-rows';

/**
 * A PagedRows that starts over whenever `key` (the filter) changes or the workspace changes.
 * The previous list stays on screen until the first page of the new one arrives, so typing in
 * a filter or undoing never blanks the list.
 */
export function usePagedRows<T>(
  key: string,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
): PagedRows<T> {
  const { revision } = useApp();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const shown = useRef<PagedRows<T> | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  // `key` says when the meaning of fetchPage changed; its identity changes every render.
  const fresh = useMemo(() => {
    const rows: PagedRows<T> = new PagedRows<T>(
      (offset, limit) => fetchRef.current(offset, limit),
      () => {
        shown.current = rows;
        rerender();
      },
    );
    return rows;
  }, [key, revision]);

  useEffect(() => fresh.ensure(0, 0), [fresh]);
  if (shown.current === null) shown.current = fresh;
  return shown.current;
}
