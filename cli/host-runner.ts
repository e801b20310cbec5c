import { defaultDataDir } from '../core/data-dir';
import { ParallaxError } from '../core/errors';
import { chromiumPrinter } from '../core/report/pdf';
import { AppSession } from '../core/session';
import { startHost } from '../server/host';
import type { Io } from './command';
import { openBrowser } from './open-browser';
import { ensureRendererBuilt } from './renderer-build';

export interface RunHostOptions {
  /** Workspace to open first; null shows the start screen. */
  file: string | null;
  sample?: boolean;
  port: number;
  open: boolean;
}

/**
 * Runs the browser host until SIGINT or SIGTERM, then closes the server and the workspace
 * (checkpointing its WAL) and resolves with exit status 0. The one line on stdout is the address.
 */
export async function runHost(options: RunHostOptions, io: Io): Promise<number> {
  const staticDir = await ensureRendererBuilt((line) => io.err(`${line}\n`));
  const session = new AppSession({
    host: 'browser',
    dataDir: defaultDataDir(),
    printPdf: chromiumPrinter(),
  });
  if (options.file) session.open(options.file);
  else if (options.sample) session.openSample();
  let host;
  try {
    host = await startHost({ session, staticDir, port: options.port });
  } catch (error) {
    session.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new ParallaxError(
        'io',
        `Port ${options.port} is already in use; choose another with --port.`,
      );
    throw error;
  }
  io.out(`${host.url}\n`);
  if (options.open) openBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  session.close();
  io.err('Parallax stopped.\n');
  return 0;
}
