import type { Client } from '../api/client';
import { useApp } from '../app/app-context';
import { useApi } from './use-api';
import { useDebounced } from './use-debounced';

/** One page of a search: the first matches and how many there are in all. */
export interface Found<T> {
  items: T[];
  total: number;
}

/** How a record picker finds its records through the API. */
export interface RecordSource<T> {
  /** The first matches of `query` ('' for the first records), in the API's order. */
  search(client: Client, query: string): Promise<Found<T>>;
  /** One record by id, for a choice made elsewhere (a saved filter, a link). */
  get(client: Client, id: string): Promise<T>;
}

/** How long typing must pause before the picker asks the API. */
export const SEARCH_DELAY_MS = 150;

/**
 * The picker's matches for `query` while it is open, asked for once typing pauses. The answer
 * says which query it is for, so a stale list is never taken for the current one.
 */
export function useRecordSearch<T>(
  source: RecordSource<T>,
  query: string,
  open: boolean,
): { found: (Found<T> & { query: string }) | undefined; loading: boolean } {
  const settled = useDebounced(query, SEARCH_DELAY_MS);
  const { data, loading } = useApi(
    open
      ? (client) => source.search(client, settled).then((r) => ({ ...r, query: settled }))
      : null,
    [open, settled],
  );
  return { found: data, loading: loading || settled !== query };
}

/**
 * The chosen record: the one the picker holds if it was just chosen from the list (and nothing in
 * the workspace has changed since), otherwise fetched by id. `missing` when the id names no
 * record any more.
 */
export function useChosenRecord<T extends { id: string }>(
  source: RecordSource<T>,
  id: string | undefined,
  known: { record: T; revision: number } | undefined,
): { record: T | undefined; missing: boolean } {
  const { revision } = useApp();
  const ours = known && known.record.id === id ? known.record : undefined;
  const fresh = ours !== undefined && known!.revision === revision;
  const { data, error } = useApi(
    id && !fresh ? (client) => source.get(client, id) : null,
    [id, fresh],
    { deferred: true },
  );
  const fetched = data && data.id === id ? data : undefined;
  // While a newer copy loads, the one the picker holds stays on screen.
  const record = fresh ? ours : (fetched ?? ours);
  return { record, missing: !record && error?.code === 'not_found' };
}
