import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceError } from './errors';
import { LATEST_VERSION } from './migrations';
import { openWorkspaceCheckingLater } from './open-checking-later';
import { garbleLaterPages, garbleMiddlePages } from './test/damage';
import { fillWithStatements, sha256File } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { VerifiedFiles } from './verified-files';
import { createWorkspace } from './workspace';

const tmp = useTempDir('parallax-checking-later-');
let verified: VerifiedFiles;
let path: string;

/** Every file counts as large, so each unfamiliar one is checked in the background. */
const ALWAYS = { backgroundCheckFromBytes: 0 };

beforeEach(() => {
  verified = new VerifiedFiles(join(tmp.path, 'data'));
  path = tmp.file('w.parallax');
  const ws = createWorkspace(path);
  fillWithStatements(ws.db, 300);
  ws.close();
});

function count(db: { prepare(sql: string): { get(): unknown } }): number {
  return (db.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n;
}

describe('openWorkspaceCheckingLater', () => {
  it('opens a large healthy file at once; its check passes and the clean close is remembered', async () => {
    const { workspace, check } = openWorkspaceCheckingLater(path, { verified, ...ALWAYS });
    expect(count(workspace.db)).toBe(300);
    expect(check).not.toBeNull();
    expect(await check).toBeNull();
    workspace.close();
    expect(verified.isVerified(path)).toBe(true);

    const again = openWorkspaceCheckingLater(path, { verified, ...ALWAYS });
    expect(again.check).toBeNull(); // known good now: nothing left to check
    again.workspace.close();
  });

  it('opens a large damaged file, and its check reports the damage; closing writes nothing', async () => {
    garbleLaterPages(path);
    const before = sha256File(path);
    const { workspace, check } = openWorkspaceCheckingLater(path, { verified, ...ALWAYS });
    const damage = await check;
    expect(damage).toBeInstanceOf(WorkspaceError);
    expect(damage?.code).toBe('damaged');
    expect(damage?.message).toContain(path);
    workspace.close();
    expect(sha256File(path)).toBe(before);
    expect(verified.isVerified(path)).toBe(false); // never checked good: checked again next time
  });

  it('is not remembered as verified when closed before its check finished', () => {
    const { workspace } = openWorkspaceCheckingLater(path, { verified, ...ALWAYS });
    workspace.close();
    expect(verified.isVerified(path)).toBe(false);
  });

  it('checks a small file before opening it, as openWorkspace does', () => {
    garbleMiddlePages(path);
    const before = sha256File(path);
    let error: unknown;
    try {
      openWorkspaceCheckingLater(path, { verified });
    } catch (caught) {
      error = caught;
    }
    expect((error as WorkspaceError).code).toBe('damaged');
    expect(sha256File(path)).toBe(before);
  });

  it('checks a file that needs migrating before migrating it (migrating writes)', () => {
    const old = tmp.file('v1.parallax');
    copyFileSync(join(import.meta.dirname, 'fixtures', 'v1.parallax'), old);
    const { workspace, check } = openWorkspaceCheckingLater(old, { verified, ...ALWAYS });
    expect(check).toBeNull();
    expect(workspace.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    workspace.close();
  });
});
