import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups, makeBackup } from './backups';
import { WorkspaceError } from './errors';
import { newestGoodBackup, restoreWorkspace } from './restore';
import { garbleMiddlePages } from './test/damage';
import { fillWithStatements, insertActor, sha256File } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace, inspectWorkspaceFile, openWorkspace } from './workspace';

const tmp = useTempDir();

function actorNames(path: string): string[] {
  const ws = openWorkspace(path);
  try {
    return ws.db.prepare('SELECT name FROM actors ORDER BY name').pluck().all() as string[];
  } finally {
    ws.close();
  }
}

/** A workspace with two backups: 'Early' only (10:00), then 'Early' and 'Late' (11:00). */
function workspaceWithBackups(name = 'w.parallax'): string {
  const path = tmp.file(name);
  const ws = createWorkspace(path);
  fillWithStatements(ws.db, 200); // many pages, so damage can hit the middle ones
  insertActor(ws.db, { name: 'Early' });
  makeBackup(ws.db, path, new Date('2026-11-25T10:00:00Z'));
  insertActor(ws.db, { name: 'Late' });
  makeBackup(ws.db, path, new Date('2026-11-25T11:00:00Z'));
  ws.close();
  return path;
}

function caught(fn: () => unknown): WorkspaceError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceError);
    return error as WorkspaceError;
  }
  throw new Error('expected the call to throw');
}

describe('restoreWorkspace', () => {
  it('puts back the newest good backup, skipping a damaged one, and keeps the damaged file aside untouched', () => {
    const path = workspaceWithBackups();
    garbleMiddlePages(listBackups(path)[0]!.path); // the 11:00 backup is damaged too
    garbleMiddlePages(path);
    const damaged = readFileSync(path);
    expect(() => inspectWorkspaceFile(path)).toThrow(/damaged/);
    expect(newestGoodBackup(path)?.name).toBe('2026-11-25T10-00-00Z.parallax');

    const { restored, keptAside } = restoreWorkspace(
      path,
      undefined,
      new Date('2026-11-26T08:00:00Z'),
    );

    expect(restored.name).toBe('2026-11-25T10-00-00Z.parallax');
    expect(keptAside).toBe(`${path}.before-restore-2026-11-26T08-00-00Z.parallax`);
    expect(readFileSync(keptAside!).equals(damaged)).toBe(true);
    expect(actorNames(path)).toEqual(['Bulk Speaker', 'Early']);
    // The backups themselves are left as they were.
    expect(listBackups(path).map((b) => b.name)).toEqual([
      '2026-11-25T11-00-00Z.parallax',
      '2026-11-25T10-00-00Z.parallax',
    ]);
  });

  it('restores the backup --from names, moving the old file with its write-ahead log aside', () => {
    const path = workspaceWithBackups();
    // Leave changes in the -wal, as a crash would: the file alone lacks 'Unsaved'.
    const writer = new Database(path);
    writer.pragma('wal_autocheckpoint = 0');
    insertActor(writer, { name: 'Unsaved' });
    const wal = readFileSync(`${path}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    const main = readFileSync(path);
    const restoreNow = () =>
      restoreWorkspace(path, '2026-11-25T11-00-00Z', new Date('2026-11-26T08:00:00Z'));
    // Copy the side files as they are, then let go of the file without checkpointing.
    const walCopy = Buffer.from(wal);
    writer.close();
    writeFileSync(path, main);
    writeFileSync(`${path}-wal`, walCopy);

    const { restored, keptAside } = restoreNow();

    expect(restored.name).toBe('2026-11-25T11-00-00Z.parallax');
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    expect(readFileSync(`${keptAside}-wal`).equals(walCopy)).toBe(true);
    expect(actorNames(path)).toEqual(['Bulk Speaker', 'Early', 'Late']);
    // SQLite finds the log by the new name: the aside file still has the unsaved change.
    expect(actorNames(keptAside!)).toEqual(['Bulk Speaker', 'Early', 'Late', 'Unsaved']);
  });

  it('keeps every earlier file set aside, never overwriting one', () => {
    const path = workspaceWithBackups();
    const now = new Date('2026-11-26T08:00:00Z');
    const first = restoreWorkspace(path, undefined, now).keptAside;
    const second = restoreWorkspace(path, undefined, now).keptAside;
    expect(first).toBe(`${path}.before-restore-2026-11-26T08-00-00Z.parallax`);
    expect(second).toBe(`${path}.before-restore-2026-11-26T08-00-00Z-2.parallax`);
    expect(inspectWorkspaceFile(first!)).toBeGreaterThan(0);
  });

  it('refuses, changing nothing, when there is no backup or the one named is damaged or missing', () => {
    const path = tmp.file('alone.parallax');
    createWorkspace(path).close();
    const before = sha256File(path);
    expect(caught(() => restoreWorkspace(path)).code).toBe('not_found');
    expect(caught(() => restoreWorkspace(path, 'nonsense')).code).toBe('not_found');

    const other = workspaceWithBackups('other.parallax');
    for (const backup of listBackups(other)) garbleMiddlePages(backup.path);
    const otherBefore = sha256File(other);
    expect(caught(() => restoreWorkspace(other)).message).toMatch(/None of the backups/);
    expect(caught(() => restoreWorkspace(other, '2026-11-25T10-00-00Z.parallax')).code).toBe(
      'damaged',
    );

    expect(sha256File(path)).toBe(before);
    expect(sha256File(other)).toBe(otherBefore);
    expect(readdirSync(tmp.path).sort()).toEqual(
      ['alone.parallax', 'other.parallax', 'other.parallax.backups'].sort(),
    );
    expect(existsSync(backupFolder(path))).toBe(false);
  });
});
