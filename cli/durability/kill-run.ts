import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/harness';

const BIN = join(ROOT, 'cli', 'bin', 'parallax.js');

export interface KillRun {
  /** True when the child was killed; false when it exited on its own first. */
  killed: boolean;
  status: number | null;
  stderr: string;
  /** How long after it first touched the WAL the child was killed (or exited). */
  msAfterFirstWrite: number | null;
}

/** The WAL file's size and time: they change once the child opens the workspace and writes. */
function walStamp(workspace: string): string {
  try {
    const s = statSync(`${workspace}-wal`);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'none';
  }
}

/**
 * Runs the real `parallax` bin with `args` and SIGKILLs it `delayMs` after it first touches
 * `workspace`'s WAL file. Counting from there rather than from the spawn puts every kill in
 * the writing, not in the 2–5 s of loading the CLI and parsing files before it.
 */
export function runAndKill(
  workspace: string,
  args: string[],
  delayMs: number,
  maxWaitMs = 60_000,
): Promise<KillRun> {
  return new Promise((resolve, reject) => {
    const before = walStamp(workspace);
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let firstWrite: number | null = null;
    let killed = false;
    const started = performance.now();
    const poll = setInterval(() => {
      const now = performance.now();
      if (firstWrite === null && walStamp(workspace) !== before) firstWrite = now;
      if (firstWrite !== null && now - firstWrite >= delayMs) {
        killed = child.kill('SIGKILL');
        clearInterval(poll);
      } else if (firstWrite === null && now - started > maxWaitMs) {
        child.kill('SIGKILL');
        clearInterval(poll);
        reject(new Error(`parallax ${args.join(' ')} wrote nothing in ${maxWaitMs} ms`));
      }
    }, 2);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(poll);
      const msAfterFirstWrite = firstWrite === null ? null : performance.now() - firstWrite;
      resolve({ killed, status, stderr, msAfterFirstWrite });
    });
  });
}
