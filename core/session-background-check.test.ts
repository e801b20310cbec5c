import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../db/backups';
import { garbleLaterPages } from '../db/test/damage';
import { fillWithStatements, sha256File as sha256 } from '../db/test/fixtures';
import { createWorkspace } from '../db/workspace';
import type { AppState, BackupListing, RestoredBackup } from './app-api';
import { ParallaxError } from './errors';
import { AppSession } from './session';

/**
 * A large unfamiliar workspace opens before its full integrity check ends (the check runs on a
 * worker thread): reads answer at once, changes wait for the check, and a file the check finds
 * damaged is closed without a single write. Every file counts as large here.
 */
describe('AppSession, a workspace checked in the background', () => {
  let dir: string;
  let path: string;
  let session: AppSession;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-session-check-'));
    path = join(dir, 'large.parallax');
    const ws = createWorkspace(path);
    fillWithStatements(ws.db, 300);
    ws.close();
    session = new AppSession({
      host: 'browser',
      dataDir: join(dir, 'data'),
      defaultFolder: dir,
      backgroundCheckFromBytes: 0,
      onWarning: () => {},
    });
  });
  afterEach(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: string, input: unknown = {}) => session.call(method, input);
  const rejection = async (answer: unknown): Promise<ParallaxError> => {
    try {
      await answer;
    } catch (error) {
      return error as ParallaxError;
    }
    throw new Error('expected the call to fail');
  };

  it('answers reads at once; a change waits for the check, then is saved', async () => {
    const state = call('openWorkspace', { path }) as AppState;
    expect(state.workspace?.path).toBe(path);
    const page = call('listStatements', { limit: 5 }) as { items: unknown[] };
    expect(page.items).toHaveLength(5); // an answer, not a promise

    const pending = call('createActor', { name: 'Qais al-Khazali' });
    expect(pending).toBeInstanceOf(Promise);
    const actor = (await pending) as { id: string; name: string };
    expect(actor.name).toBe('Qais al-Khazali');

    // Checked now: changes answer at once again, and the file is backed up as opened.
    expect(call('createActor', { name: 'Hadi al-Amiri' })).not.toBeInstanceOf(Promise);
    session.close();
    expect(existsSync(backupFolder(path))).toBe(true);
  });

  it('closes a file its check finds damaged, with no write, and offers its backups', async () => {
    garbleLaterPages(path);
    const before = sha256(path);

    call('openWorkspace', { path });
    const refused = await rejection(call('createActor', { name: 'Never saved' }));
    expect(refused).toBeInstanceOf(ParallaxError);
    expect(refused.code).toBe('damaged');
    expect(refused.message).toContain('without writing to it');

    // Later calls say why the workspace is gone, and the start screen can offer a backup.
    expect((call('appState') as AppState).workspace).toBeNull();
    expect(() => call('listStatements', {})).toThrow(/damaged/);
    expect((call('listBackups') as BackupListing).workspacePath).toBe(path);

    session.close();
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(backupFolder(path))).toBe(false); // a damaged file is never backed up

    // Opening it again is refused outright: it is no longer unfamiliar, it is known damaged.
    expect(() => call('openWorkspace', { path })).toThrow(/damaged/);
    expect(sha256(path)).toBe(before);
  });

  it('a restore asked for while the check reads the file waits for it, then restores', async () => {
    call('openWorkspace', { path });
    await call('createActor', { name: 'Backed up' }); // after the check: backed up as opened
    session.close();
    utimesSync(path, new Date(), new Date(Date.now() + 5000)); // unfamiliar again

    call('openWorkspace', { path });
    const answer = call('restoreBackup', { path });
    expect(answer).toBeInstanceOf(Promise);
    const restored = (await answer) as RestoredBackup;
    expect(restored.state.workspace?.path).toBe(path);
    expect(restored.keptAside).toBeTruthy();
  });

  it('a change waiting for the check is dropped if its workspace is closed meanwhile', async () => {
    call('openWorkspace', { path });
    const waiting = call('createActor', { name: 'Meant for the large one' });
    expect(waiting).toBeInstanceOf(Promise);
    const other = join(dir, 'other.parallax');
    createWorkspace(other).close();
    call('openWorkspace', { path: other });

    const refused = await rejection(waiting);
    expect(refused.code).toBe('no_workspace');
    const names = (call('listActors', {}) as { items: Array<{ name: string }> }).items;
    expect(names).toEqual([]); // not in the workspace opened after
  });

  it('a workspace opened after a damaged one answers normally', async () => {
    garbleLaterPages(path);
    call('openWorkspace', { path });
    await rejection(call('createActor', { name: 'Never saved' }));

    const good = join(dir, 'good.parallax');
    createWorkspace(good).close();
    call('openWorkspace', { path: good });
    const actor = (await call('createActor', { name: 'Masrour Barzani' })) as { name: string };
    expect(actor.name).toBe('Masrour Barzani');
  });
});
