import type { Database as Db } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  insertActor,
  insertAlias,
  insertProposition,
  insertRow,
  insertSource,
  insertStance,
  insertStatement,
  openMigratedDb,
  tableColumns,
  TIMESTAMP,
} from '../test/fixtures';
import { useTempDir } from '../test/temp-dir';
import { recordRowChanges, TABLES_AT_VERSION_3 } from './0003-changes';

const tmp = useTempDir();
let db: Db;

beforeEach(() => {
  db = tmp.track(openMigratedDb(tmp.file('changes.parallax'), 3));
});

interface Op {
  change_seq: number;
  tbl: string;
  row_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function openChange(command = 'test.command'): number {
  const info = db
    .prepare(
      `INSERT INTO changes (id, at, author, action, command, summary)
       VALUES (?, ?, 'tester', 'do', ?, 'a test change')`,
    )
    .run(randomUUID(), TIMESTAMP, command);
  return Number(info.lastInsertRowid);
}

/** Opens a change and starts recording row changes into it. */
function startRecording(): number {
  const seq = openChange();
  db.prepare('INSERT INTO change_recording (change_seq) VALUES (?)').run(seq);
  return seq;
}

function stopRecording(): void {
  db.exec('DELETE FROM change_recording');
}

function ops(): Op[] {
  return db
    .prepare<
      [],
      {
        change_seq: number;
        tbl: string;
        row_id: string;
        before: string | null;
        after: string | null;
      }
    >('SELECT change_seq, tbl, row_id, before, after FROM change_ops ORDER BY seq')
    .all()
    .map((op) => ({
      ...op,
      before: op.before === null ? null : (JSON.parse(op.before) as Record<string, unknown>),
      after: op.after === null ? null : (JSON.parse(op.after) as Record<string, unknown>),
    }));
}

function row(table: string, id: string): Record<string, unknown> {
  return db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;
}

describe('migration 0003 (changes)', () => {
  it('creates the log tables', () => {
    expect(tableColumns(db, 'changes')).toEqual([
      'seq',
      'id',
      'at',
      'author',
      'action',
      'command',
      'summary',
      'target_seq',
    ]);
    expect(tableColumns(db, 'change_ops')).toEqual([
      'seq',
      'change_seq',
      'tbl',
      'row_id',
      'before',
      'after',
    ]);
    expect(tableColumns(db, 'change_recording')).toEqual(['change_seq']);
    expect(tableColumns(db, 'undo_history')).toEqual(['change_seq', 'undone']);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('keeps changes and change_ops append-only', () => {
    const seq = startRecording();
    insertActor(db);
    stopRecording();
    expect(ops()).toHaveLength(1);

    expect(() =>
      db.prepare("UPDATE changes SET summary = 'rewritten' WHERE seq = ?").run(seq),
    ).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM changes WHERE seq = ?').run(seq)).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE change_ops SET tbl = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM change_ops').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT summary FROM changes WHERE seq = ?').pluck().get(seq)).toBe(
      'a test change',
    );
    expect(ops()).toHaveLength(1);
  });

  it('checks the action of a change', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO changes (id, at, author, action, command, summary)
           VALUES ('x', 'now', 'me', 'redo-all', 'c', 's')`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it('logs row changes only while a change is recording', () => {
    insertActor(db, { name: 'Before recording' });
    expect(ops()).toEqual([]);

    const seq = startRecording();
    const actor = insertActor(db, { name: 'While recording' });
    stopRecording();
    insertActor(db, { name: 'After recording' });
    db.prepare("UPDATE actors SET description = 'edited later' WHERE id = ?").run(actor);

    expect(ops().map((op) => [op.change_seq, op.tbl, op.row_id])).toEqual([[seq, 'actors', actor]]);
  });

  it('logs each change under its own number', () => {
    const first = startRecording();
    const actor = insertActor(db);
    stopRecording();
    const second = startRecording();
    db.prepare('DELETE FROM actors WHERE id = ?').run(actor);
    stopRecording();
    expect(ops().map((op) => op.change_seq)).toEqual([first, second]);
  });

  it('stores the full row before and after inserts, updates and deletes', () => {
    const seq = startRecording();
    const speaker = insertActor(db, { name: 'Jane Doe', description: 'minister' });
    const source = insertSource(db, {
      title: 'Hansard',
      body: 'full text',
      url: 'https://example.org',
    });
    const statement = insertStatement(db, speaker, {
      source_id: source,
      text: 'We will not raise taxes.',
      said_on: '2023-03-01',
      said_on_precision: 'day',
      position_start: 10,
      position_end: 34,
      quote_exact: 'We will not raise taxes.',
    });
    const inserted = row('statements', statement);
    db.prepare("UPDATE statements SET text = 'We will not raise income taxes.' WHERE id = ?").run(
      statement,
    );
    const updated = row('statements', statement);
    db.prepare('DELETE FROM statements WHERE id = ?').run(statement);
    stopRecording();

    const log = ops();
    expect(log.map((op) => [op.tbl, op.row_id])).toEqual([
      ['actors', speaker],
      ['sources', source],
      ['statements', statement],
      ['statements', statement],
      ['statements', statement],
    ]);
    expect(log.every((op) => op.change_seq === seq)).toBe(true);
    const [actorOp, sourceOp, insertOp, updateOp, deleteOp] = log;
    expect(actorOp!.after).toEqual(row('actors', speaker));
    expect(sourceOp!.after).toEqual(row('sources', source));
    expect(insertOp).toMatchObject({ before: null, after: inserted });
    expect(updateOp).toMatchObject({ before: inserted, after: updated });
    expect(deleteOp).toMatchObject({ before: updated, after: null });
    // Every column is present, NULLs included.
    expect(Object.keys(insertOp!.after!)).toEqual(tableColumns(db, 'statements'));
    expect(insertOp!.after!.translation).toBeNull();
  });

  it('logs the children a cascading delete takes with it', () => {
    const speaker = insertActor(db);
    const alias = insertAlias(db, speaker, 'J.D.');
    const statement = insertStatement(db, speaker);
    const proposition = insertProposition(db);
    const stance = insertStance(db, statement, proposition);
    const tag = insertRow(db, 'tags', { name: 'taxes', created_at: TIMESTAMP });
    const tagging = insertRow(db, 'statement_tags', { statement_id: statement, tag_id: tag });
    const comparison = insertRow(db, 'comparisons', {
      title: 'Promises',
      created_at: TIMESTAMP,
      updated_at: TIMESTAMP,
    });
    const item = insertRow(db, 'comparison_items', {
      comparison_id: comparison,
      statement_id: statement,
      position: 1,
    });
    const note = insertRow(db, 'notes', {
      statement_id: statement,
      body: 'verify',
      created_at: TIMESTAMP,
      updated_at: TIMESTAMP,
    });
    const children = {
      stances: row('stances', stance),
      statement_tags: row('statement_tags', tagging),
      comparison_items: row('comparison_items', item),
      notes: row('notes', note),
    };
    const statementRow = row('statements', statement);

    startRecording();
    db.prepare('DELETE FROM statements WHERE id = ?').run(statement);
    db.prepare('DELETE FROM actors WHERE id = ?').run(speaker);
    stopRecording();

    const log = ops();
    const deleted = log.map((op) => `${op.tbl}:${op.row_id}`).sort();
    expect(deleted).toEqual(
      [
        `statements:${statement}`,
        `stances:${stance}`,
        `statement_tags:${tagging}`,
        `comparison_items:${item}`,
        `notes:${note}`,
        `actors:${speaker}`,
        `actor_aliases:${alias}`,
      ].sort(),
    );
    expect(log.every((op) => op.after === null && op.before !== null)).toBe(true);
    for (const [table, before] of Object.entries(children)) {
      expect(log.find((op) => op.tbl === table)!.before).toEqual(before);
    }
    expect(log.find((op) => op.tbl === 'statements')!.before).toEqual(statementRow);
  });

  it('logs nothing for a rolled-back write', () => {
    startRecording();
    expect(() =>
      db.transaction(() => {
        insertActor(db);
        throw new Error('service failed');
      })(),
    ).toThrow('service failed');
    expect(ops()).toEqual([]);
  });

  it('records every recorded table with all of its columns', () => {
    for (const table of TABLES_AT_VERSION_3) {
      const triggers = db
        .prepare<[string], { name: string; sql: string }>(
          "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name LIKE '%_log_%' ORDER BY name",
        )
        .all(table);
      expect(
        triggers.map((t) => t.name),
        table,
      ).toEqual([`${table}_log_delete`, `${table}_log_insert`, `${table}_log_update`]);
      for (const column of tableColumns(db, table)) {
        for (const trigger of triggers) {
          expect(trigger.sql, `${trigger.name} / ${column}`).toContain(`'${column}', `);
        }
      }
    }
  });

  it('can recreate the recording triggers without logging twice', () => {
    recordRowChanges(db, TABLES_AT_VERSION_3);
    recordRowChanges(db, TABLES_AT_VERSION_3);
    startRecording();
    insertActor(db);
    stopRecording();
    expect(ops()).toHaveLength(1);
  });
});
