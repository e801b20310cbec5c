/** The browser host (`parallax serve FILE --no-open`) as a child process, for the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'cli/bin/parallax.js');

export interface RunningHost {
  url: string;
  pid: number;
  /** From spawning until the address was printed (opening the workspace included). */
  startMs: number;
  stop(): Promise<number | null>;
}

export async function startHost(file: string, env: NodeJS.ProcessEnv): Promise<RunningHost> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', file, '--no-open'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`parallax serve exited (${code}):\n${stderr}`)));
  });
  const startMs = performance.now() - started;
  return {
    url,
    pid: child.pid!,
    startMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process now and at its peak, in MB (Linux /proc; null elsewhere). */
export function residentMemory(pid: number): { rss_mb: number; peak_mb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss_mb: Math.round(kb('VmRSS') / 1024), peak_mb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}
