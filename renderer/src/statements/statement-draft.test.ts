import { describe, expect, it } from 'vitest';
import { draftProblem, EMPTY_DRAFT, fieldsOf } from './statement-draft';

describe('statement draft', () => {
  it('names what is missing before anything is sent', () => {
    expect(draftProblem(EMPTY_DRAFT)).toMatch(/speaker/);
    expect(draftProblem({ ...EMPTY_DRAFT, speaker: 'Dillon' })).toMatch(/text/);
    expect(
      draftProblem({ ...EMPTY_DRAFT, speaker: 'Dillon', text: 'We do not have reports' }),
    ).toBeNull();
  });

  it('clears blank fields and drops the precision of an undated statement', () => {
    const fields = fieldsOf({
      ...EMPTY_DRAFT,
      speaker: 'x',
      text: 'y',
      venue: '  ',
      saidOnPrecision: 'week',
    });
    expect(fields.venue).toBeNull();
    expect(fields.saidOn).toBeNull();
    expect(fields.saidOnPrecision).toBeNull();
    const dated = fieldsOf({
      ...EMPTY_DRAFT,
      speaker: 'x',
      text: 'y',
      saidOn: '2017-10-16',
      saidOnPrecision: 'week',
    });
    expect(dated.saidOnPrecision).toBe('week');
  });
});
