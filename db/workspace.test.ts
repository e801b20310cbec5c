import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkspaceError, type WorkspaceErrorCode } from './errors';
import { APPLICATION_ID } from './file-header';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { foldText } from './search-folding';
import {
  fillWithStatements,
  insertActor,
  insertSource,
  insertStatement,
  openMigratedDb,
  sha256File,
} from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace, openWorkspace, WORKSPACE_EXTENSION } from './workspace';

const tmp = useTempDir();

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** A closed workspace holding a few hundred statements, so it spans many pages. */
function workspaceWithData(name = `data${WORKSPACE_EXTENSION}`): string {
  const path = tmp.file(name);
  const ws = createWorkspace(path);
  fillWithStatements(ws.db, 300);
  ws.close();
  return path;
}

/** Deterministic bytes (xorshift32), so a failure reproduces. */
function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * Opening `path` must fail with `code`, leave the file byte-for-byte as it was, and create no
 * file beside it except SQLite's own -wal/-shm side files.
 */
function expectRefusal(path: string, code: WorkspaceErrorCode): WorkspaceError {
  const before = existsSync(path) && statSync(path).isFile() ? sha256File(path) : null;
  const entriesBefore = new Set(readdirSync(tmp.path));

  const error = caught(() => openWorkspace(path));

  expect(error).toBeInstanceOf(WorkspaceError);
  expect((error as WorkspaceError).code).toBe(code);
  expect((error as WorkspaceError).message.length).toBeGreaterThan(0);
  if (before === null) {
    expect(existsSync(path) && statSync(path).isFile()).toBe(false);
  } else {
    expect(sha256File(path)).toBe(before);
  }
  const added = readdirSync(tmp.path).filter((name) => !entriesBefore.has(name));
  for (const name of added) expect(name).toMatch(/-(wal|shm)$/);
  return error as WorkspaceError;
}

describe('createWorkspace', () => {
  it('creates a configured workspace at the latest schema version', () => {
    const path = tmp.file(`new${WORKSPACE_EXTENSION}`);
    const ws = tmp.track(createWorkspace(path));

    expect(ws.path).toBe(path);
    expect(existsSync(path)).toBe(true);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(APPLICATION_ID).toBe(0x50524c58);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('writes the application id and version into the file header', () => {
    const path = tmp.file(`new${WORKSPACE_EXTENSION}`);
    createWorkspace(path).close();
    const header = readFileSync(path).subarray(0, 100);
    expect(header.toString('latin1', 0, 16)).toBe('SQLite format 3\u0000');
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(header.readUInt32BE(60)).toBe(LATEST_VERSION);
  });

  it('refuses an existing path without changing it', () => {
    const path = tmp.file(`taken${WORKSPACE_EXTENSION}`);
    writeFileSync(path, 'my thesis notes, not a workspace\n');
    const before = sha256File(path);

    const error = caught(() => createWorkspace(path));

    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).code).toBe('already_exists');
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(tmp.path)).toEqual([`taken${WORKSPACE_EXTENSION}`]);
  });

  it('refuses an existing workspace without changing it', () => {
    const path = workspaceWithData();
    const before = sha256File(path);
    const error = caught(() => createWorkspace(path));
    expect((error as WorkspaceError).code).toBe('already_exists');
    expect(sha256File(path)).toBe(before);
  });

  it('reports a folder that does not exist as an io error', () => {
    const error = caught(() => createWorkspace(tmp.file(`missing/dir/new${WORKSPACE_EXTENSION}`)));
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).code).toBe('io');
  });
});

describe('openWorkspace', () => {
  it('reopens a workspace with its data and configuration', () => {
    const path = tmp.file(`round-trip${WORKSPACE_EXTENSION}`);
    const created = createWorkspace(path);
    const speaker = insertActor(created.db, { name: 'Ada Lovelace' });
    const statement = insertStatement(created.db, speaker, { text: 'The engine weaves patterns.' });
    created.close();
    created.close(); // closing twice is harmless

    const ws = tmp.track(openWorkspace(path));
    expect(ws.path).toBe(path);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(
      ws.db.prepare('SELECT speaker_id, text FROM statements WHERE id = ?').get(statement),
    ).toEqual({
      speaker_id: speaker,
      text: 'The engine weaves patterns.',
    });
    ws.close();

    // A current workspace is not backed up, and closing leaves no side files behind.
    expect(readdirSync(tmp.path)).toEqual([`round-trip${WORKSPACE_EXTENSION}`]);
  });

  it('refuses a missing file (not_found) and creates nothing', () => {
    expectRefusal(tmp.file(`nowhere${WORKSPACE_EXTENSION}`), 'not_found');
    expect(readdirSync(tmp.path)).toEqual([]);
  });

  it('refuses an empty file (not_sqlite)', () => {
    const path = tmp.file(`empty${WORKSPACE_EXTENSION}`);
    writeFileSync(path, '');
    expectRefusal(path, 'not_sqlite');
  });

  it('refuses a text file (not_sqlite)', () => {
    const path = tmp.file(`notes${WORKSPACE_EXTENSION}`);
    writeFileSync(path, 'Interview notes\n'.repeat(500));
    expectRefusal(path, 'not_sqlite');
  });

  it('refuses a PNG-like file (not_sqlite)', () => {
    const path = tmp.file(`picture${WORKSPACE_EXTENSION}`);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pseudoRandomBytes(8192),
    ]);
    writeFileSync(path, png);
    expectRefusal(path, 'not_sqlite');
  });

  it('refuses a folder (not_sqlite)', () => {
    const path = tmp.file(`folder${WORKSPACE_EXTENSION}`);
    mkdirSync(path);
    expectRefusal(path, 'not_sqlite');
  });

  it('refuses an SQLite database that is not a workspace (not_a_workspace)', () => {
    const path = tmp.file(`foreign${WORKSPACE_EXTENSION}`);
    const other = new Database(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Grace');");
    other.close();
    expectRefusal(path, 'not_a_workspace');
  });

  it('refuses a file that ends inside its header (damaged)', () => {
    const path = workspaceWithData();
    truncateSync(path, 60);
    expectRefusal(path, 'damaged');
  });

  it('refuses a truncated workspace (damaged)', () => {
    const original = workspaceWithData();
    const path = tmp.file(`truncated${WORKSPACE_EXTENSION}`);
    copyFileSync(original, path);
    const size = readFileSync(path).length;
    expect(size / 4096).toBeGreaterThan(20); // spans many pages
    truncateSync(path, Math.floor(size / 2));
    expectRefusal(path, 'damaged');
  });

  it('refuses a workspace with garbage in its middle pages (damaged)', () => {
    const original = workspaceWithData();
    const path = tmp.file(`garbled${WORKSPACE_EXTENSION}`);
    copyFileSync(original, path);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(20);
    // Pages 3..N-1 (1-based); page 1 (header, schema root) and the last page stay intact.
    const start = 2 * pageSize;
    const end = (pages - 1) * pageSize;
    pseudoRandomBytes(end - start).copy(bytes, start);
    writeFileSync(path, bytes);
    expect(bytes.subarray(0, 100).equals(readFileSync(original).subarray(0, 100))).toBe(true);

    expectRefusal(path, 'damaged');
  });

  it('refuses a workspace saved by a newer version (newer_version)', () => {
    const original = workspaceWithData();
    const path = tmp.file(`future${WORKSPACE_EXTENSION}`);
    copyFileSync(original, path);
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();

    const error = expectRefusal(path, 'newer_version');
    expect(error.message).toContain(String(LATEST_VERSION + 1));
  });

  it('migrates a workspace that never got its schema, without a backup', () => {
    const path = tmp.file(`bare${WORKSPACE_EXTENSION}`);
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('VACUUM'); // make sure the header is written
    db.close();

    const ws = tmp.track(openWorkspace(path));
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    ws.close();
    expect(readdirSync(tmp.path)).toEqual([`bare${WORKSPACE_EXTENSION}`]);
  });

  const olderVersions = MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_VERSION);

  it.each(olderVersions)(
    'upgrades a version %i workspace, keeping its data and a backup copy',
    (version) => {
      const path = tmp.file(`old${WORKSPACE_EXTENSION}`);
      const old = openMigratedDb(path, version);
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      const speaker = insertActor(old, { name: 'Hannah Arendt' });
      const statement = insertStatement(old, speaker, { text: 'Thinking without a banister.' });
      const source = insertSource(old, {
        title: 'Interview',
        body: 'a conversation about totalitarianism',
      });
      old.close();
      const oldBytes = sha256File(path);

      const ws = tmp.track(openWorkspace(path));
      const { db } = ws;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.prepare('SELECT text FROM statements WHERE id = ?').pluck().get(statement)).toBe(
        'Thinking without a banister.',
      );
      expect(db.prepare('SELECT name FROM actors WHERE id = ?').pluck().get(speaker)).toBe(
        'Hannah Arendt',
      );
      // Rows written before the search tables existed are searchable after the upgrade.
      const statementHits = db
        .prepare(
          'SELECT s.id FROM statements_fts f JOIN statements s ON s.seq = f.rowid WHERE statements_fts MATCH ?',
        )
        .pluck()
        .all(foldText('banister'));
      expect(statementHits).toEqual([statement]);
      const speakerHits = db
        .prepare('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?')
        .pluck()
        .all('speaker:arendt');
      expect(speakerHits).toHaveLength(1);
      const sourceHits = db
        .prepare(
          'SELECT s.id FROM sources_fts f JOIN sources s ON s.seq = f.rowid WHERE sources_fts MATCH ?',
        )
        .pluck()
        .all('totalitarianism');
      expect(sourceHits).toEqual([source]);
      db.exec("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)");
      db.exec("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')");
      expect(db.pragma('foreign_key_check')).toEqual([]);
      ws.close();

      const backup = `${path}.before-v${LATEST_VERSION}.bak`;
      expect(existsSync(backup)).toBe(true);
      const copy = new Database(backup, { readonly: true });
      try {
        expect(copy.pragma('user_version', { simple: true })).toBe(version);
        expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
        expect(
          copy.prepare('SELECT text FROM statements WHERE id = ?').pluck().get(statement),
        ).toBe('Thinking without a banister.');
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        copy.close();
      }
      expect(sha256File(path)).not.toBe(oldBytes);
    },
  );

  it('keeps an earlier backup when upgrading a file whose backup name is taken', () => {
    const path = tmp.file(`restored${WORKSPACE_EXTENSION}`);
    const old = openMigratedDb(path, 1);
    insertActor(old, { name: 'Simone Weil' });
    old.close();
    const backup = `${path}.before-v${LATEST_VERSION}.bak`;
    writeFileSync(backup, 'an earlier backup the user still wants');
    const earlier = sha256File(backup);

    const ws = tmp.track(openWorkspace(path));
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    ws.close();

    expect(sha256File(backup)).toBe(earlier);
    const backups = readdirSync(tmp.path).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(2);
    const fresh = backups.find((name) => tmp.file(name) !== backup)!;
    expect(fresh).toMatch(new RegExp(`^restored\\.parallax\\.before-v${LATEST_VERSION}.*\\.bak$`));
    const copy = new Database(tmp.file(fresh), { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      expect(copy.prepare('SELECT name FROM actors').pluck().all()).toEqual(['Simone Weil']);
    } finally {
      copy.close();
    }
  });
});
