import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';

describe('suggested propositions', () => {
  const ws = useTempWorkspace();

  it('ranks propositions by the words they share with the statement, leaving out linked ones', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Col. Ryan Dillon' });
    const pmf = c.createProposition({ text: 'PMF units entered Kirkuk city' });
    const iran = c.createProposition({ text: 'Iran took part in directing the Kirkuk operation' });
    c.createProposition({ text: 'The referendum was legal' });
    const statement = c.createStatement({
      speakerId: speaker.id,
      text: 'We do not have reports of PMF units or the types of units in and around the Kirkuk area',
    });
    expect(c.suggestPropositions({ statementId: statement.id }).map((p) => p.id)).toEqual([
      pmf.id,
      iran.id,
    ]);
    c.setStance({ statementId: statement.id, propositionId: pmf.id, stance: 'denies' });
    expect(c.suggestPropositions({ statementId: statement.id }).map((p) => p.id)).toEqual([
      iran.id,
    ]);
  });
});
