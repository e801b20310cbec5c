import type { StanceValue } from '../../../core/api';

/** A stance by word and symbol as well as colour, so it reads without colour vision. */
const SYMBOL: Record<StanceValue, string> = { affirms: '✓', denies: '✗', qualifies: '~' };

export function StanceBadge({ stance }: { stance: StanceValue }) {
  return (
    <span className={`stance stance-${stance}`}>
      <span aria-hidden="true">{SYMBOL[stance]}</span>
      {stance}
    </span>
  );
}
