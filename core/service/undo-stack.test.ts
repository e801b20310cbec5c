import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

/** Undo walks back last-change-first, redo walks forward again, and a new change ends redo. */
describe('the undo stack', () => {
  const ws = useTempWorkspace();

  it('undoes several changes last first, then redoes them in order', () => {
    const c = ws.client;
    const states = [snapshotTables(ws.db)];
    const actor = c.createActor({ name: 'Speaker' });
    states.push(snapshotTables(ws.db));
    c.updateActor({ id: actor.id, name: 'Speaker Renamed' });
    states.push(snapshotTables(ws.db));
    const tag = c.createTag({ name: 'first' });
    states.push(snapshotTables(ws.db));
    c.createStatement({ speakerId: actor.id, text: 'Words.', tagIds: [tag.id] });
    states.push(snapshotTables(ws.db));

    for (let i = states.length - 2; i >= 0; i--) {
      c.undo();
      expect(snapshotTables(ws.db)).toEqual(states[i]);
    }
    expectError(() => c.undo(), 'nothing_to_undo');

    for (let i = 1; i < states.length; i++) {
      c.redo();
      expect(snapshotTables(ws.db)).toEqual(states[i]);
    }
    expectError(() => c.redo(), 'nothing_to_redo');
  });

  it('forgets what could be redone once a new change is made', () => {
    const c = ws.client;
    c.createTag({ name: 'one' });
    c.createTag({ name: 'two' });
    c.undo();
    expect(c.historyState().canRedo).toBe(true);

    c.createTag({ name: 'three' });
    expect(c.historyState()).toMatchObject({ canUndo: true, canRedo: false, redoSummary: null });
    expectError(() => c.redo(), 'nothing_to_redo');
    expect(c.listTags({}).map((t) => t.name)).toEqual(['one', 'three']);

    // Undo now goes back through the new change, then the old one.
    c.undo();
    c.undo();
    expect(c.listTags({})).toEqual([]);
    expectError(() => c.undo(), 'nothing_to_undo');
  });

  it('reports what undo and redo would do', () => {
    const c = ws.client;
    expect(c.historyState()).toEqual({
      canUndo: false,
      canRedo: false,
      undoSummary: null,
      redoSummary: null,
    });

    c.createActor({ name: 'Hassan Rouhani' });
    c.createTag({ name: 'nuclear' });
    expect(c.historyState()).toEqual({
      canUndo: true,
      canRedo: false,
      undoSummary: 'Add tag “nuclear”',
      redoSummary: null,
    });

    const afterUndo = c.undo();
    expect(afterUndo).toEqual({
      canUndo: true,
      canRedo: true,
      undoSummary: 'Add actor “Hassan Rouhani”',
      redoSummary: 'Add tag “nuclear”',
    });
    expect(c.historyState()).toEqual(afterUndo);

    c.undo();
    expect(c.historyState()).toEqual({
      canUndo: false,
      canRedo: true,
      undoSummary: null,
      redoSummary: 'Add actor “Hassan Rouhani”',
    });

    expect(c.redo()).toMatchObject({
      undoSummary: 'Add actor “Hassan Rouhani”',
      redoSummary: 'Add tag “nuclear”',
    });
  });

  it('does not put a call that changed nothing on the stack', () => {
    const c = ws.client;
    const tag = c.createTag({ name: 'steady' });
    const actor = c.createActor({ name: 'Someone' });
    const statement = c.createStatement({ speakerId: actor.id, text: 'Hello.', tagIds: [tag.id] });
    const changes = c.listChanges({}).length;

    c.tagStatement({ statementId: statement.id, tagId: tag.id }); // already tagged
    c.updateTag({ id: tag.id }); // no fields

    expect(c.listChanges({})).toHaveLength(changes);
    expect(c.historyState().undoSummary).toBe('Add statement by “Someone”');
  });

  it('keeps a refused change off the stack and out of the tables', () => {
    const c = ws.client;
    c.createTag({ name: 'Iran' });
    const before = snapshotTables(ws.db);
    const changes = c.listChanges({});
    expectError(() => c.createTag({ name: 'IRAN' }), 'conflict');
    expect(snapshotTables(ws.db)).toEqual(before);
    expect(c.listChanges({})).toEqual(changes);
    expect(c.historyState().undoSummary).toBe('Add tag “Iran”');
  });
});
