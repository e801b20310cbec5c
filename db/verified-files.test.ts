import Database from 'better-sqlite3';
import { appendFileSync, copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempDir } from './test/temp-dir';
import { VerifiedFiles } from './verified-files';
import { createWorkspace, openWorkspace } from './workspace';

const tmp = useTempDir('parallax-verified-');
let verified: VerifiedFiles;
let path: string;

beforeEach(() => {
  verified = new VerifiedFiles(join(tmp.path, 'data'));
  path = join(tmp.path, 'w.parallax');
  const ws = createWorkspace(path);
  ws.db.prepare("INSERT INTO tags (id, name, created_at) VALUES ('t', 'x', 'a')").run();
  ws.close();
});

describe('verified workspaces', () => {
  it('a file closed cleanly by this Parallax is verified; any outside change undoes that', () => {
    expect(verified.isVerified(path)).toBe(false);
    openWorkspace(path, { verified }).close();
    expect(verified.isVerified(path)).toBe(true);

    // touched by something else: same bytes, new modification time
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(verified.isVerified(path)).toBe(false);
    openWorkspace(path, { verified }).close();
    expect(verified.isVerified(path)).toBe(true);

    // grown by something else
    appendFileSync(path, Buffer.alloc(4096));
    expect(verified.isVerified(path)).toBe(false);
  });

  it('a write-ahead log left by a crash means a full check next time', () => {
    openWorkspace(path, { verified }).close();
    const other = tmp.track(new Database(path));
    other.pragma('journal_mode = WAL');
    other.prepare("INSERT INTO tags (id, name, created_at) VALUES ('u', 'y', 'a')").run();
    // not closed: its WAL stays beside the file, as after a crash
    expect(verified.isVerified(path)).toBe(false);
  });

  it('a damaged file that was verified before is still caught when its bytes change', () => {
    openWorkspace(path, { verified }).close();
    const bytes = readFileSync(path);
    // scribble over the second page (a table's b-tree) and keep the size
    bytes.fill(0xff, 4096, 8192);
    writeFileSync(path, bytes);
    expect(verified.isVerified(path)).toBe(false);
    expect(() => openWorkspace(path, { verified })).toThrow(/damaged/);
  });

  it('a copy of a verified file elsewhere is not verified', () => {
    openWorkspace(path, { verified }).close();
    const copy = join(tmp.path, 'copy.parallax');
    copyFileSync(path, copy);
    expect(verified.isVerified(copy)).toBe(false);
  });
});
