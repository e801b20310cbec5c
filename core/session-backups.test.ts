import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../db/backups';
import { garbleMiddlePages } from '../db/test/damage';
import { holdOpenInAnotherProcess } from '../db/test/hold-open';
import type { AppState, BackupListing, RestoredBackup } from './app-api';
import { AppSession } from './session';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function actorNames(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT name FROM actors ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const newestNames = (path: string) => actorNames(listBackups(path)[0]!.path);

describe('AppSession backups', () => {
  let dir: string;
  let session: AppSession;
  let warnings: string[];
  const INTERVAL_MS = 1500;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-session-backups-'));
    warnings = [];
    session = new AppSession({
      host: 'browser',
      dataDir: join(dir, 'data'),
      defaultFolder: dir,
      backupIntervalMs: INTERVAL_MS,
      onWarning: (m) => warnings.push(m),
    });
  });
  afterEach(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = <T>(method: string, input: unknown = {}) => session.call(method, input) as T;
  const addActor = (name: string) => call('createActor', { name });

  it('backs up right after the first change, then at most once per interval, and on close', async () => {
    const path = join(dir, 'Research.parallax');
    call('newWorkspace', { path });
    expect(listBackups(path)).toEqual([]); // a new, empty workspace has nothing to keep yet

    addActor('First');
    expect(listBackups(path)).toEqual([]); // the command answers before the backup is made
    await sleep(100);
    expect(newestNames(path)).toEqual(['First']);

    addActor('Second');
    await sleep(100);
    expect(newestNames(path)).toEqual(['First']); // within the interval: waits
    await sleep(INTERVAL_MS + 200);
    expect(newestNames(path)).toEqual(['First', 'Second']);

    addActor('Third');
    call('closeWorkspace');
    expect(newestNames(path)).toEqual(['First', 'Second', 'Third']);
    expect(warnings).toEqual([]);
  });

  it('backs up an opened workspace in the background, once per data', async () => {
    const path = join(dir, 'Opened.parallax');
    call('newWorkspace', { path });
    addActor('Before');
    call('closeWorkspace');
    rmSync(backupFolder(path), { recursive: true });

    call('openWorkspace', { path });
    expect(listBackups(path)).toEqual([]); // opening does not wait for it
    await sleep(200);
    expect(newestNames(path)).toEqual(['Before']);
    const made = listBackups(path);
    call('closeWorkspace');
    call('openWorkspace', { path });
    await sleep(200);
    expect(listBackups(path)).toEqual(made); // nothing new to keep
  });

  it('opens a damaged file without writing to it, then restores its last good backup', () => {
    const path = join(dir, 'Kirkuk.parallax');
    call('newWorkspace', { path });
    for (let i = 0; i < 150; i++)
      addActor(`Official ${String(i).padStart(3, '0')} ${'x'.repeat(200)}`);
    call('closeWorkspace'); // backs up the changes
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    garbleMiddlePages(path);
    const damaged = sha256(path);
    const beside = readdirSync(dir).sort();

    expect(() => call('openWorkspace', { path })).toThrow(
      expect.objectContaining({ code: 'damaged' }),
    );
    const listing = call<BackupListing>('listBackups', { path });

    expect(sha256(path)).toBe(damaged);
    expect(readdirSync(dir).sort()).toEqual(beside); // no -wal, no -shm, nothing new
    expect(listing).toEqual({
      workspacePath: path,
      backups,
      newestGood: backups[0]!.name,
      warning: null,
    });
    // Without a path (Electron's native dialog chose the file): the one that just failed.
    expect(call<BackupListing>('listBackups')).toEqual(listing);

    const result = call<RestoredBackup>('restoreBackup', { path });

    expect(result.state.workspace?.path).toBe(path);
    expect(result.restored.name).toBe(backups[0]!.name);
    expect(sha256(result.keptAside!)).toBe(damaged);
    expect(call<{ counts: { actors: number } }>('workspaceInfo').counts.actors).toBe(150);
  });

  it('restores an earlier backup of the open workspace, keeping the current data aside', async () => {
    const path = join(dir, 'Open.parallax');
    call('newWorkspace', { path });
    addActor('Kept');
    await sleep(100);
    const early = listBackups(path)[0]!;
    await sleep(1000); // the next backup gets a later name (names go by the second)
    addActor('Regretted');
    call('closeWorkspace');
    call('openWorkspace', { path });
    expect(listBackups(path)).toHaveLength(2);

    const result = call<RestoredBackup>('restoreBackup', { path, from: early.name });

    expect(result.restored.name).toBe(early.name);
    expect(call<AppState>('appState').workspace?.path).toBe(path);
    call('closeWorkspace');
    expect(actorNames(path)).toEqual(['Kept']);
    expect(actorNames(result.keptAside!)).toEqual(['Kept', 'Regretted']);
  });

  it('refuses to restore a workspace another process has open, and keeps it open here', async () => {
    const path = join(dir, 'Shared.parallax');
    call('newWorkspace', { path });
    addActor('Before');
    call('closeWorkspace'); // backed up on close
    call('openWorkspace', { path });
    const other = await holdOpenInAnotherProcess(path, 'idle');
    try {
      expect(() => call('restoreBackup', { path })).toThrow(
        expect.objectContaining({ code: 'in_use' }),
      );
      expect(call<AppState>('appState').workspace?.path).toBe(path);
      addActor('After'); // still open and writable here
    } finally {
      await other.close();
    }
    call('closeWorkspace');
    expect(actorNames(path)).toEqual(['After', 'Before']);
  });

  it('reports a backup that cannot be made, and the change still stands', async () => {
    const path = join(dir, 'Blocked.parallax');
    call('newWorkspace', { path });
    writeFileSync(backupFolder(path), 'in the way');
    addActor('Still saved');
    await sleep(100);
    expect(warnings).toHaveLength(1);
    expect(call<BackupListing>('listBackups', { path }).warning).toBe(warnings[0]);
    expect(call<{ counts: { actors: number } }>('workspaceInfo').counts.actors).toBe(1);
    call('closeWorkspace');
    expect(actorNames(path)).toEqual(['Still saved']);
    expect(existsSync(`${path}.restoring`)).toBe(false);
  });

  it('refuses to restore when there is no backup, or a name that is not a backup', () => {
    const path = join(dir, 'Bare.parallax');
    expect(() => call('listBackups')).toThrow(expect.objectContaining({ code: 'not_found' }));
    call('newWorkspace', { path });
    expect(() => call('restoreBackup', { path })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(() => call('restoreBackup', { path, from: '../../etc/passwd' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(call<AppState>('appState').workspace?.path).toBe(path);
  });
});
