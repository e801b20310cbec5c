import { useEffect, useState } from 'react';

/**
 * Form state for editing a record: starts from the record (or `empty` for a new one), knows
 * whether it differs from what was loaded, and can be reverted.
 */
export function useDraft<R, D>(record: R | undefined, toDraft: (record: R) => D, empty: D) {
  const [draft, setDraft] = useState<D>(empty);
  const [pristine, setPristine] = useState<D>(empty);
  useEffect(() => {
    if (record !== undefined) {
      setDraft(toDraft(record));
      setPristine(toDraft(record));
    }
    // toDraft is a pure mapping; only a new record matters.
  }, [record]);
  return {
    draft,
    set: (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch })),
    dirty: JSON.stringify(draft) !== JSON.stringify(pristine),
    revert: () => setDraft(pristine),
    saved: () => setPristine(draft),
  };
}
