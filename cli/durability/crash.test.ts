import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { parallax } from '../test/harness';
import { corpusMissing, expectedSources, writeCorpusFiles, type ExpectedSource } from './corpus';
import { runAndKill } from './kill-run';
import { verifyImport } from './verify-import';
import { prng } from '../../bench/corpus';

/**
 * Crash safety: `parallax import --accept` of the Wikinews corpus (295 files) is
 * SIGKILLed at random moments, KILLS times in all, and after every kill the workspace must
 * pass `parallax check` and hold each file wholly (source, body hash, accepted statements,
 * one logged change) or not at all. Each child resumes the import where the last one died,
 * so the kills land all along it; a child that finishes starts a new round on an empty file.
 * LANES workspaces are worked at once so that one child's start-up (~2 s of loading the CLI)
 * overlaps another's writing and the checks.
 */
const KILLS = Number(process.env.PARALLAX_CRASH_KILLS ?? 100);
const LANES = Number(process.env.PARALLAX_CRASH_LANES ?? 2);
const COPIES = 1;
/**
 * Kills fall uniformly within this long after a child first touches the WAL: long enough that
 * a few children cover the whole import, short beside a child's start-up.
 */
const MAX_DELAY_MS = 1500;

/** `parallax check FILE` through the CLI's own entry point (no second process to start). */
async function checkCommand(file: string): Promise<{ status: number; out: string }> {
  let out = '';
  const status = await main(['check', file], {
    out: (text) => (out += text),
    err: (text) => (out += text),
    tty: false,
  });
  return { status, out };
}

/** Copies the killed workspace as the disk holds it (file, WAL and shared memory). */
function snapshot(workspace: string, to: string): string {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(workspace + suffix)) copyFileSync(workspace + suffix, to + suffix);
  }
  return to;
}

interface KillRecord {
  lane: number;
  /** Share of the files imported when the kill landed (0..1). */
  progress: number;
  msAfterFirstWrite: number;
  problems: string[];
}

const absent = corpusMissing();

describe.skipIf(absent)(`crash safety${absent ? ` (skipped: ${absent})` : ''}`, () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`survives ${KILLS} SIGKILLs of parallax import --accept, each file all or nothing`, async () => {
    const seed = Number(process.env.PARALLAX_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const t0 = performance.now();
    mkdirSync(join(dir, 'in'));
    const files = writeCorpusFiles(join(dir, 'in'), COPIES);
    const expected = await expectedSources(files);
    const empty = join(dir, 'empty.parallax');
    expect((await parallax('init', empty)).status).toBe(0);

    const records: KillRecord[] = [];
    let completions = 0;
    let nextKill = 0;

    async function verifyKill(lane: number, snap: string, ms: number): Promise<void> {
      const state = verifyImport(snap, expected);
      const check = await checkCommand(snap);
      const problems = [...state.problems];
      if (check.status !== 0 || check.out !== 'ok\n') problems.push(`check: ${check.out}`);
      if (process.env.PARALLAX_CRASH_TRACE)
        console.log(
          `kill ${records.length}: lane ${lane}, ${state.present} sources, ${Math.round(performance.now() - t0)} ms`,
        );
      records.push({
        lane,
        progress: state.present / files.length,
        msAfterFirstWrite: ms,
        problems,
      });
      for (const suffix of ['', '-wal', '-shm']) rmSync(snap + suffix, { force: true });
    }

    async function lane(n: number): Promise<string> {
      let round = 0;
      const fresh = () => snapshot(empty, join(dir, `lane${n}-round${round++}.parallax`));
      let workspace = fresh();
      const start = () =>
        runAndKill(workspace, ['import', '--accept', workspace, ...files], random() * MAX_DELAY_MS);
      let run = nextKill < KILLS ? (nextKill++, start()) : null;
      while (run) {
        const result = await run;
        if (!result.killed) {
          // Finished before its kill: the whole corpus must be there; go on with an empty file.
          expect(result.status, result.stderr).toBe(0);
          const state = verifyImport(workspace, expected);
          expect(state.problems).toEqual([]);
          expect(state.present).toBe(files.length);
          completions++;
          workspace = fresh();
          run = start();
          continue;
        }
        const snap = snapshot(workspace, join(dir, `lane${n}-kill${records.length}.parallax`));
        // The next child starts loading while this kill is checked.
        run = nextKill < KILLS ? (nextKill++, start()) : null;
        await verifyKill(n, snap, result.msAfterFirstWrite ?? 0);
      }
      return workspace;
    }

    const workspaces = await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    const killPhaseMs = performance.now() - t0;

    // Every killed workspace resumes: finishing the import leaves all of it, and the real
    // `parallax check` bin agrees.
    await Promise.all(
      workspaces.map(async (workspace) => {
        // Not the harness's parallax(): its 20 s limit is too short for a whole import here.
        const finish = await runAndKill(
          workspace,
          ['import', '--accept', workspace, ...files],
          Infinity,
        );
        expect(finish.status, finish.stderr).toBe(0);
        const state = verifyImport(workspace, expected);
        expect(state.problems).toEqual([]);
        expect(state.present).toBe(files.length);
        const check = await parallax('check', workspace);
        expect(check.stdout).toBe('ok\n');
        expect(check.status).toBe(0);
      }),
    );

    const failures = records.filter((r) => r.problems.length > 0);
    const quarters = new Set(records.map((r) => Math.min(3, Math.floor(r.progress * 4))));
    const partial = records.filter((r) => r.progress > 0 && r.progress < 1).length;
    const delays = records.map((r) => r.msAfterFirstWrite).sort((a, b) => a - b);
    console.log(
      `crash: seed ${seed}, ${records.length} kills in ${LANES} lanes over ${files.length} files ` +
        `(${[...expected.values()].reduce((n, e: ExpectedSource) => n + e.statements.length, 0)} statements), ` +
        `${completions} imports finished between kills, kill phase ${(killPhaseMs / 1000).toFixed(1)} s, ` +
        `total ${((performance.now() - t0) / 1000).toFixed(1)} s; kills ${delays[0]?.toFixed(0)}–` +
        `${delays.at(-1)?.toFixed(0)} ms after a child first touched the WAL; ` +
        `progress at kill: quarters hit ${[...quarters].sort().join(',')}, ${partial} partial`,
    );
    expect(failures.map((f) => f.problems)).toEqual([]);
    expect(records).toHaveLength(KILLS);
    // The kills must really land along the import, not all at its start or after its end.
    expect(partial).toBeGreaterThan(KILLS / 2);
    expect(quarters.size).toBeGreaterThanOrEqual(Math.min(4, Math.ceil(KILLS / 10)));
  }, 600_000);
});
