import { describe, expect, it } from 'vitest';
import { insertActor, openMigratedDb } from '../test/fixtures';
import { useTempDir } from '../test/temp-dir';

describe('migration 0004 (capture)', () => {
  const tmp = useTempDir();

  it('adds the lost-anchor flag to statements and keeps their rows', () => {
    const path = tmp.file('w.parallax');
    const db = openMigratedDb(path, 3);
    const speaker = insertActor(db);
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO statements (id, speaker_id, text, kind, created_at, updated_at) VALUES ('s1', ?, 'Kept.', 'quote', ?, ?)`,
    ).run(speaker, now, now);
    db.close();
    const upgraded = tmp.track(openMigratedDb(path, 4));
    expect(upgraded.prepare('SELECT text, anchor_status FROM statements').get()).toEqual({
      text: 'Kept.',
      anchor_status: null,
    });
    expect(() => upgraded.prepare("UPDATE statements SET anchor_status = 'maybe'").run()).toThrow(
      /CHECK/,
    );
    upgraded.prepare("UPDATE statements SET anchor_status = 'lost'").run();
  });

  it('creates the review queue, logged for undo, emptied with its source', () => {
    const db = tmp.track(openMigratedDb(tmp.file('w.parallax'), 4));
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO sources (id, title, body, body_sha256, created_at, updated_at) VALUES ('src', 'T', 'He said “yes”.', 'x', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO changes (id, at, author, action, command, summary) VALUES ('c', ?, 'me', 'do', 'x', 'x')`,
    ).run(now);
    db.prepare('INSERT INTO change_recording (change_seq) VALUES (1)').run();
    db.prepare(
      `INSERT INTO candidates (id, source_id, start, end, text, kind, speaker, confidence, created_at, updated_at)
       VALUES ('k1', 'src', 10, 13, 'yes', 'quote', 'He', 0.9, ?, ?)`,
    ).run(now, now);
    expect(db.prepare("SELECT tbl FROM change_ops WHERE row_id = 'k1'").all()).toEqual([
      { tbl: 'candidates' },
    ]);
    expect(() =>
      db.prepare(`UPDATE candidates SET status = 'maybe' WHERE id = 'k1'`).run(),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM sources WHERE id = 'src'").run();
    expect(db.prepare('SELECT count(*) AS n FROM candidates').get()).toEqual({ n: 0 });
    const logged = db.prepare("SELECT after FROM change_ops WHERE tbl = 'statements'").all();
    expect(logged).toEqual([]);
  });
});
