import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_INTERVAL_MS,
  BACKUPS_KEPT,
  backupFolder,
  backupName,
  backUpIfChanged,
  listBackups,
  makeBackup,
  makeBackupInBackground,
} from './backups';
import { garbleMiddlePages } from './test/damage';
import { fillWithStatements, insertActor, sha256File } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace, inspectWorkspaceFile, openWorkspace } from './workspace';

const tmp = useTempDir();

const at = (iso: string) => new Date(iso);

function actorNames(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT name FROM actors ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Logs a change the way the service does, so the data fingerprint moves. */
function logChange(db: Database.Database, id: string): void {
  db.prepare(
    "INSERT INTO changes (id, at, author, action, command, summary) VALUES (?, '2026-01-01T00:00:00Z', 'test', 'do', 'createActor', 'x')",
  ).run(id);
}

describe('makeBackup', () => {
  it('writes a complete, healthy copy named by its time into <file>.backups/', () => {
    const path = tmp.file('Kirkuk.parallax');
    const ws = tmp.track(createWorkspace(path));
    insertActor(ws.db, { name: 'Ryan Dillon' });

    const backup = makeBackup(ws.db, path, at('2026-11-25T21:40:05.678Z'));

    expect(backup.name).toBe('2026-11-25T21-40-05Z.parallax');
    expect(backup.path).toBe(join(tmp.path, 'Kirkuk.parallax.backups', backup.name));
    expect(backup.at).toBe('2026-11-25T21:40:05Z');
    expect(inspectWorkspaceFile(backup.path)).toBeGreaterThan(0);
    expect(actorNames(backup.path)).toEqual(['Ryan Dillon']);
    // Rollback-journal mode: reading a backup leaves nothing beside it, and no partial file.
    expect(readdirSync(backupFolder(path))).toEqual([backup.name]);
    expect(listBackups(path)).toEqual([backup]);
  });

  it('copies only committed data while another connection is writing', () => {
    const path = tmp.file('busy.parallax');
    const ws = tmp.track(createWorkspace(path));
    insertActor(ws.db, { name: 'Committed' });
    const writer = tmp.track(new Database(path));
    writer.exec('BEGIN IMMEDIATE');
    insertActor(writer, { name: 'Not yet committed' });

    const backup = makeBackup(ws.db, path);
    writer.exec('COMMIT');

    expect(actorNames(backup.path)).toEqual(['Committed']);
    expect(actorNames(path)).toEqual(['Committed', 'Not yet committed']);
  });

  it(`keeps the newest ${BACKUPS_KEPT} and never touches other files in the folder`, () => {
    const path = tmp.file('many.parallax');
    const ws = tmp.track(createWorkspace(path));
    mkdirSync(backupFolder(path));
    writeFileSync(join(backupFolder(path), 'my notes.txt'), 'keep me');
    const times = Array.from({ length: 12 }, (_, i) => at(`2026-11-25T10:${10 + i}:00Z`));
    // Made out of order: retention goes by the time in the name.
    for (const time of [...times].reverse()) makeBackup(ws.db, path, time);

    const names = listBackups(path).map((b) => b.name);
    expect(names).toEqual(times.slice(2).reverse().map(backupName));
    expect(readdirSync(backupFolder(path)).sort()).toEqual([...names, 'my notes.txt'].sort());
  });
});

describe('makeBackupInBackground', () => {
  it('copies a step at a time into a healthy rollback-journal file, leaving nothing else', async () => {
    const path = tmp.file('large.parallax');
    const ws = tmp.track(createWorkspace(path));
    fillWithStatements(ws.db, 2000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);

    const backup = await makeBackupInBackground(ws.db, path, at('2026-11-25T21:40:05Z'));
    clearInterval(ticker);

    expect(ticks).toBeGreaterThan(0); // other work ran while it copied
    expect(backup.name).toBe('2026-11-25T21-40-05Z.parallax');
    expect(inspectWorkspaceFile(backup.path)).toBeGreaterThan(0);
    expect(readFileSync(backup.path).readUInt8(18)).toBe(1); // rollback journal, not WAL
    expect(readdirSync(backupFolder(path))).toEqual([backup.name]);
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM statements').pluck().get()).toBe(2000);
    copy.close();
    expect(readdirSync(backupFolder(path))).toEqual([backup.name]);
  });

  it('fails, leaving nothing behind, when the connection closes first', async () => {
    const path = tmp.file('closing.parallax');
    const ws = createWorkspace(path);
    fillWithStatements(ws.db, 2000);
    const pending = makeBackupInBackground(ws.db, path);
    ws.close();
    await expect(pending).rejects.toThrow();
    expect(readdirSync(backupFolder(path))).toEqual([]);
  });
});

describe('backUpIfChanged', () => {
  it('skips data the newest backup already holds, and a newest backup younger than the limit', () => {
    const path = tmp.file('rules.parallax');
    const ws = tmp.track(createWorkspace(path));
    const warnings: string[] = [];
    const rules = (iso: string, notWithinMs = BACKUP_INTERVAL_MS) => ({
      now: at(iso),
      notWithinMs,
      onWarning: (m: string) => warnings.push(m),
    });

    expect(backUpIfChanged(ws.db, path, rules('2026-11-25T10:00:00Z'))?.name).toBe(
      '2026-11-25T10-00-00Z.parallax',
    );
    // Same data an hour later: nothing new to keep.
    expect(backUpIfChanged(ws.db, path, rules('2026-11-25T11:00:00Z'))).toBeNull();
    logChange(ws.db, 'change-1');
    // Changed, but the newest backup is 4 minutes old.
    expect(backUpIfChanged(ws.db, path, rules('2026-11-25T10:04:00Z'))).toBeNull();
    expect(backUpIfChanged(ws.db, path, rules('2026-11-25T10:05:00Z'))?.name).toBe(
      '2026-11-25T10-05-00Z.parallax',
    );
    logChange(ws.db, 'change-2');
    // A limit of 0 (closing the app) backs up whatever the age.
    expect(backUpIfChanged(ws.db, path, rules('2026-11-25T10:05:30Z', 0))?.name).toBe(
      '2026-11-25T10-05-30Z.parallax',
    );
    expect(warnings).toEqual([]);
  });

  it('warns and goes on when the backups folder cannot be made, leaving the workspace alone', () => {
    const path = tmp.file('blocked.parallax');
    const ws = tmp.track(createWorkspace(path));
    insertActor(ws.db, { name: 'Before' });
    // A file where the folder should be: mkdir fails, as on a read-only or full disk.
    writeFileSync(backupFolder(path), 'in the way');
    const warnings: string[] = [];

    const made = backUpIfChanged(ws.db, path, {
      notWithinMs: 0,
      onWarning: (m) => warnings.push(m),
    });

    expect(made).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Could not back up');
    expect(warnings[0]).toContain('The workspace itself is fine');
    insertActor(ws.db, { name: 'After' });
    expect(actorNames(path)).toEqual(['After', 'Before']);
    expect(readdirSync(tmp.path).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});

describe('openWorkspace with backups', () => {
  it('backs up on open once per data, and never backs up a damaged file', () => {
    const path = tmp.file('opened.parallax');
    const created = createWorkspace(path);
    fillWithStatements(created.db, 200);
    created.close();
    const onWarning = (m: string) => expect.fail(m);

    openWorkspace(path, { backup: { onWarning } }).close();
    const first = listBackups(path);
    expect(first).toHaveLength(1);
    openWorkspace(path, { backup: { onWarning } }).close();
    expect(listBackups(path)).toEqual(first);

    garbleMiddlePages(path);
    const damaged = sha256File(path);
    expect(() => openWorkspace(path, { backup: { onWarning } })).toThrow(/damaged/);
    expect(listBackups(path)).toEqual(first);
    expect(sha256File(path)).toBe(damaged);
    expect(existsSync(`${first[0]!.path}-wal`)).toBe(false);
  });
});
