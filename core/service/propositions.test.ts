import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';

describe('propositions and stances', () => {
  const ws = useTempWorkspace();

  function setup() {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const statements = ['2021-01-01', '2020-01-01', '2022-01-01', null].map((saidOn, i) =>
      c.createStatement({ speakerId: speaker.id, text: `Statement ${i}`, saidOn }),
    );
    const proposition = c.createProposition({ text: 'The deal is alive', description: 'JCPOA' });
    return { c, statements, proposition };
  }

  it('counts stances of each kind', () => {
    const { c, statements, proposition } = setup();
    expect(proposition.counts).toEqual({ affirms: 0, denies: 0, qualifies: 0 });
    c.setStance({
      statementId: statements[0]!.id,
      propositionId: proposition.id,
      stance: 'affirms',
    });
    c.setStance({
      statementId: statements[1]!.id,
      propositionId: proposition.id,
      stance: 'affirms',
    });
    c.setStance({
      statementId: statements[2]!.id,
      propositionId: proposition.id,
      stance: 'denies',
    });
    expect(c.getProposition({ id: proposition.id }).counts).toEqual({
      affirms: 2,
      denies: 1,
      qualifies: 0,
    });
    expect(c.listPropositions({}).items[0]!.counts).toEqual({
      affirms: 2,
      denies: 1,
      qualifies: 0,
    });

    c.removeStance({ statementId: statements[1]!.id, propositionId: proposition.id });
    expect(c.getProposition({ id: proposition.id }).counts).toEqual({
      affirms: 1,
      denies: 1,
      qualifies: 0,
    });
  });

  it('replaces a statement’s stance rather than adding a second one, keeping the note unless given', () => {
    const { c, statements, proposition } = setup();
    const first = c.setStance({
      statementId: statements[0]!.id,
      propositionId: proposition.id,
      stance: 'affirms',
      note: 'Clear',
    });
    const second = c.setStance({
      statementId: statements[0]!.id,
      propositionId: proposition.id,
      stance: 'qualifies',
    });
    expect(second).toEqual({ ...first, stance: 'qualifies', note: 'Clear' });
    const third = c.setStance({
      statementId: statements[0]!.id,
      propositionId: proposition.id,
      stance: 'qualifies',
      note: null,
    });
    expect(third.note).toBeNull();
    expect(c.getProposition({ id: proposition.id }).counts).toEqual({
      affirms: 0,
      denies: 0,
      qualifies: 1,
    });
    expect(c.getStatement({ id: statements[0]!.id }).stances).toEqual([
      {
        id: first.id,
        propositionId: proposition.id,
        propositionText: 'The deal is alive',
        stance: 'qualifies',
        note: null,
      },
    ]);
  });

  it('lists a proposition’s stances with their statements in date order', () => {
    const { c, statements, proposition } = setup();
    for (const s of statements)
      c.setStance({ statementId: s.id, propositionId: proposition.id, stance: 'denies' });
    const detail = c.getProposition({ id: proposition.id });
    expect(detail.stances.map((s) => s.statement.text)).toEqual([
      'Statement 3',
      'Statement 1',
      'Statement 0',
      'Statement 2',
    ]);
    for (const s of detail.stances) expect(s.statement.id).toBe(s.statementId);
  });

  it('says when there is no stance to remove', () => {
    const { c, statements, proposition } = setup();
    expectError(
      () => c.removeStance({ statementId: statements[0]!.id, propositionId: proposition.id }),
      'not_found',
    );
  });

  it('deletes a proposition with its stances', () => {
    const { c, statements, proposition } = setup();
    c.setStance({
      statementId: statements[0]!.id,
      propositionId: proposition.id,
      stance: 'affirms',
    });
    c.deleteProposition({ id: proposition.id });
    expect(c.getStatement({ id: statements[0]!.id }).stances).toEqual([]);
    expect(c.listStatements({ propositionId: proposition.id }).total).toBe(0);
    expectError(() => c.getProposition({ id: proposition.id }), 'not_found');
  });

  it('lists and searches propositions by text, with a total', () => {
    const c = ws.client;
    c.createProposition({ text: 'Sanctions will be lifted' });
    c.createProposition({ text: 'oil exports rise' });
    c.createProposition({ text: '50% of talks fail' });
    const all = c.listPropositions({});
    expect(all.total).toBe(3);
    expect(all.items.map((p) => p.text)).toEqual([
      '50% of talks fail',
      'oil exports rise',
      'Sanctions will be lifted',
    ]);
    expect(c.listPropositions({ query: 'SANCTIONS' }).items.map((p) => p.text)).toEqual([
      'Sanctions will be lifted',
    ]);
    expect(c.listPropositions({ query: '%' }).total).toBe(1);
    expect(c.listPropositions({ limit: 1, offset: 2 })).toMatchObject({
      total: 3,
      items: [{ text: 'Sanctions will be lifted' }],
    });
  });

  it('edits only the fields given', () => {
    const c = ws.client;
    const p = c.createProposition({ text: 'Original', description: 'Kept' });
    expect(c.updateProposition({ id: p.id, text: 'Changed' })).toMatchObject({
      text: 'Changed',
      description: 'Kept',
    });
    expect(c.updateProposition({ id: p.id, description: null })).toMatchObject({
      text: 'Changed',
      description: null,
    });
  });
});
