import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../core/service';
import { ParallaxError } from '../../core/errors';
import { openWorkspace } from '../../db/workspace';
import { parallax, ROOT, useTempDir, type Run } from '../test/harness';

const WRITER = join(ROOT, 'cli', 'durability', 'writer.ts');
const WRITERS = 3;
const WRITES_EACH = 300;

interface Writer {
  /** Resolves once the writer has opened the workspace and waits for the go. */
  ready: Promise<void>;
  done: Promise<{ status: number | null; lines: string[]; stderr: string }>;
}

/** Starts cli/durability/writer.ts in its own process (through tsx, like the CLI). */
function startWriter(workspace: string, name: string): Writer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WRITER, workspace, name, `${WRITES_EACH}`],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.startsWith('ready\n')) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<{ status: number | null; lines: string[]; stderr: string }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => {
        markReady(); // a writer that died before 'ready' must not hang the test
        resolve({ status, lines: stdout.split('\n').filter((l) => l !== ''), stderr });
      });
    },
  );
  return { ready, done };
}

const count = (db: Database.Database, sql: string): number =>
  (db.prepare(sql).get() as { n: number }).n;

describe('two or more writers on one workspace', () => {
  const temp = useTempDir();

  it(`${WRITERS} processes and 2 CLI runs writing at once lose nothing and damage nothing`, async () => {
    const workspace = temp.file('shared.parallax');
    expect((await parallax('init', workspace)).status).toBe(0);

    const writers = Array.from({ length: WRITERS }, (_, i) => startWriter(workspace, `w${i}`));
    // The CLI runs take ~2 s to load, so started now they write while the writers do.
    const cli: Promise<Run>[] = [1, 2].map((i) =>
      parallax(
        'add-statement',
        workspace,
        '--speaker',
        `CLI ${i}`,
        '--text',
        `CLI ${i} said so`,
        '--json',
      ),
    );
    await Promise.all(writers.map((w) => w.ready));
    writeFileSync(`${workspace}.go`, '');
    const results = await Promise.all(writers.map((w) => w.done));
    const cliRuns = await Promise.all(cli);

    const reported = { actor: [] as string[], source: [] as string[], statement: [] as string[] };
    const errors: string[] = [];
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const line of result.lines.slice(1)) {
        const [word, kind, id] = line.split(' ') as [string, keyof typeof reported, string];
        if (word === 'done') reported[kind].push(id);
        else errors.push(line);
      }
    }
    for (const run of cliRuns) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      reported.statement.push((JSON.parse(run.stdout) as { id: string }).id);
    }
    // The busy timeout lets every writer wait its turn: none had to give up.
    expect(errors).toEqual([]);
    expect(reported.source.length + reported.statement.length).toBe(WRITERS * WRITES_EACH + 2);

    // Each CLI add-statement made its speaker first: one more logged command each.
    const commands =
      reported.source.length + reported.statement.length + reported.actor.length + cliRuns.length;
    const contents = () => {
      const db = new Database(workspace, { readonly: true });
      try {
        const ids = (table: string) =>
          new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]);
        return {
          integrity: db.pragma('integrity_check', { simple: true }),
          sources: ids('sources'),
          statements: ids('statements'),
          actors: ids('actors'),
          changes: count(db, "SELECT count(*) AS n FROM changes WHERE action = 'do'"),
          undoSteps: count(db, 'SELECT count(*) AS n FROM undo_history WHERE undone = 0'),
          authors: db.prepare('SELECT author FROM changes ORDER BY seq').pluck().all() as string[],
        };
      } finally {
        db.close();
      }
    };
    const after = contents();
    expect(after.integrity).toBe('ok');
    // The writers really did take turns, rather than one finishing before the next began.
    const turns = after.authors.filter((a, i) => i > 0 && a !== after.authors[i - 1]).length;
    expect(turns).toBeGreaterThan(WRITERS * 3);
    // No lost change: every write a process saw committed is there, and nothing else.
    expect(after.sources).toEqual(new Set(reported.source));
    expect(after.statements).toEqual(new Set(reported.statement));
    for (const id of reported.actor) expect(after.actors.has(id)).toBe(true);
    expect(after.actors.size).toBe(WRITERS + cliRuns.length);
    // One logged change and one undo step per committed command, in one sequence.
    expect(after.changes).toBe(commands);
    expect(after.undoSteps).toBe(commands);
    const check = await parallax('check', workspace);
    expect(check.stdout).toBe('ok\n');
    expect(check.status).toBe(0);

    // The interleaved log undoes, step by step, to an empty workspace and redoes to the same.
    const service = createService(openWorkspace(workspace));
    const stepAll = (method: 'undo' | 'redo', none: string) => {
      let steps = 0;
      for (;;) {
        try {
          service.call(method);
          steps++;
        } catch (error) {
          expect((error as ParallaxError).code).toBe(none);
          return steps;
        }
      }
    };
    try {
      expect(stepAll('undo', 'nothing_to_undo')).toBe(commands);
      const empty = contents();
      expect([empty.sources.size, empty.statements.size, empty.actors.size]).toEqual([0, 0, 0]);
      expect(stepAll('redo', 'nothing_to_redo')).toBe(commands);
    } finally {
      service.close();
    }
    const redone = contents();
    expect(redone.sources).toEqual(after.sources);
    expect(redone.statements).toEqual(after.statements);
    expect(redone.actors).toEqual(after.actors);
    expect(redone.integrity).toBe('ok');
  }, 120_000);
});
