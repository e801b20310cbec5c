import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkspaceError } from './errors';
import { fillWithStatements } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace, openWorkspace, WORKSPACE_EXTENSION } from './workspace';

const tmp = useTempDir();

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** The newest copy of page 1 in a write-ahead log (format: sqlite.org/fileformat.html#walformat). */
function lastPageOneInLog(wal: Buffer): Buffer {
  const pageSize = wal.readUInt32BE(8);
  let found: Buffer | undefined;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length;) {
    if (wal.readUInt32BE(at) === 1)
      found = wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize);
    at += FRAME_HEADER + pageSize;
  }
  if (!found) throw new Error('the log holds no copy of page 1');
  return found;
}

/**
 * A workspace as a crash in the middle of a checkpoint leaves it: the log holds many new pages,
 * and the checkpoint had copied only page 1 (whose header now counts them all) into the file.
 */
function workspaceKilledMidCheckpoint(): { path: string; statements: number } {
  const live = tmp.file(`live${WORKSPACE_EXTENSION}`);
  createWorkspace(live).close();
  const db = tmp.track(new Database(live));
  db.pragma('wal_autocheckpoint = 0');
  fillWithStatements(db, 400);
  const statements = (db.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n;

  const path = tmp.file(`crashed${WORKSPACE_EXTENSION}`);
  copyFileSync(live, path);
  copyFileSync(`${live}-wal`, `${path}-wal`);
  const file = readFileSync(path);
  lastPageOneInLog(readFileSync(`${path}-wal`)).copy(file, 0);
  writeFileSync(path, file);
  return { path, statements };
}

describe('a crash in the middle of a checkpoint', () => {
  it('leaves a header that promises more pages than the file holds', () => {
    const { path } = workspaceKilledMidCheckpoint();
    const header = readFileSync(path).subarray(0, 100);
    const promised = header.readUInt32BE(28) * header.readUInt16BE(16);
    expect(statSync(path).size).toBeLessThan(promised);
  });

  it('opens with every committed statement, because SQLite replays the log', () => {
    const { path, statements } = workspaceKilledMidCheckpoint();
    const ws = tmp.track(openWorkspace(path));
    const n = (ws.db.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n;
    expect(n).toBe(statements);
    expect(ws.db.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('is refused as damaged when the log is gone', () => {
    const { path } = workspaceKilledMidCheckpoint();
    writeFileSync(`${path}-wal`, '');
    let error: unknown;
    try {
      openWorkspace(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).code).toBe('damaged');
  });
});
