import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppSession } from '../../core/session';
import { startHost, type Host } from '../host';

export interface HostFixture {
  host: Host;
  session: AppSession;
  dir: string;
  /** POSTs to /api/<method> with the right token and Host unless told otherwise. */
  call(method: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A real host on a free loopback port, a real session in a temp folder, a tiny fake UI build. */
export async function startTestHost(): Promise<HostFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-host-'));
  const staticDir = join(dir, 'ui');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const session = new AppSession({
    host: 'browser',
    dataDir: join(dir, 'data'),
    defaultFolder: dir,
  });
  const host = await startHost({ session, staticDir });
  return {
    host,
    session,
    dir,
    call: (method, body, headers = {}) =>
      fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-parallax-token': host.token, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: async () => {
      await host.close();
      session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
