import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';

describe('findStatementsForProposition', () => {
  const ws = useTempWorkspace();

  function world() {
    const c = ws.client;
    const dillon = c.createActor({ name: 'Ryan Dillon' });
    const fighter = c.createActor({ name: 'PMF fighter' });
    const denial = c.createStatement({
      speakerId: dillon.id,
      text: 'We have no reports of militia units in Kirkuk.',
    });
    const video = c.createStatement({
      speakerId: fighter.id,
      text: 'We are inside the governorate building in Kirkuk now.',
    });
    const unrelated = c.createStatement({
      speakerId: dillon.id,
      text: 'The weather delayed the convoy.',
    });
    const proposition = c.createProposition({ text: 'Militia units entered Kirkuk' });
    return { c, denial, video, unrelated, proposition };
  }

  it('suggests statements sharing the proposition’s words, leaving out those already linked', () => {
    const { c, denial, video, proposition } = world();
    const suggested = c.findStatementsForProposition({ propositionId: proposition.id });
    expect(suggested.basis).toBe('suggested');
    // The denial shares three words with the proposition, the video one: it ranks first.
    expect(suggested.results.map((r) => r.statementId)).toEqual([denial.id, video.id]);

    c.setStance({ statementId: denial.id, propositionId: proposition.id, stance: 'denies' });
    expect(
      c
        .findStatementsForProposition({ propositionId: proposition.id })
        .results.map((r) => r.statementId),
    ).toEqual([video.id]);
  });

  it('searches the statements for what the researcher types instead', () => {
    const { c, unrelated, proposition } = world();
    const found = c.findStatementsForProposition({
      propositionId: proposition.id,
      query: 'convoy',
    });
    expect(found.basis).toBe('search');
    expect(found.results.map((r) => r.statementId)).toEqual([unrelated.id]);
    expect(found.results[0]!.snippet).toContain('<mark>convoy</mark>');
    expectError(
      () =>
        c.findStatementsForProposition({ propositionId: '0b5e7c1a-9d1e-4f7a-8c3b-2a6d5e4f3b21' }),
      'not_found',
    );
  });
});
