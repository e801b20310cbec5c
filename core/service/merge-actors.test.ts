import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { expectSearchIndexInSync, snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';
import type { ServiceClient } from '../service';

/**
 * Two records of one spokesman, as a researcher ends up with after importing two articles that
 * name him differently, each with its own statements, names, memberships and notes.
 */
function twoRecordsOfOnePerson(c: ServiceClient) {
  const keep = c.createActor({ name: 'Ryan Dillon', aliases: ['Dillon'] });
  const merged = c.createActor({
    name: 'Col. Ryan Dillon',
    aliases: ['dillon', 'Spokesman Dillon'],
    description: 'Coalition spokesman',
  });
  const coalition = c.createActor({ name: 'Combined Joint Task Force', kind: 'armed_group' });
  const press = c.createActor({ name: 'Coalition press office', kind: 'organisation' });
  const outlet = c.createActor({ name: 'Wire Service', kind: 'outlet' });
  const deputy = c.createActor({ name: 'Deputy spokesman' });

  // The kept record already has this membership; the merged one repeats it word for word.
  const shared = { organisationId: coalition.id, role: 'Spokesman', startDate: '2017-01-01' };
  c.addMembership({ actorId: keep.id, ...shared });
  c.addMembership({ actorId: merged.id, ...shared });
  // Only the merged record knows these: as a member, and as the organisation of another.
  c.addMembership({ actorId: merged.id, organisationId: press.id, role: 'Head' });
  c.addMembership({ actorId: deputy.id, organisationId: merged.id, role: 'Assistant' });
  // Between the two records: once merged, it would make him a member of himself.
  c.addMembership({ actorId: keep.id, organisationId: merged.id });

  const spoken = c.createStatement({
    speakerId: merged.id,
    text: 'We have no reports of militia units inside the city.',
  });
  const relayed = c.createStatement({
    speakerId: deputy.id,
    text: 'The briefing will be held tomorrow.',
    reportedViaId: merged.id,
  });
  const own = c.createStatement({ speakerId: keep.id, text: 'The operation is proceeding.' });
  const note = c.createNote({ target: { type: 'actor', id: merged.id }, body: 'Same man?' });
  return { keep, merged, coalition, press, outlet, deputy, spoken, relayed, own, note };
}

describe('mergeActors', () => {
  const ws = useTempWorkspace();

  it('moves statements, relayed statements, memberships, names and notes to the kept actor', () => {
    const c = ws.client;
    const w = twoRecordsOfOnePerson(c);

    const result = c.mergeActors({ keepId: w.keep.id, mergeId: w.merged.id });

    expect(result.moved).toEqual({
      statements: 1,
      relayed: 1,
      memberships: 2,
      aliases: 2,
      notes: 1,
    });
    expect(result.actor).toMatchObject({
      id: w.keep.id,
      name: 'Ryan Dillon',
      description: 'Coalition spokesman',
      statementCount: 2,
    });
    expectError(() => c.getActor({ id: w.merged.id }), 'not_found');

    // "dillon" only differs from the kept "Dillon" by case, so it is not repeated.
    expect(result.actor.aliases).toEqual(['Col. Ryan Dillon', 'Dillon', 'Spokesman Dillon']);
    expect(c.getStatement({ id: w.spoken.id }).speakerId).toBe(w.keep.id);
    expect(c.getStatement({ id: w.relayed.id }).reportedViaId).toBe(w.keep.id);
    expect(c.getStatement({ id: w.own.id }).speakerId).toBe(w.keep.id);

    const detail = c.getActor({ id: w.keep.id });
    expect(detail.memberships.map((m) => [m.organisationName, m.role])).toEqual([
      ['Coalition press office', 'Head'],
      ['Combined Joint Task Force', 'Spokesman'],
    ]);
    expect(detail.members.map((m) => [m.actorName, m.role])).toEqual([
      ['Deputy spokesman', 'Assistant'],
    ]);
    expect(c.listNotes({ target: { type: 'actor', id: w.keep.id } }).map((n) => n.body)).toEqual([
      'Same man?',
    ]);

    // The merged name now finds the kept actor, by lookup and in full-text search.
    expect(c.findActor({ name: 'col. ryan dillon' })?.id).toBe(w.keep.id);
    expect(
      c
        .search({ query: 'Spokesman Dillon' })
        .results.map((r) => r.statementId)
        .sort(),
    ).toEqual([w.spoken.id, w.own.id].sort());
    expectSearchIndexInSync(ws.db);
  });

  it('is one step to undo, which restores every row, and one to redo', () => {
    const c = ws.client;
    const w = twoRecordsOfOnePerson(c);
    const before = snapshotTables(ws.db);

    c.mergeActors({ keepId: w.keep.id, mergeId: w.merged.id });
    const after = snapshotTables(ws.db);
    expect(c.historyState().undoSummary).toBe('Merge actor “Col. Ryan Dillon” into “Ryan Dillon”');

    c.undo();
    expect(snapshotTables(ws.db)).toEqual(before);
    expect(c.getActor({ id: w.merged.id }).statementCount).toBe(1);
    expectSearchIndexInSync(ws.db);
    expect(c.historyState().undoSummary).not.toMatch(/^Merge/);

    c.redo();
    expect(snapshotTables(ws.db)).toEqual(after);
    expectSearchIndexInSync(ws.db);
  });

  it('refuses to merge an actor with itself or with an actor that does not exist', () => {
    const c = ws.client;
    const w = twoRecordsOfOnePerson(c);
    const before = snapshotTables(ws.db);
    expectError(
      () => c.mergeActors({ keepId: w.keep.id, mergeId: w.keep.id }),
      'invalid_input',
      /cannot be merged with itself/,
    );
    const absent = '0b5e7c1a-9d1e-4f7a-8c3b-2a6d5e4f3b21';
    expectError(
      () => c.mergeActors({ keepId: w.keep.id, mergeId: absent }),
      'not_found',
      new RegExp(`no actor with id ${absent}`),
    );
    expectError(
      () => c.mergeActors({ keepId: absent, mergeId: w.merged.id }),
      'not_found',
      new RegExp(`no actor with id ${absent}`),
    );
    expect(snapshotTables(ws.db)).toEqual(before);
  });
});
