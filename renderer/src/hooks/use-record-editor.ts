import type { Client } from '../api/client';
import { useApp } from '../app/app-context';
import { useApi } from './use-api';
import { useDraft } from './use-draft';

interface RecordEditorOptions<R, D extends object> {
  /** The record's id, or null for a new one. */
  id: string | null;
  /** "actor", "source"…: used in the messages. */
  noun: string;
  load: (client: Client, id: string) => Promise<R>;
  toDraft: (record: R) => D;
  empty: D;
  /** What is wrong with the draft, in words, or null. */
  problem: (draft: D) => string | null;
  save: (client: Client, draft: D, id: string | null) => Promise<{ id: string }>;
  remove: (client: Client, id: string) => Promise<unknown>;
  onSaved: (id: string) => void;
  onDeleted: () => void;
}

/**
 * What every record editor does: load the record, keep a draft of the form, save it (creating or
 * updating) with a confirmation, delete it, and say when the record has gone (deleted elsewhere,
 * or its creation undone).
 */
export function useRecordEditor<R, D extends object>(o: RecordEditorOptions<R, D>) {
  const { attempt, notify } = useApp();
  const loaded = useApi<R>(o.id ? (c) => o.load(c, o.id!) : null, [o.id]);
  const draft = useDraft(loaded.data, o.toDraft, o.empty);
  const save = async () => {
    const problem = o.problem(draft.draft);
    if (problem) {
      notify('error', problem);
      return;
    }
    const result = await attempt((c) => o.save(c, draft.draft, o.id));
    if (result) {
      draft.saved();
      const noun = o.noun[0]!.toUpperCase() + o.noun.slice(1);
      notify('info', o.id ? `${noun} saved` : `${noun} added`);
      o.onSaved(result.id);
    }
  };
  const remove = async () => {
    if (o.id && (await attempt((c) => o.remove(c, o.id!)))) o.onDeleted();
  };
  return {
    record: loaded.data,
    gone: o.id !== null && loaded.error !== undefined,
    loading: o.id !== null && loaded.data === undefined,
    ...draft,
    save,
    remove,
  };
}
