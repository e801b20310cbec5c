import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCode, readAddress, type ParallaxApp } from './fixtures';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'cli/bin/parallax.js');

export interface AnotherHost {
  /** The address with its token, as `parallax serve` printed it. */
  readonly address: string;
  /** SIGTERM; resolves with the exit status (0 when it closed cleanly). */
  stop(): Promise<number | null>;
}

/**
 * A second `parallax serve FILE` over the test's own home and data folder, as the next launch
 * of Parallax would be (a new port, a new token, a new origin). The test's first host must have
 * closed FILE first: an open workspace is locked.
 */
export async function startAnotherHost(app: ParallaxApp, file: string): Promise<AnotherHost> {
  let stderr = '';
  const server = spawn(process.execPath, [CLI, 'serve', file, '--no-open', '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, PARALLAX_HOME: app.dataDir, HOME: app.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const address = await readAddress(server, () => stderr);
    return {
      address,
      stop: () => {
        server.kill('SIGTERM');
        return exitCode(server);
      },
    };
  } catch (error) {
    server.kill('SIGTERM');
    throw error;
  }
}
