import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHost, type HostFixture } from './test/host-fixture';

/** A raw request, so the test controls the Host header (fetch would not let it). */
function rawRequest(
  port: number,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser host', () => {
  let f: HostFixture;
  beforeEach(async () => {
    f = await startTestHost();
  });
  afterEach(async () => {
    await f.close();
  });

  it('prints a loopback address with the token', () => {
    expect(f.host.url).toBe(`http://127.0.0.1:${f.host.port}/?token=${f.host.token}`);
    expect(f.host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers API calls that carry the token', async () => {
    const response = await f.call('appState', {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { host: string; workspace: null } };
    expect(body.result.host).toBe('browser');
    expect(body.result.workspace).toBeNull();
  });

  it('refuses API calls without the token, or with a wrong one (401)', async () => {
    expect((await f.call('appState', {}, { 'x-parallax-token': '' })).status).toBe(401);
    expect((await f.call('appState', {}, { 'x-parallax-token': 'x'.repeat(43) })).status).toBe(401);
    const response = await fetch(`http://127.0.0.1:${f.host.port}/api/appState`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('refuses any request naming a foreign Host (403), even with the token', async () => {
    const headers = { 'content-type': 'application/json', 'x-parallax-token': f.host.token };
    expect(
      await rawRequest(f.host.port, '/api/appState', { ...headers, host: 'evil.example' }, '{}'),
    ).toBe(403);
    expect(
      await rawRequest(
        f.host.port,
        '/api/appState',
        { ...headers, host: `127.0.0.1:${f.host.port + 1}` },
        '{}',
      ),
    ).toBe(403);
    expect(await rawRequest(f.host.port, '/', { host: 'evil.example' })).toBe(403);
    expect(
      await rawRequest(
        f.host.port,
        '/api/appState',
        { ...headers, host: `localhost:${f.host.port}` },
        '{}',
      ),
    ).toBe(200);
  });

  it('listens on loopback only', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of outside) {
      await expect(fetch(`http://${address}:${f.host.port}/`)).rejects.toThrow();
    }
    // The bound address itself is the proof where the machine has no other interface.
    expect(f.host.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('returns contract errors as {code, message} with a fitting status', async () => {
    const noWorkspace = await f.call('listStatements', {});
    expect(noWorkspace.status).toBe(409);
    expect(await noWorkspace.json()).toEqual({
      error: { code: 'no_workspace', message: expect.any(String) },
    });

    const bad = await f.call('newWorkspace', { path: 42 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_input');

    expect((await f.call('noSuchMethod', {})).status).toBe(400);
    expect((await f.call('appState', 'not json')).status).toBe(400);
    expect((await f.call('appState', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const get = await fetch(`http://127.0.0.1:${f.host.port}/api/appState`, {
      headers: { 'x-parallax-token': f.host.token },
    });
    expect(get.status).toBe(405);
  });

  it('serves a workspace over the same contract', async () => {
    const path = join(f.dir, 'research.parallax');
    expect((await f.call('newWorkspace', { path })).status).toBe(200);
    const actor = (await (await f.call('createActor', { name: 'Ali Akbar Velayati' })).json()) as {
      result: { id: string };
    };
    const created = await f.call('createStatement', {
      speakerId: actor.result.id,
      text: 'Iran has no role in Kirkuk operation',
    });
    expect(created.status).toBe(200);
    const found = (await (await f.call('search', { query: 'kirkuk' })).json()) as {
      result: { results: unknown[] };
    };
    expect(found.result.results).toHaveLength(1);
    const missing = await f.call('getStatement', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
  });

  it('serves the UI with a strict content security policy and never outside its folder', async () => {
    const page = await fetch(`http://127.0.0.1:${f.host.port}/?token=${f.host.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const asset = await fetch(`http://127.0.0.1:${f.host.port}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    const traversal = await rawRequest(f.host.port, '/../../../../etc/passwd', {
      host: `127.0.0.1:${f.host.port}`,
    });
    expect(traversal).toBe(200); // falls back to index.html, never the file outside
    const encoded = await fetch(`http://127.0.0.1:${f.host.port}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await encoded.text()).toContain('<title>Parallax</title>');
  });
});
