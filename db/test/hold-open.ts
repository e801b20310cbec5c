import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** better-sqlite3 as the child processes load it (they are plain node, not tsx). */
const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** What the other process is doing with its connection while the test looks. */
export type HoldMode = 'idle' | 'reading' | 'writing';

// Opens the file as Parallax does (WAL, a read), then idles, stays mid-read (a statement
// stepped once), or mid-write (BEGIN IMMEDIATE and an uncommitted change) until stdin ends.
const HOLDER = `
const Database = require(process.env.BETTER_SQLITE3);
const [path, mode] = process.argv.slice(1);
const db = new Database(path, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
db.prepare('SELECT count(*) FROM sqlite_master').get();
let rows;
if (mode === 'reading') { rows = db.prepare('SELECT name FROM sqlite_master').iterate(); rows.next(); }
if (mode === 'writing') { db.exec('BEGIN IMMEDIATE'); db.exec('CREATE TABLE held_open (x)'); }
process.stdout.write('ready\\n');
process.stdin.on('end', () => {
  if (rows) rows.return();
  if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
  process.exit(0);
});
process.stdin.resume();
`;

export interface HeldOpen {
  /** Ends the other process's connection (rolling back a write) and waits for it to exit. */
  close(): Promise<void>;
}

/** Another node process holding a better-sqlite3 connection to `path` open. */
export function holdOpenInAnotherProcess(path: string, mode: HoldMode): Promise<HeldOpen> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', HOLDER, path, mode], {
      env: { ...process.env, BETTER_SQLITE3 },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.once('error', reject);
    child.once('exit', (status) => reject(new Error(`holder exited (${status}): ${stderr}`)));
    child.stdout.setEncoding('utf8').once('data', () =>
      resolve({
        close: async () => {
          child.stdin.end();
          await exited;
        },
      }),
    );
  });
}

/** What another process gets reading `path`: 'ok', or the SQLite error code. */
export function readInAnotherProcess(path: string, busyTimeoutMs: number): string {
  const script = `
const Database = require(process.env.BETTER_SQLITE3);
const db = new Database(process.argv[1], { fileMustExist: true, timeout: ${busyTimeoutMs} });
try { db.prepare('SELECT count(*) FROM sqlite_master').get(); process.stdout.write('ok'); }
catch (error) { process.stdout.write(String(error.code)); }
finally { db.close(); }
`;
  const run = spawnSync(process.execPath, ['-e', script, path], {
    env: { ...process.env, BETTER_SQLITE3 },
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (run.status !== 0) throw new Error(`reader failed: ${run.stderr}`);
  return run.stdout;
}

/** Every file under `folder` (recursively) with its SHA-256: equal snapshots, unchanged files. */
export function snapshotFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[prefix + name] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(folder, '');
  return files;
}
