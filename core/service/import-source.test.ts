import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { expectSearchIndexInSync, snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

describe('importSource', () => {
  const ws = useTempWorkspace();
  const file = { fileName: 'briefing.txt', title: 'Briefing' };

  it('creates a source stamped with the time it was retrieved', () => {
    const before = new Date().toISOString();
    const { source, outcome } = ws.client.importSource({
      ...file,
      body: 'First text.',
      outlet: 'MoD',
    });
    expect(outcome).toBe('created');
    expect(source).toMatchObject({ ...file, outlet: 'MoD', kind: 'article', bodyLength: 11 });
    expect(source.retrievedAt! >= before).toBe(true);
    expect(ws.client.historyState().undoSummary).toBe('Add source “Briefing”');
  });

  it('changes nothing at all when the same text is imported again', () => {
    const c = ws.client;
    c.importSource({ ...file, body: 'First text.' });
    const rows = snapshotTables(ws.db);
    const changes = c.listChanges({}).length;
    const again = c.importSource({ ...file, body: 'First text.', outlet: 'Ignored' });
    expect(again.outcome).toBe('unchanged');
    expect(snapshotTables(ws.db)).toEqual(rows);
    expect(c.listChanges({})).toHaveLength(changes);
  });

  it('replaces changed text, keeping the earlier one as a version, in one undoable step', () => {
    const c = ws.client;
    const first = c.importSource({ ...file, body: 'First text.', author: 'Press office' }).source;
    c.updateSource({ id: first.id, author: 'Analyst’s correction' });
    const before = snapshotTables(ws.db);

    const { source, outcome } = c.importSource({
      ...file,
      body: 'Second text.',
      author: 'Press office',
      outlet: 'Ministry of Defence',
      retrievedAt: '2030-01-02T03:04:05.000Z',
    });
    expect(outcome).toBe('updated');
    expect(source).toMatchObject({
      id: first.id,
      title: 'Briefing',
      author: 'Analyst’s correction', // the analyst's edit survives
      outlet: 'Ministry of Defence', // what was missing is filled in
      retrievedAt: '2030-01-02T03:04:05.000Z',
    });
    expect(c.getSource({ id: first.id })).toMatchObject({ body: 'Second text.', versionCount: 1 });
    expect(c.listSourceVersions({ sourceId: first.id })).toMatchObject([
      { body: 'First text.', bodySha256: first.bodySha256, retrievedAt: first.retrievedAt },
    ]);
    expect(c.listSources({}).total).toBe(1);
    expectSearchIndexInSync(ws.db);

    expect(c.historyState().undoSummary).toBe('Re-import source “Briefing”');
    c.undo();
    expect(snapshotTables(ws.db)).toEqual(before);
    expectSearchIndexInSync(ws.db);
  });

  it('finds the earlier import by address first, else by file name (and title among namesakes)', () => {
    const c = ws.client;
    const web = c.importSource({
      fileName: 'page.html',
      title: 'Old headline',
      body: 'v1',
      url: 'https://example.org/a',
    }).source;
    const moved = c.importSource({
      fileName: 'saved-again.html',
      title: 'New headline',
      body: 'v2',
      url: 'https://example.org/a',
    });
    expect(moved).toMatchObject({
      outcome: 'updated',
      source: { id: web.id, title: 'Old headline' },
    });
    // The one source of that file name is updated even when its title changed with its text.
    const first = c.importSource({ ...file, body: 'x' });
    expect(first.outcome).toBe('created');
    expect(
      c.importSource({ ...file, title: 'Correction: a new first line', body: 'x2' }),
    ).toMatchObject({
      outcome: 'updated',
      source: { id: first.source.id },
    });
    // Same title, other name: another source.
    expect(c.importSource({ ...file, fileName: 'other.txt', body: 'x' }).outcome).toBe('created');
    expect(
      c.importSource({ ...file, fileName: 'other.txt', title: 'Other', body: 'z' }).outcome,
    ).toBe('updated');
    // With an address nobody has, a file name and title match does not count.
    expect(c.importSource({ ...file, body: 'y', url: 'https://example.org/b' }).outcome).toBe(
      'created',
    );
    expect(c.listSources({}).total).toBe(4);
  });

  it('refuses a blank text or a missing file name, writing nothing', () => {
    const rows = snapshotTables(ws.db);
    expectError(
      () => ws.client.importSource({ ...file, body: ' \n ' }),
      'invalid_input',
      /body: must not be empty/,
    );
    expectError(
      () => ws.client.importSource({ title: 'T', body: 'x' } as never),
      'invalid_input',
      /fileName/,
    );
    expect(snapshotTables(ws.db)).toEqual(rows);
  });
});
