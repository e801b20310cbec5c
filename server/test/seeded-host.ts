import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSeededSession, type SeededSession } from '../../core/hostile/seeded-session';
import { startHost, TOKEN_HEADER, type Host } from '../host';

/** The browser host over a seeded workspace (see core/hostile/seeded-session.ts). */
export interface SeededHost {
  readonly s: SeededSession;
  readonly host: Host;
  /** POSTs `body` as JSON to /api/<method> (the method percent-encoded) with the token. */
  post(method: string, body: Uint8Array | string): Promise<Response>;
  close(): Promise<void>;
}

export async function startSeededHost(): Promise<SeededHost> {
  const s = openSeededSession('browser');
  const staticDir = join(s.dir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  const host = await startHost({ session: s.session, staticDir });
  return {
    s,
    host,
    post: (method, body) =>
      fetch(`http://127.0.0.1:${host.port}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        // A copy typed as fetch wants it (Uint8Array<ArrayBuffer>); the bytes are the same.
        body: typeof body === 'string' ? body : new Uint8Array(body),
      }),
    close: async () => {
      await host.close();
      s.dispose();
    },
  };
}
