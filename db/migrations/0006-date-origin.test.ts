import { describe, expect, it } from 'vitest';
import {
  insertActor,
  insertRow,
  insertSource,
  insertStatement,
  openMigratedDb,
  TIMESTAMP,
} from '../test/fixtures';
import { useTempDir } from '../test/temp-dir';

describe('migration 0006 (date-origin)', () => {
  const tmp = useTempDir();

  it('marks a date the extractor proposed as the text’s, other dates as typed, none when undated', () => {
    const path = tmp.file('w.parallax');
    const v5 = openMigratedDb(path, 5);
    const speaker = insertActor(v5);
    const source = insertSource(v5, { body: 'He said “yes” on Monday and “no” later.' });
    const undated = insertStatement(v5, speaker);
    const typed = insertStatement(v5, speaker, { said_on: '2017-10-16', said_on_precision: 'day' });
    const read = insertStatement(v5, speaker, {
      source_id: source,
      said_on: '2017-10-16',
      said_on_precision: 'day',
    });
    // Accepted from a proposal, then given another date by hand: the person's date.
    const corrected = insertStatement(v5, speaker, {
      source_id: source,
      said_on: '2017-10',
      said_on_precision: 'month',
    });
    const candidate = (statementId: string, saidOn: string) =>
      insertRow(v5, 'candidates', {
        source_id: source,
        start: 9,
        end: 12,
        text: 'yes',
        kind: 'quote',
        speaker: 'He',
        said_on: saidOn,
        said_on_precision: 'day',
        confidence: 0.9,
        status: 'accepted',
        statement_id: statementId,
        created_at: TIMESTAMP,
        updated_at: TIMESTAMP,
      });
    candidate(read, '2017-10-16');
    candidate(corrected, '2017-10-16');
    v5.close();

    const db = tmp.track(openMigratedDb(path, 6));
    const origin = (id: string) =>
      db.prepare('SELECT said_on_from FROM statements WHERE id = ?').pluck().get(id);
    expect(origin(undated)).toBeNull();
    expect(origin(typed)).toBe('user');
    expect(origin(read)).toBe('text');
    expect(origin(corrected)).toBe('user');
  });

  it('accepts only the three origins, and logs the origin with the row for undo', () => {
    const db = tmp.track(openMigratedDb(tmp.file('w.parallax'), 6));
    const speaker = insertActor(db);
    expect(() =>
      insertStatement(db, speaker, {
        said_on: '2017-10-16',
        said_on_precision: 'day',
        said_on_from: 'guess',
      }),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO changes (id, at, author, action, command, summary) VALUES ('c', ?, 'me', 'do', 'x', 'x')`,
    ).run(TIMESTAMP);
    db.prepare('INSERT INTO change_recording (change_seq) VALUES (1)').run();
    const id = insertStatement(db, speaker, {
      said_on: '2017-10-16',
      said_on_precision: 'day',
      said_on_from: 'source',
    });
    const after = db
      .prepare("SELECT after FROM change_ops WHERE tbl = 'statements' AND row_id = ?")
      .pluck()
      .get(id) as string;
    expect(JSON.parse(after)).toMatchObject({ said_on: '2017-10-16', said_on_from: 'source' });
  });
});
