import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceError } from '../db/errors';
import { createWorkspace } from '../db/workspace';
import { buildSample } from './sample/build-sample';
import { createService } from './service';
import { checkWorkspaceFile } from './workspace-check';

let dir: string;
let path: string;
let tempDir: string;

const sha256File = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Applies raw SQL to the (closed) sample workspace, as damage from outside Parallax would. */
function damage(sql: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-workspace-check-test-'));
  path = join(dir, 'kirkuk.parallax');
  tempDir = join(dir, 'tmp');
  mkdirSync(tempDir);
  const service = createService(createWorkspace(path), { author: 'test' });
  buildSample(service.client);
  service.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkWorkspaceFile', () => {
  it('finds nothing wrong with a healthy workspace, changes nothing and leaves no copy behind', () => {
    const before = sha256File(path);
    expect(checkWorkspaceFile(path, { tempDir })).toEqual({
      ok: true,
      problems: [],
      schemaVersion: expect.any(Number),
    });
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('names statements missing from, or outdated in, the statement search index', () => {
    damage(`DELETE FROM statements_fts WHERE rowid IN (SELECT seq FROM statements ORDER BY seq LIMIT 2);
            UPDATE statements_fts SET speaker = 'someone else' WHERE rowid = (SELECT max(seq) FROM statements);`);
    const before = sha256File(path);
    const result = checkWorkspaceFile(path);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'The statement search index is out of step: 11 rows for 13 statements, 2 statements missing from it.',
      'The statement search index holds outdated text for 1 statement.',
    ]);
    expect(sha256File(path)).toBe(before);
  });

  it('names index rows left behind by deleted statements', () => {
    damage(`DROP TRIGGER statements_fts_delete;
            DELETE FROM comparison_items; DELETE FROM stances; DELETE FROM notes; DELETE FROM statement_tags;
            DELETE FROM statements WHERE seq = (SELECT max(seq) FROM statements);`);
    const { problems } = checkWorkspaceFile(path);
    expect(
      problems.some((p) =>
        /13 rows for 12 statements, 1 row for statements that no longer exist/.test(p),
      ),
    ).toBe(true);
  });

  it('names a source search index out of step with the sources (found through FTS5 on a copy)', () => {
    damage(`INSERT INTO sources_fts (sources_fts) VALUES ('delete-all');`);
    const before = sha256File(path);
    expect(checkWorkspaceFile(path, { tempDir }).problems).toEqual([
      'The source search index does not match what it indexes (or is damaged).',
    ]);
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('names rows that refer to missing rows', () => {
    damage(
      `UPDATE statements SET reported_via_id = '00000000-0000-4000-8000-000000000000' WHERE reported_via_id IS NOT NULL;`,
    );
    expect(checkWorkspaceFile(path).problems).toEqual([
      '3 rows of statements refer to actors rows that do not exist.',
    ]);
  });

  it('throws for files it cannot check at all', () => {
    const text = join(dir, 'notes.parallax');
    writeFileSync(text, 'not a database');
    expect(() => checkWorkspaceFile(text)).toThrow(WorkspaceError);
    expect(() => checkWorkspaceFile(join(dir, 'missing.parallax'))).toThrow(/no file/);
  });
});
