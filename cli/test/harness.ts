import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { createService, type ServiceClient } from '../../core/service';
import { openWorkspace } from '../../db/workspace';

/** Parallax's own files (recent list, verified workspaces) for the tests, not the user's. */
const TEST_HOME = mkdtempSync(join(tmpdir(), 'parallax-cli-home-'));

/** The project root, whatever the working directory of the test run. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'cli', 'bin', 'parallax.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `parallax` bin (through node, as npm's shim would). Asynchronous, so that tests
 * marked concurrent overlap their ~0.4 s of tsx start-up.
 */
export function parallax(...args: string[]): Promise<Run> {
  return parallaxWithEnv({}, ...args);
}

/** `parallax` with extra environment variables (PARALLAX_CHROMIUM, say). */
export function parallaxWithEnv(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', PARALLAX_HOME: TEST_HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000, // a hang guard: a start takes seconds on a busy 2-core machine
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs a command with --json expecting success: stdout must be exactly one JSON document. */
export async function parallaxJson(...args: string[]): Promise<unknown> {
  const run = await parallax(...args, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

/** Asserts an operation failure: exit 1, one `parallax: …` line on stderr, nothing on stdout. */
export function expectFailure(run: Run, message: RegExp): void {
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^parallax: .+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.status).toBe(1);
}

/** Asserts a usage error: exit 2, the error line then a pointer to the command's help. */
export function expectUsageError(run: Run, command: string | null, message: RegExp): void {
  const where = command ? `parallax ${command}` : 'parallax';
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n');
  expect(lines[0]).toMatch(new RegExp(`^${where}: `));
  expect(lines[0]).toMatch(message);
  expect(lines.slice(1)).toEqual([`Run '${where} --help' for usage.`, '']);
  expect(run.status).toBe(2);
}

/**
 * Reads a workspace the CLI wrote, in-process, and closes it again. Unlike the commands'
 * `withClient`, it makes no backup and touches no data folder.
 */
export function inspectWorkspace<T>(path: string, fn: (client: ServiceClient) => T): T {
  const service = createService(openWorkspace(path));
  try {
    return fn(service.client);
  } finally {
    service.close();
  }
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A fresh folder for every test of the calling file, removed after it. */
export function useTempDir(): { file(name: string): string } {
  let dir: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-cli-test-'));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return {
    file(name) {
      if (!dir) throw new Error('useTempDir: only usable inside a test');
      return join(dir, name);
    },
  };
}
