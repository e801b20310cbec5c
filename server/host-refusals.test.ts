import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHost, type HostFixture } from './test/host-fixture';

/**
 * What another web page or another address gets from the browser host: nothing. Complements
 * host.test.ts (status codes for token and Host) with what the refusals carry, the bound
 * address itself, and cross-origin requests.
 */

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  address: string,
  port: number,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body ?? '');
  });
}

/** A speaker name only the workspace holds, to look for in what refusals send back. */
const SECRET = 'Speaker-only-in-the-workspace';

describe('browser host refusals', () => {
  let f: HostFixture;
  let host: string;
  beforeEach(async () => {
    f = await startTestHost();
    host = `127.0.0.1:${f.host.port}`;
    expect((await f.call('newWorkspace', { path: join(f.dir, 'w.parallax') })).status).toBe(200);
    expect((await f.call('createActor', { name: SECRET })).status).toBe(200);
  });
  afterEach(async () => {
    await f.close();
  });

  it('a call without the right token gets an error and none of the data', async () => {
    for (const token of [undefined, '', 'wrong', f.host.token.slice(1), `${f.host.token}x`]) {
      const headers: Record<string, string> = { host, 'content-type': 'application/json' };
      if (token !== undefined) headers['x-parallax-token'] = token;
      const response = await raw('127.0.0.1', f.host.port, {
        method: 'POST',
        path: '/api/listActors',
        headers,
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toEqual({
        error: { code: 'invalid_input', message: expect.any(String) },
      });
      expect(response.body).not.toContain(SECRET);
    }
    // The same call with the token does see the data, so the check above can fail.
    expect(await (await f.call('listActors', {})).text()).toContain(SECRET);
  });

  it('a foreign Host (DNS rebinding) gets a plain refusal and none of the data', async () => {
    const response = await raw('127.0.0.1', f.host.port, {
      method: 'POST',
      path: '/api/listActors',
      headers: {
        host: 'evil.example',
        'content-type': 'application/json',
        'x-parallax-token': f.host.token,
      },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(SECRET);
  });

  it('is bound to 127.0.0.1 itself, not to every address', async () => {
    // On Linux all of 127.0.0.0/8 reaches the machine, so a server bound to 0.0.0.0 would
    // answer on 127.0.0.2; one bound to 127.0.0.1 refuses the connection.
    if (process.platform === 'linux') {
      await expect(
        raw('127.0.0.2', f.host.port, { method: 'GET', path: '/', headers: { host } }),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
    // Not on IPv6 either (a '::' bind would take ::1 too).
    await expect(
      raw('::1', f.host.port, { method: 'GET', path: '/', headers: { host } }),
    ).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
    const ok = await raw('127.0.0.1', f.host.port, { method: 'GET', path: '/', headers: { host } });
    expect(ok.status).toBe(200);
  });

  it('grants no cross-origin access: preflight refused, no CORS headers anywhere', async () => {
    const origin = 'http://evil.example';
    const preflight = await raw('127.0.0.1', f.host.port, {
      method: 'OPTIONS',
      path: '/api/listActors',
      headers: {
        host,
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-parallax-token',
      },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    // A "simple" cross-origin POST needs no preflight: it still has no token.
    const simple = await raw('127.0.0.1', f.host.port, {
      method: 'POST',
      path: '/api/listActors',
      headers: { host, origin, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(simple.status).toBe(401);
    expect(simple.body).not.toContain(SECRET);
    const page = await raw('127.0.0.1', f.host.port, {
      method: 'GET',
      path: '/',
      headers: { host, origin },
    });
    for (const response of [preflight, simple, page]) {
      const cors = Object.keys(response.headers).filter((h) => h.startsWith('access-control-'));
      expect(cors).toEqual([]);
    }
    // The page may not be framed by another site either.
    expect(page.headers['x-frame-options']).toBe('DENY');
  });
});
