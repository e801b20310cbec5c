import { describe, expect, it } from 'vitest';
import type { NoteTargetType } from '../api';
import { expectError } from '../test/expect-error';
import { seedWorld } from '../test/seed';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

describe('tags', () => {
  const ws = useTempWorkspace();

  it('refuses a second tag whose name differs only in case, changing nothing', () => {
    const c = ws.client;
    const tag = c.createTag({ name: 'Sanctions' });
    const before = snapshotTables(ws.db);
    expectError(() => c.createTag({ name: 'sanctions' }), 'conflict', /sanctions/);
    expectError(() => c.createTag({ name: '  SANCTIONS ' }), 'conflict');
    const other = c.createTag({ name: 'Oil' });
    expectError(() => c.updateTag({ id: other.id, name: 'sANCTIONS' }), 'conflict');
    expect(c.listTags({}).map((t) => t.name)).toEqual(['Oil', 'Sanctions']);
    // A tag may change the case of its own name.
    expect(c.updateTag({ id: tag.id, name: 'SANCTIONS' }).name).toBe('SANCTIONS');
    c.undo();
    c.deleteTag({ id: other.id });
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('refuses tag names that differ only in the case of non-ASCII letters', () => {
    const c = ws.client;
    const tag = c.createTag({ name: 'Ödeme' });
    expectError(() => c.createTag({ name: 'ödeme' }), 'conflict');
    expectError(
      () => c.createTag({ name: 'КРИЗИС' }) && c.createTag({ name: 'кризис' }),
      'conflict',
    );
    expect(c.updateTag({ id: tag.id, name: 'ÖDEME' }).name).toBe('ÖDEME');
  });

  it('tags and untags statements, counting them', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const s1 = c.createStatement({ speakerId: speaker.id, text: 'One.' });
    const s2 = c.createStatement({ speakerId: speaker.id, text: 'Two.' });
    const tag = c.createTag({ name: 'oil', color: '#aa0000' });
    expect(c.tagStatement({ statementId: s1.id, tagId: tag.id })).toMatchObject({
      statementCount: 1,
      color: '#aa0000',
    });
    expect(c.tagStatement({ statementId: s1.id, tagId: tag.id }).statementCount).toBe(1);
    c.tagStatement({ statementId: s2.id, tagId: tag.id });
    expect(c.listTags({})).toEqual([
      { id: tag.id, name: 'oil', color: '#aa0000', statementCount: 2 },
    ]);
    expect(c.getStatement({ id: s1.id }).tags.map((t) => t.name)).toEqual(['oil']);

    c.untagStatement({ statementId: s1.id, tagId: tag.id });
    expect(c.getStatement({ id: s1.id }).tags).toEqual([]);
    expectError(() => c.untagStatement({ statementId: s1.id, tagId: tag.id }), 'not_found', /oil/);
    expect(c.listStatements({ tagId: tag.id }).items.map((s) => s.text)).toEqual(['Two.']);
  });

  it('deleting a tag unlinks it from its statements, which stay', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const tag = c.createTag({ name: 'gone' });
    const s = c.createStatement({ speakerId: speaker.id, text: 'Stays.', tagIds: [tag.id] });
    c.deleteTag({ id: tag.id });
    expect(c.getStatement({ id: s.id }).tags).toEqual([]);
    expect(c.listTags({})).toEqual([]);
  });

  it('edits the colour and clears it', () => {
    const c = ws.client;
    const tag = c.createTag({ name: 'coloured', color: '#123456' });
    expect(c.updateTag({ id: tag.id, color: '#ABCDEF' }).color).toBe('#ABCDEF');
    expect(c.updateTag({ id: tag.id, color: null })).toMatchObject({
      name: 'coloured',
      color: null,
    });
  });
});

describe('notes', () => {
  const ws = useTempWorkspace();

  it('attaches to each kind of target and lists per target', () => {
    const c = ws.client;
    const w = seedWorld(c);
    const targets: Record<NoteTargetType, string> = {
      statement: w.statements[1].id,
      source: w.source.id,
      actor: w.minister.id,
      proposition: w.proposition.id,
      comparison: w.comparison.id,
    };
    for (const [type, id] of Object.entries(targets) as Array<[NoteTargetType, string]>) {
      const note = c.createNote({ target: { type, id }, body: `About the ${type}` });
      expect(note.target).toEqual({ type, id });
      expect(c.listNotes({ target: { type, id } })).toEqual([note]);
    }
    // A note on one kind of record is not listed for another kind with the same id.
    expectError(() => c.listNotes({ target: { type: 'source', id: w.minister.id } }), 'not_found');
    expect(c.getStatement({ id: w.statements[1].id }).notes.map((n) => n.body)).toEqual([
      'About the statement',
    ]);
  });

  it('edits and deletes a note, keeping its text as written', () => {
    const c = ws.client;
    const actor = c.createActor({ name: 'Someone' });
    const body = '  Indented\n\n- a list <b>with</b> markup  ';
    const note = c.createNote({ target: { type: 'actor', id: actor.id }, body });
    expect(note.body).toBe(body);
    const edited = c.updateNote({ id: note.id, body: 'Shorter' });
    expect(edited).toMatchObject({ id: note.id, body: 'Shorter', createdAt: note.createdAt });
    c.deleteNote({ id: note.id });
    expect(c.listNotes({ target: { type: 'actor', id: actor.id } })).toEqual([]);
    expectError(() => c.updateNote({ id: note.id, body: 'again' }), 'not_found');
  });

  it('refuses a blank note', () => {
    const c = ws.client;
    const actor = c.createActor({ name: 'Someone' });
    expectError(
      () => c.createNote({ target: { type: 'actor', id: actor.id }, body: ' \n\t ' }),
      'invalid_input',
      /body/,
    );
  });

  it('goes when its target is deleted', () => {
    const c = ws.client;
    const proposition = c.createProposition({ text: 'Claim' });
    c.createNote({ target: { type: 'proposition', id: proposition.id }, body: 'Remember' });
    c.deleteProposition({ id: proposition.id });
    expect(ws.db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
  });
});
