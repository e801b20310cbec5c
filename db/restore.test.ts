import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups, makeBackup } from './backups';
import { WorkspaceError } from './errors';
import { holdExclusively, WorkspaceInUseError } from './exclusive-lock';
import { newestGoodBackup, restoreWorkspace } from './restore';
import { garbleMiddlePages } from './test/damage';
import { fillWithStatements, insertActor, sha256File } from './test/fixtures';
import {
  holdOpenInAnotherProcess,
  readInAnotherProcess,
  snapshotFolder,
  type HoldMode,
} from './test/hold-open';
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
    // The in-use check did not replay the -wal into the file (it locks through its own name).
    expect(readFileSync(keptAside!).equals(main)).toBe(true);
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

describe('restoreWorkspace with the workspace open elsewhere', () => {
  const restoreNow = (path: string) =>
    restoreWorkspace(path, '2026-11-25T10-00-00Z', new Date('2026-11-26T08:00:00Z'));

  function refusal(path: string): WorkspaceInUseError {
    const error = caught(() => restoreNow(path));
    expect(error).toBeInstanceOf(WorkspaceInUseError);
    expect(error.message).toBe(
      `${path} is open in another Parallax window or process (the app, a 'parallax serve' host or another command). Close it there first, then restore again. Nothing was changed.`,
    );
    return error as WorkspaceInUseError;
  }

  it.each<HoldMode>(['idle', 'reading', 'writing'])(
    'refuses while another process holds it open (%s), changing no file, and restores once it closes',
    async (mode) => {
      const path = workspaceWithBackups();
      const other = await holdOpenInAnotherProcess(path, mode);
      let closed = false;
      try {
        expect(existsSync(`${path}-wal`) && existsSync(`${path}-shm`)).toBe(true);
        const before = snapshotFolder(tmp.path);
        refusal(path);
        // The workspace, its -wal and -shm, its backups: byte for byte, and nothing added.
        expect(snapshotFolder(tmp.path)).toEqual(before);
        await other.close();
        closed = true;
      } finally {
        if (!closed) await other.close();
      }
      const { keptAside } = restoreNow(path);
      expect(actorNames(path)).toEqual(['Bulk Speaker', 'Early']);
      expect(actorNames(keptAside!)).toEqual(['Bulk Speaker', 'Early', 'Late']);
      expect(readdirSync(tmp.path).filter((n) => n.includes('restore-lock'))).toEqual([]);
    },
  );

  it('refuses while another connection in this process holds it open', () => {
    const path = workspaceWithBackups();
    const open = tmp.track(openWorkspace(path));
    const before = snapshotFolder(tmp.path);
    refusal(path);
    expect(snapshotFolder(tmp.path)).toEqual(before);
    open.close();
    expect(restoreNow(path).keptAside).not.toBeNull();
  });

  it('still restores a file whose first page is not a database any more', () => {
    const path = workspaceWithBackups();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 0, 100); // the header: SQLite no longer knows the file
    writeFileSync(path, bytes);
    const { keptAside } = restoreNow(path);
    expect(readFileSync(keptAside!).equals(bytes)).toBe(true);
    expect(actorNames(path)).toEqual(['Bulk Speaker', 'Early']);
  });
});

describe('holdExclusively', () => {
  it('keeps other processes from reading the file while held, through renames, and leaves nothing behind', () => {
    const path = workspaceWithBackups();
    const before = snapshotFolder(tmp.path);
    const hold = holdExclusively(path);
    expect(hold.held).toBe(true);
    expect(readInAnotherProcess(path, 100)).toMatch(/^SQLITE_BUSY/);
    const moved = `${path}.moved`;
    renameSync(path, moved); // the lock is on the file, not on its name
    expect(readInAnotherProcess(moved, 100)).toMatch(/^SQLITE_BUSY/);
    renameSync(moved, path);
    hold.release();
    expect(readInAnotherProcess(path, 100)).toBe('ok');
    expect(snapshotFolder(tmp.path)).toEqual(before);
  });
});
