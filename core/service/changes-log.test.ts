import { describe, expect, it } from 'vitest';
import { createService } from '.';
import { openWorkspace } from '../../db/workspace';
import { TEST_AUTHOR, useTempWorkspace } from '../test/temp-workspace';

/** Every change is appended to the log — who, when, what — and the log is never rewritten. */
describe('the changes log', () => {
  const ws = useTempWorkspace();

  it('lists do, undo and redo entries with author, command and summary, newest first', () => {
    const c = ws.client;
    const tag = c.createTag({ name: 'energy' });
    c.updateTag({ id: tag.id, name: 'oil' });
    c.undo();
    c.redo();

    const log = c.listChanges({});
    expect(log.map((e) => [e.action, e.command, e.summary])).toEqual([
      ['redo', 'redo', 'Redo: Edit tag “oil”'],
      ['undo', 'undo', 'Undo: Edit tag “oil”'],
      ['do', 'updateTag', 'Edit tag “oil”'],
      ['do', 'createTag', 'Add tag “energy”'],
    ]);
    const [redo, undo, edit, create] = log;
    expect(undo!.targetSeq).toBe(edit!.seq);
    expect(redo!.targetSeq).toBe(edit!.seq);
    expect(edit!.targetSeq).toBeNull();
    expect(create!.targetSeq).toBeNull();
    expect(log.map((e) => e.seq)).toEqual([...log.map((e) => e.seq)].sort((a, b) => b - a));
    expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
    for (const entry of log) {
      expect(entry.author).toBe(TEST_AUTHOR);
      expect(new Date(entry.at).toISOString()).toBe(entry.at);
    }
  });

  it('pages with limit and offset', () => {
    const c = ws.client;
    for (const name of ['a', 'b', 'c', 'd']) c.createTag({ name });
    expect(c.listChanges({ limit: 2 }).map((e) => e.summary)).toEqual([
      'Add tag “d”',
      'Add tag “c”',
    ]);
    expect(c.listChanges({ limit: 2, offset: 3 }).map((e) => e.summary)).toEqual(['Add tag “a”']);
  });

  it('records the author the service was opened with', () => {
    ws.close();
    const service = createService(openWorkspace(ws.path), { author: 'second-researcher' });
    try {
      service.client.createTag({ name: 'by someone else' });
      service.client.undo();
      expect(service.client.listChanges({ limit: 2 }).map((e) => e.author)).toEqual([
        'second-researcher',
        'second-researcher',
      ]);
    } finally {
      service.close();
    }
  });

  it('cannot be edited or shortened, even directly in SQL', () => {
    const c = ws.client;
    c.createTag({ name: 'kept' });
    c.undo();
    const log = c.listChanges({});
    const ops = ws.db.prepare('SELECT * FROM change_ops ORDER BY seq').all();
    expect(ops.length).toBeGreaterThan(0);

    expect(() => ws.db.prepare("UPDATE changes SET summary = 'forged'").run()).toThrow(
      /append-only/,
    );
    expect(() =>
      ws.db.prepare("UPDATE changes SET author = 'someone' WHERE seq = 1").run(),
    ).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM changes').run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM changes WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => ws.db.prepare("UPDATE change_ops SET after = '{}'").run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM change_ops').run()).toThrow(/append-only/);

    expect(c.listChanges({})).toEqual(log);
    expect(ws.db.prepare('SELECT * FROM change_ops ORDER BY seq').all()).toEqual(ops);
  });

  it('keeps the before and after of each row a change touched', () => {
    const c = ws.client;
    const tag = c.createTag({ name: 'before' });
    c.updateTag({ id: tag.id, name: 'after' });
    const [edit] = c.listChanges({ limit: 1 });
    const ops = ws.db
      .prepare<[number], { tbl: string; row_id: string; before: string; after: string }>(
        'SELECT tbl, row_id, before, after FROM change_ops WHERE change_seq = ?',
      )
      .all(edit!.seq);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ tbl: 'tags', row_id: tag.id });
    expect(JSON.parse(ops[0]!.before)).toMatchObject({ id: tag.id, name: 'before' });
    expect(JSON.parse(ops[0]!.after)).toMatchObject({ id: tag.id, name: 'after' });
  });

  it('leaves reads out of the log', () => {
    const c = ws.client;
    c.createTag({ name: 'only change' });
    c.listTags({});
    c.search({ query: 'anything' });
    c.workspaceInfo({});
    c.historyState({});
    expect(c.listChanges({})).toHaveLength(1);
  });
});
