import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, makeBackup } from '../db/backups';
import { garbleMiddlePages } from '../db/test/damage';
import { holdOpenInAnotherProcess, snapshotFolder } from '../db/test/hold-open';
import { createWorkspace } from '../db/workspace';
import { main } from './main';
import {
  expectFailure,
  expectUsageError,
  parallax as spawnParallax,
  sha256File,
  useTempDir,
  type Run,
} from './test/harness';

const temp = useTempDir();

// In-process (the spawned bin costs seconds per run on a busy machine); PARALLAX_HOME keeps
// the data folder in a temp folder as the spawned harness does.
let home: string;
const savedHome = process.env.PARALLAX_HOME;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'parallax-restore-home-'));
  process.env.PARALLAX_HOME = home;
});
afterAll(() => {
  if (savedHome === undefined) delete process.env.PARALLAX_HOME;
  else process.env.PARALLAX_HOME = savedHome;
  rmSync(home, { recursive: true, force: true });
});

async function parallax(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    tty: false,
  });
  return { status, stdout, stderr };
}

describe('parallax restore', () => {
  it('lists the backups, restores the newest good one over a damaged file, and keeps that file aside', async () => {
    const ws = temp.file('kirkuk.parallax');
    expect((await parallax('sample', ws)).status).toBe(0);
    expect(await parallax('restore', ws, '--list')).toEqual({
      status: 0,
      stdout: `No backups of ${ws} yet (they would be in ${ws}.backups).\n`,
      stderr: '',
    });
    // A command that opens the file backs it up (the first time: no backup is 5 minutes old).
    expect((await parallax('statements', ws)).status).toBe(0);
    const [backup] = listBackups(ws);
    expect(backup).toBeDefined();
    expect((await parallax('statements', ws)).status).toBe(0);
    expect(listBackups(ws)).toEqual([backup]); // the same data is not backed up twice

    const list = await parallax('restore', ws, '--list');
    expect(list.status).toBe(0);
    expect(list.stderr).toBe('');
    const day = backup!.at.slice(0, 10);
    expect(list.stdout).toMatch(
      new RegExp(
        `^TIME +SIZE +BACKUP\n${day} \\d\\d:\\d\\d:\\d\\d UTC +\\d+\\.\\d KB +${backup!.name.replace(/\./g, '\\.')}\n$`,
      ),
    );

    garbleMiddlePages(ws);
    const damaged = sha256File(ws);
    expectFailure(await parallax('statements', ws), /damaged/);
    expect(sha256File(ws)).toBe(damaged);
    expect(existsSync(`${ws}-wal`) || existsSync(`${ws}-shm`)).toBe(false);

    const run = await parallax('restore', ws);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const aside = /kept as (.+\.parallax)\.\n$/.exec(run.stdout)?.[1];
    expect(run.stdout).toContain(`Restored ${ws} from ${backup!.path}`);
    expect(aside).toMatch(/kirkuk\.parallax\.before-restore-.+Z\.parallax$/);
    expect(sha256File(aside!)).toBe(damaged);
    expect(await parallax('check', ws)).toEqual({ status: 0, stdout: 'ok\n', stderr: '' });
    expect((await parallax('statements', ws)).stdout).toMatch(/Dillon/);
  });

  it('restores the backup --from names, and fails with 1 when there is none', async () => {
    const ws = temp.file('w.parallax');
    const open = createWorkspace(ws);
    makeBackup(open.db, ws, new Date('2026-11-25T10:00:00Z'));
    open.close();
    const before = sha256File(ws);

    expectFailure(await parallax('restore', ws, '--from', '2026-01-01T00-00-00Z'), /no backup/);
    expect(sha256File(ws)).toBe(before);
    const run = await parallax('restore', ws, '--from', '2026-11-25T10-00-00Z');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\(2026-11-25 10:00:00 UTC\)/);

    const bare = temp.file('bare.parallax');
    createWorkspace(bare).close();
    expectFailure(await parallax('restore', bare), /has no backups/);
    expect(readdirSync(dirname(bare)).filter((n) => n.startsWith('bare'))).toEqual([
      'bare.parallax',
    ]);
  });

  it('refuses with 1, changing nothing, while another process has the file open, and restores once it is closed', async () => {
    const ws = temp.file('open.parallax');
    const open = createWorkspace(ws);
    makeBackup(open.db, ws, new Date('2026-11-25T10:00:00Z'));
    open.close();
    const other = await holdOpenInAnotherProcess(ws, 'idle');
    try {
      const before = snapshotFolder(dirname(ws));
      expect(Object.keys(before)).toEqual(
        expect.arrayContaining(['open.parallax', 'open.parallax-wal', 'open.parallax-shm']),
      );
      // The real bin, in a process of its own: its exit status, its one line on stderr.
      const run = await spawnParallax('restore', ws);
      expectFailure(run, /is open in another Parallax window or process/);
      expect(run.stderr).toBe(
        `parallax: ${ws} is open in another Parallax window or process (the app, a 'parallax serve' host or another command). Close it there first, then restore again. Nothing was changed.\n`,
      );
      expect(snapshotFolder(dirname(ws))).toEqual(before);
    } finally {
      await other.close();
    }
    const run = await parallax('restore', ws);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Restored .+\(2026-11-25 10:00:00 UTC\)\.\nThe file as it was is kept as /,
    );
  });

  it('exits 2 when mistyped', async () => {
    const ws = temp.file('x.parallax');
    expectUsageError(await parallax('restore'), 'restore', /missing FILE/);
    expectUsageError(
      await parallax('restore', ws, '--list', '--from', 'a'),
      'restore',
      /--list and --from/,
    );
    expectUsageError(await parallax('restore', ws, '--to', 'a'), 'restore', /unknown option/);
  });
});
