/**
 * A form's draft when the record it edits is read again (after a save, an undo, a change
 * elsewhere): each field the person has not touched since the last reading takes the record's
 * new value; a field they changed keeps what they typed. Without this, words typed while the
 * record refreshed (just after saving, say) would be silently thrown away.
 */
export function rebaseDraft<D extends object>(draft: D, oldPristine: D, newPristine: D): D {
  const next = { ...newPristine };
  for (const key of Object.keys(newPristine) as Array<keyof D>) {
    const touched = JSON.stringify(draft[key]) !== JSON.stringify(oldPristine[key]);
    if (touched) next[key] = draft[key];
  }
  return next;
}
