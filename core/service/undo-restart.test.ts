import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

/** The undo stack lives in the workspace file, so it survives closing and reopening. */
describe('undo and redo across restarts', () => {
  const ws = useTempWorkspace();

  it('undoes and redoes changes made before the workspace was closed', () => {
    let c = ws.client;
    const s0 = snapshotTables(ws.db);
    const actor = c.createActor({ name: 'Javad Zarif' });
    const s1 = snapshotTables(ws.db);
    c.addAlias({ actorId: actor.id, alias: 'Zarif' });
    const s2 = snapshotTables(ws.db);
    c.createStatement({ speakerId: actor.id, text: 'We are ready.', saidOn: '2015-07-14' });
    const s3 = snapshotTables(ws.db);
    expect(s3).not.toEqual(s2);

    c = ws.reopen();
    expect(snapshotTables(ws.db)).toEqual(s3);
    expect(c.historyState()).toMatchObject({ canUndo: true, canRedo: false });
    c.undo();
    expect(snapshotTables(ws.db)).toEqual(s2);
    c.undo();
    expect(snapshotTables(ws.db)).toEqual(s1);

    c = ws.reopen();
    expect(snapshotTables(ws.db)).toEqual(s1);
    expect(c.historyState()).toEqual({
      canUndo: true,
      canRedo: true,
      undoSummary: 'Add actor “Javad Zarif”',
      redoSummary: 'Add alias “Zarif” to “Javad Zarif”',
    });
    c.redo();
    expect(snapshotTables(ws.db)).toEqual(s2);
    expect(c.findActor({ name: 'zarif' })?.id).toBe(actor.id);

    c = ws.reopen();
    expect(snapshotTables(ws.db)).toEqual(s2);
    c.redo();
    expect(snapshotTables(ws.db)).toEqual(s3);
    expect(c.search({ query: 'ready' }).results).toHaveLength(1);
    c.undo();
    c.undo();
    c.undo();
    expect(snapshotTables(ws.db)).toEqual(s0);
    expect(c.historyState()).toMatchObject({ canUndo: false, canRedo: true });
  });
});
