import { describe, expect, it } from 'vitest';
import type { StanceValue, StatementDetail } from '../../../core/api';
import { sharedProposition } from './shared-proposition';

/** Just the stances of a statement: all `sharedProposition` reads. */
function saying(...stances: Array<[string, StanceValue]>): StatementDetail {
  return {
    stances: stances.map(([propositionId, stance], i) => ({
      id: `${propositionId}-${i}`,
      propositionId,
      propositionText: `Proposition ${propositionId}`,
      stance,
    })),
  } as unknown as StatementDetail;
}

describe('the proposition a comparison is about', () => {
  it('is the one most columns take a stance on', () => {
    const columns = [
      saying(['tolls', 'affirms'], ['bridge', 'affirms']),
      saying(['bridge', 'qualifies']),
      saying(['bridge', 'denies'], ['tolls', 'denies']),
    ];
    expect(sharedProposition(columns)?.id).toBe('bridge');
  });

  it('prefers opposed stances when as many columns take a stance on two', () => {
    const columns = [
      saying(['agreed', 'affirms'], ['opposed', 'affirms']),
      saying(['agreed', 'affirms'], ['opposed', 'denies']),
    ];
    expect(sharedProposition(columns)).toEqual({ id: 'opposed', text: 'Proposition opposed' });
  });

  it('is none when no two columns take a stance on the same proposition', () => {
    expect(sharedProposition([saying(['a', 'affirms']), saying(['b', 'denies'])])).toBeNull();
  });
});
