import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/workspace';
import { expectFailure, parallax, sha256File, useTempDir } from './test/harness';

const temp = useTempDir();

describe('files that are not usable workspaces fail with exit 1 and are left alone', () => {
  it('refuses a missing file, a text file, a foreign SQLite database and a newer workspace', async () => {
    const text = temp.file('notes.parallax');
    writeFileSync(text, 'just some notes\n');
    const foreign = temp.file('foreign.parallax');
    const db = new Database(foreign);
    db.exec(
      "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things (name) VALUES ('x')",
    );
    db.close();
    const newer = temp.file('newer.parallax');
    createWorkspace(newer).close();
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const hashes = [text, foreign, newer].map(sha256File);

    const [missing, notSqlite, notOurs, fromFuture, fromFutureSearch, notOursCheck] =
      await Promise.all([
        parallax('sources', temp.file('missing.parallax')),
        parallax('statements', text),
        parallax('add-statement', foreign, '--speaker', 'S', '--text', 'T'),
        parallax('sources', newer, '--json'),
        parallax('search', newer, 'anything'),
        parallax('check', foreign),
      ]);
    expectFailure(missing, /There is no file at .*missing\.parallax/);
    expectFailure(notSqlite, /not a Parallax workspace \(it is not an SQLite database at all\)/);
    expectFailure(notOurs, /SQLite database, but not a Parallax workspace/);
    expectFailure(fromFuture, /newer version of Parallax/);
    expectFailure(fromFutureSearch, /newer version of Parallax/);
    expectFailure(notOursCheck, /not a Parallax workspace/);
    expect([text, foreign, newer].map(sha256File)).toEqual(hashes);
  });
});

describe('check', () => {
  it('prints ok for a healthy workspace without changing a byte, and names desynchronised search', async () => {
    const ws = temp.file('kirkuk.parallax');
    const made = await parallax('sample', ws);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/13 statements/);
    expectFailure(await parallax('sample', ws), /already exists/);

    const before = sha256File(ws);
    expect(await parallax('check', ws)).toEqual({ status: 0, stdout: 'ok\n', stderr: '' });
    expect(sha256File(ws)).toBe(before);

    const raw = new Database(ws);
    raw.prepare('DELETE FROM statements_fts WHERE rowid = (SELECT min(seq) FROM statements)').run();
    raw.close();
    const damaged = sha256File(ws);
    const run = await parallax('check', ws);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'The statement search index is out of step: 12 rows for 13 statements, 1 statement missing from it.',
    ]);
    expect(sha256File(ws)).toBe(damaged);
  });
});
