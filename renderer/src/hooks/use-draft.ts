import { useEffect, useRef, useState } from 'react';
import { rebaseDraft } from './rebase-draft';

/**
 * Form state for editing a record: starts from the record (or `empty` for a new one), knows
 * whether it differs from what was loaded, and can be reverted.
 */
export function useDraft<R, D extends object>(record: R | undefined, toDraft: (record: R) => D, empty: D) {
  const [draft, setDraft] = useState<D>(empty);
  const [pristine, setPristine] = useState<D>(empty);
  // The pristine draft as last read, for rebasing what the person typed onto a new reading.
  const lastPristine = useRef<D>(empty);
  useEffect(() => {
    if (record !== undefined) {
      const fresh = toDraft(record);
      const before = lastPristine.current;
      lastPristine.current = fresh;
      setDraft((d) => rebaseDraft(d, before, fresh));
      setPristine(fresh);
    }
    // toDraft is a pure mapping; only a new record matters.
  }, [record]);
  return {
    draft,
    set: (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch })),
    dirty: JSON.stringify(draft) !== JSON.stringify(pristine),
    revert: () => setDraft(pristine),
    saved: () => {
      lastPristine.current = draft;
      setPristine(draft);
    },
  };
}
