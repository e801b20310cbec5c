import Database, { type Database as Db } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from './file-header';
import { migrate, userVersion } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { insertActor, openMigratedDb } from './test/fixtures';
import { useTempDir } from './test/temp-dir';

const tmp = useTempDir();

function tableExists(db: Db, name: string): boolean {
  return (
    db
      .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?")
      .pluck()
      .get(name) === 1
  );
}

/** The version written in the file itself, read through a separate connection. */
function versionOnDisk(path: string): number {
  const reader = new Database(path, { readonly: true });
  try {
    return userVersion(reader);
  } finally {
    reader.close();
  }
}

const [model, search] = MIGRATIONS;

describe('migrate', () => {
  it('numbers the migrations 1, 2, 3, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('applies every migration once, in order', () => {
    const path = tmp.file('fresh.parallax');
    const db = tmp.track(new Database(path));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(versionOnDisk(path)).toBe(LATEST_VERSION);
  });

  it('continues from the version a file is at', () => {
    const path = tmp.file('partial.parallax');
    const db = tmp.track(new Database(path));
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(userVersion(db)).toBe(1);
    expect(migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(userVersion(db)).toBe(LATEST_VERSION);
  });

  it('rolls back a migration that breaks a foreign key', () => {
    const path = tmp.file('fk.parallax');
    const db = tmp.track(openMigratedDb(path, 1));
    const speaker = insertActor(db, { name: 'Kept' });
    const breaksKeys: Migration = {
      version: 2,
      name: 'breaks-keys',
      up: (d) => {
        d.exec('CREATE TABLE scratch (x INTEGER)');
        d.prepare("UPDATE actors SET name = 'Changed' WHERE id = ?").run(speaker);
        d.exec(`INSERT INTO statements (id, speaker_id, text, kind, created_at, updated_at)
                VALUES ('orphan', 'no-such-actor', 'text', 'quote', 'now', 'now')`);
      },
    };

    expect(() => migrate(db, [model!, breaksKeys])).toThrow(
      /Migration 2 \(breaks-keys\) broke 1 foreign keys/,
    );

    expect(userVersion(db)).toBe(1);
    expect(tableExists(db, 'scratch')).toBe(false);
    expect(db.prepare('SELECT count(*) FROM statements').pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM actors WHERE id = ?').pluck().get(speaker)).toBe('Kept');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.inTransaction).toBe(false);
    db.close();
    expect(versionOnDisk(path)).toBe(1);
  });

  it('leaves the file at the previous version when a migration throws', () => {
    const path = tmp.file('throws.parallax');
    const db = tmp.track(openMigratedDb(path, 1));
    insertActor(db, { name: 'Survivor' });
    const throws: Migration = {
      version: 3,
      name: 'throws',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        d.exec("UPDATE actors SET name = 'Overwritten'");
        throw new Error('disk on fire');
      },
    };

    // Migration 2 succeeds and stays applied; migration 3 fails and leaves no trace.
    expect(() => migrate(db, [model!, search!, throws])).toThrow('disk on fire');

    expect(userVersion(db)).toBe(2);
    expect(tableExists(db, 'statements_fts')).toBe(true);
    expect(tableExists(db, 'half_done')).toBe(false);
    expect(db.prepare('SELECT name FROM actors').pluck().all()).toEqual(['Survivor']);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(versionOnDisk(path)).toBe(2);

    // The next run picks up where the failed one stopped.
    const again = tmp.track(new Database(path));
    expect(migrate(again)).toEqual(MIGRATIONS.filter((m) => m.version >= 3).map((m) => m.version));
    expect(userVersion(again)).toBe(LATEST_VERSION);
  });

  it('skips migrations a file already has', () => {
    const db = tmp.track(openMigratedDb(tmp.file('skip.parallax'), 2));
    const ran: number[] = [];
    const spy = (version: number): Migration => ({
      version,
      name: `spy-${version}`,
      up: () => {
        ran.push(version);
      },
    });
    expect(migrate(db, [spy(1), spy(2), spy(3), spy(4)])).toEqual([3, 4]);
    expect(ran).toEqual([3, 4]);
    expect(userVersion(db)).toBe(4);
  });
});
