import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSearchIndexInSync, snapshotTables } from '../test/snapshot';
import { seedWorld } from '../test/seed';
import { useTempWorkspace } from '../test/temp-workspace';

/** Deleting a statement takes its stances, tags, notes and comparison places; undo brings all back. */
describe('undoing the delete of a well-connected statement', () => {
  const ws = useTempWorkspace();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restores the statement and everything attached to it, and search finds it again', () => {
    const c = ws.client;
    const w = seedWorld(c);
    const [first] = w.statements;
    c.tagStatement({ statementId: first.id, tagId: w.tagSanctions.id });
    // Later than the seeded note, so the two notes have one order by time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-01-01T00:00:00Z'));
    c.createNote({ target: { type: 'statement', id: first.id }, body: 'Second note' });
    const detailBefore = c.getStatement({ id: first.id });
    expect(detailBefore.stances).toHaveLength(1);
    expect(detailBefore.tags).toHaveLength(2);
    expect(detailBefore.notes).toHaveLength(2);
    const comparisonBefore = c.getComparison({ id: w.comparison.id });
    const propositionBefore = c.getProposition({ id: w.proposition.id });
    const tablesBefore = snapshotTables(ws.db);
    expect(c.search({ query: 'resume' }).results.map((r) => r.statementId)).toEqual([first.id]);

    c.deleteStatement({ id: first.id });
    expect(c.getComparison({ id: w.comparison.id }).items).toHaveLength(2);
    expect(c.getProposition({ id: w.proposition.id }).counts.affirms).toBe(0);
    expect(c.listTags({}).find((t) => t.id === w.tagTalks.id)?.statementCount).toBe(1);
    expect(c.search({ query: 'resume' }).results).toEqual([]);
    expect(
      ws.db.prepare('SELECT count(*) AS n FROM notes WHERE statement_id = ?').get(first.id),
    ).toEqual({ n: 0 });

    expect(c.undo().redoSummary).toBe('Delete statement by “Ali Velayati”');
    expect(snapshotTables(ws.db)).toEqual(tablesBefore);
    expect(c.getStatement({ id: first.id })).toEqual(detailBefore);
    expect(c.getComparison({ id: w.comparison.id })).toEqual(comparisonBefore);
    expect(c.getProposition({ id: w.proposition.id })).toEqual(propositionBefore);
    expect(c.search({ query: 'resume' }).results.map((r) => r.statementId)).toEqual([first.id]);
    expect(c.search({ query: 'velayati' }).results).toHaveLength(2);
    expectSearchIndexInSync(ws.db);

    c.redo();
    expect(c.search({ query: 'resume' }).results).toEqual([]);
    expectSearchIndexInSync(ws.db);
  });
});
