import { useCallback, useState } from 'react';

/**
 * A yes/no choice kept in localStorage, so a researcher who folds the comparison's details
 * away finds them folded in the next comparison and after a restart. Storage that refuses
 * (private windows, quota) only means the choice lasts for this view.
 */
export function useRememberedFlag(key: string, initial: boolean): [boolean, () => void] {
  const [value, setValue] = useState<boolean>(() => {
    try {
      const stored = window.localStorage.getItem(key);
      return stored === null ? initial : stored === 'true';
    } catch {
      return initial;
    }
  });
  const toggle = useCallback(() => {
    setValue((current) => {
      const next = !current;
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Not remembered; still toggled.
      }
      return next;
    });
  }, [key]);
  return [value, toggle];
}
