import { describe, expect, it } from 'vitest';
import type { ServiceClient } from '../service';
import { expectSearchIndexInSync, snapshotTables } from '../test/snapshot';
import { seedWorld, type World } from '../test/seed';
import { useTempWorkspace } from '../test/temp-workspace';

/**
 * For every kind of change: undo puts every user table back exactly as it was before, and
 * redo exactly as it was after — including rows a delete took with it by cascade — and the
 * search indexes follow.
 */

/** Prepares what the change needs (beyond the seeded world) and returns the change itself. */
type Change = (client: ServiceClient, world: World) => () => unknown;

const CHANGES: Record<string, Change> = {
  // Sources
  'create a source': (c) => () =>
    c.createSource({ title: 'New source', body: 'Fresh text', url: 'https://example.org/a' }),
  'edit a source title': (c, w) => () =>
    c.updateSource({ id: w.source.id, title: 'Renamed transcript' }),
  'edit a source body (keeps a version)': (c, w) => () => {
    c.updateSource({ id: w.source.id, body: 'A corrected transcript.' });
    expect(c.listSourceVersions({ sourceId: w.source.id })).toHaveLength(1);
  },
  'delete a source with versions and notes': (c, w) => {
    c.updateSource({ id: w.spareSource.id, body: 'Second draft' });
    c.createNote({ target: { type: 'source', id: w.spareSource.id }, body: 'About the source' });
    return () => c.deleteSource({ id: w.spareSource.id });
  },

  // Actors, aliases, memberships
  'create an actor with aliases': (c) => () =>
    c.createActor({ name: 'New Person', aliases: ['N. Person', 'NP'] }),
  'rename an actor who has statements': (c, w) => () =>
    c.updateActor({ id: w.minister.id, name: 'Ali Akbar Velayati' }),
  'edit an actor description and kind': (c, w) => () =>
    c.updateActor({ id: w.bystander.id, description: 'Now described', kind: 'other' }),
  'delete an actor with aliases, memberships and notes': (c, w) => {
    c.addMembership({ actorId: w.bystander.id, organisationId: w.ministry.id });
    c.createNote({ target: { type: 'actor', id: w.bystander.id }, body: 'About them' });
    return () => c.deleteActor({ id: w.bystander.id });
  },
  'delete an organisation with members': (c) => {
    const org = c.createActor({ name: 'Short-lived Council', kind: 'organisation' });
    const person = c.createActor({ name: 'Council Member' });
    c.addMembership({ actorId: person.id, organisationId: org.id, role: 'Chair' });
    return () => c.deleteActor({ id: org.id });
  },
  'merge a speaker and member into another actor': (c, w) => () =>
    c.mergeActors({ keepId: w.bystander.id, mergeId: w.minister.id }),
  'add an alias to a speaker': (c, w) => () =>
    c.addAlias({ actorId: w.minister.id, alias: 'Dr Velayati' }),
  'remove an alias of a speaker': (c, w) => {
    const alias = c.getActor({ id: w.minister.id }).aliases[0]!;
    return () => c.removeAlias({ id: alias.id });
  },
  'add a membership': (c, w) => () =>
    c.addMembership({
      actorId: w.outlet.id,
      organisationId: w.ministry.id,
      startDate: '2019-01-01',
    }),
  'edit a membership': (c, w) => () =>
    c.updateMembership({ id: w.membership.id, role: 'Deputy', endDate: null }),
  'remove a membership': (c, w) => () => c.removeMembership({ id: w.membership.id }),

  // Statements
  'create a statement with tags': (c, w) => () =>
    c.createStatement({
      speakerId: w.bystander.id,
      text: 'Nothing to add.',
      tagIds: [w.tagTalks.id, w.tagSanctions.id],
      saidOn: '2021-06-01',
      saidOnPrecision: 'month',
    }),
  'edit a statement': (c, w) => () =>
    c.updateStatement({
      id: w.statements[0].id,
      text: 'The talks will resume soon.',
      translation: 'Les pourparlers reprendront.',
      saidOn: '2021-03-05',
      anchor: null,
      speakerId: w.bystander.id,
    }),
  'delete a statement with stances, tags, notes and comparison items': (c, w) => () =>
    c.deleteStatement({ id: w.statements[0].id }),

  // Propositions and stances
  'create a proposition': (c) => () => c.createProposition({ text: 'Sanctions will end' }),
  'edit a proposition': (c, w) => () =>
    c.updateProposition({ id: w.proposition.id, text: 'Talks resume in 2021', description: null }),
  'delete a proposition with stances': (c, w) => () =>
    c.deleteProposition({ id: w.proposition.id }),
  'set a new stance': (c, w) => () =>
    c.setStance({
      statementId: w.statements[1].id,
      propositionId: w.proposition.id,
      stance: 'qualifies',
    }),
  'replace a stance': (c, w) => () =>
    c.setStance({
      statementId: w.statements[0].id,
      propositionId: w.proposition.id,
      stance: 'denies',
    }),
  'remove a stance': (c, w) => () =>
    c.removeStance({ statementId: w.statements[0].id, propositionId: w.proposition.id }),

  // Comparisons
  'create a comparison': (c, w) => () =>
    c.createComparison({ title: 'Pair', statementIds: [w.statements[2].id, w.statements[0].id] }),
  'edit a comparison title': (c, w) => () =>
    c.updateComparison({ id: w.comparison.id, title: 'Renamed' }),
  'edit a comparison assessment': (c, w) => () =>
    c.updateComparison({ id: w.comparison.id, assessment: 'On reflection, they agree.' }),
  'add a comparison item at the front': (c, w) => {
    const extra = c.createStatement({ speakerId: w.outlet.id, text: 'We report what we hear.' });
    return () =>
      c.addComparisonItem({ comparisonId: w.comparison.id, statementId: extra.id, position: 0 });
  },
  'remove a comparison item from the middle': (c, w) => () =>
    c.removeComparisonItem({ comparisonId: w.comparison.id, statementId: w.statements[1].id }),
  'reorder a comparison': (c, w) => () =>
    c.reorderComparison({
      id: w.comparison.id,
      statementIds: [w.statements[2].id, w.statements[0].id, w.statements[1].id],
    }),
  'delete a comparison with notes': (c, w) => {
    c.createNote({ target: { type: 'comparison', id: w.comparison.id }, body: 'Revisit' });
    return () => c.deleteComparison({ id: w.comparison.id });
  },

  // Tags
  'create a tag': (c) => () => c.createTag({ name: 'elections', color: '#abcdef' }),
  'rename a tag': (c, w) => () =>
    c.updateTag({ id: w.tagTalks.id, name: 'negotiations', color: null }),
  'delete a tag in use': (c, w) => () => c.deleteTag({ id: w.tagTalks.id }),
  'tag a statement': (c, w) => () =>
    c.tagStatement({ statementId: w.statements[2].id, tagId: w.tagSanctions.id }),
  'untag a statement': (c, w) => () =>
    c.untagStatement({ statementId: w.statements[1].id, tagId: w.tagTalks.id }),

  // Notes
  'add a note to a statement': (c, w) => () =>
    c.createNote({ target: { type: 'statement', id: w.statements[2].id }, body: 'Statement note' }),
  'add a note to a source': (c, w) => () =>
    c.createNote({ target: { type: 'source', id: w.source.id }, body: 'Source note' }),
  'add a note to an actor': (c, w) => () =>
    c.createNote({ target: { type: 'actor', id: w.minister.id }, body: 'Actor note' }),
  'add a note to a proposition': (c, w) => () =>
    c.createNote({
      target: { type: 'proposition', id: w.proposition.id },
      body: 'Proposition note',
    }),
  'add a note to a comparison': (c, w) => () =>
    c.createNote({ target: { type: 'comparison', id: w.comparison.id }, body: 'Comparison note' }),
  'edit a note': (c, w) => () => c.updateNote({ id: w.note.id, body: 'Checked the video.' }),
  'delete a note': (c, w) => () => c.deleteNote({ id: w.note.id }),
};

describe('undo and redo restore every kind of change exactly', () => {
  const ws = useTempWorkspace();

  it.each(Object.entries(CHANGES))('%s', (_name, prepare) => {
    const doChange = prepare(ws.client, seedWorld(ws.client));

    const before = snapshotTables(ws.db);
    doChange();
    const after = snapshotTables(ws.db);
    expect(after).not.toEqual(before);
    expectSearchIndexInSync(ws.db);

    const undone = ws.client.undo();
    expect(snapshotTables(ws.db)).toEqual(before);
    expectSearchIndexInSync(ws.db);
    expect(undone.canRedo).toBe(true);

    const redone = ws.client.redo();
    expect(snapshotTables(ws.db)).toEqual(after);
    expectSearchIndexInSync(ws.db);
    expect(redone.canRedo).toBe(false);

    // Twice over: a change that was undone and redone can be undone and redone again.
    ws.client.undo();
    expect(snapshotTables(ws.db)).toEqual(before);
    ws.client.redo();
    expect(snapshotTables(ws.db)).toEqual(after);
    expectSearchIndexInSync(ws.db);
  });
});
