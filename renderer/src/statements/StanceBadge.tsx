import type { StanceValue } from '../../../core/api';

/** A stance by word and symbol as well as colour, so it reads without colour vision. */
export const STANCE_SYMBOL: Record<StanceValue, string> = {
  affirms: '✓',
  denies: '✗',
  qualifies: '~',
};

/** The stances in their usual order, named as a choice or a button names them. */
export const STANCES: Array<{ value: StanceValue; label: string }> = [
  { value: 'affirms', label: 'Affirms' },
  { value: 'denies', label: 'Denies' },
  { value: 'qualifies', label: 'Qualifies' },
];

export function StanceBadge({ stance }: { stance: StanceValue }) {
  return (
    <span className={`stance stance-${stance}`}>
      <span aria-hidden="true">{STANCE_SYMBOL[stance]}</span>
      {stance}
    </span>
  );
}
