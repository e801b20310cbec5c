import { connect } from 'node:net';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorProblem } from '../core/hostile/check-error';
import { TOKEN_HEADER } from './host';
import { startSeededHost, type SeededHost } from './test/seeded-host';

/**
 * Targeted hostile requests to the browser host: addresses it cannot decode, a body past its
 * size limit, JSON nested a million deep, and bad calls to the methods that open, create or
 * close workspaces (left out of the generated calls because a valid one swaps the workspace).
 */

let h: SeededHost;
beforeAll(async () => {
  h = await startSeededHost();
});
afterAll(() => h.close());

/** Sends `head` (request line and headers) and `body` on a fresh socket; the status, or 0. */
function rawExchange(head: string, body = ''): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(h.host.port, '127.0.0.1');
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('error', () => resolve(0));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
    socket.end(`${head}\r\n\r\n${body}`);
  });
}

function apiHead(target: string, length: number): string {
  return [
    `POST ${target} HTTP/1.1`,
    `Host: 127.0.0.1:${h.host.port}`,
    'Content-Type: application/json',
    `${TOKEN_HEADER}: ${h.host.token}`,
    `Content-Length: ${length}`,
    'Connection: close',
  ].join('\r\n');
}

/**
 * A typed error with `status` and `code`. Its message must not name the project folder, nor
 * the workspace's folder unless `echoesPath` (it may repeat a path the caller sent).
 */
async function expectTypedError(
  response: Response,
  status: number,
  code: string,
  echoesPath = false,
) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  const secrets = echoesPath ? [process.cwd()] : [process.cwd(), h.s.dir];
  expect(errorProblem(body.error, secrets)).toBeNull();
  expect(body.error.code, body.error.message).toBe(code);
  return body.error;
}

async function stillServes() {
  const response = await h.post('listSources', '{}');
  expect(response.status).toBe(200);
}

describe('the browser host under hostile requests', () => {
  it('answers an API address that is not percent-decodable with a 400, and keeps running', async () => {
    // decodeURIComponent throws on these; uncaught, that used to stop the whole host.
    for (const target of ['/api/%E0%A4%A', '/api/%', '/api/%ZZcreateSource', '/api/%C0%AF']) {
      expect(await rawExchange(apiHead(target, 2), '{}'), target).toBe(400);
      await stillServes();
    }
    const response = await fetch(`http://127.0.0.1:${h.host.port}/api/%E0%A4%A`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.host.token },
      body: '{}',
    });
    const error = await expectTypedError(response, 400, 'invalid_input');
    expect(error.message).toMatch(/address/);
  });

  it('survives request targets that are not paths', async () => {
    for (const target of ['http://[', '//', '*', 'http://127.0.0.1:1/api/appState', '/api/a%00b']) {
      const status = await rawExchange(apiHead(target, 2), '{}');
      // Node's parser or the host refuses these (4xx), or the host serves index.html (200).
      expect(status, target).toBeGreaterThanOrEqual(200);
      expect(status, target).toBeLessThan(500);
      await stillServes();
    }
  });

  it('refuses a body over 200 MB without keeping it, and keeps running', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const before = process.memoryUsage().rss;
    const outcome = await new Promise<number | string>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: h.host.port,
          path: '/api/createTag',
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.host.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The host cuts the connection once the limit is passed; that is an answer too.
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      let sent = 0;
      const pump = () => {
        while (sent < 210) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(outcome);
    // The host stops reading at the limit; it may hold up to 200 MB until then.
    expect(process.memoryUsage().rss - before).toBeLessThan(600 * 1024 * 1024);
    await stillServes();
  });

  it('refuses JSON nested a million deep with invalid_input', async () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    await expectTypedError(await h.post('createTag', deep), 400, 'invalid_input');
    await expectTypedError(
      await h.post('createTag', `{"name":"x","color":${deep}}`),
      400,
      'invalid_input',
    );
    await stillServes();
  });

  it('refuses bad calls to open, create and close workspaces, keeping the one open', async () => {
    const bad: Array<[string, unknown]> = [
      ['newWorkspace', { path: 42 }],
      ['newWorkspace', { path: '' }],
      ['newWorkspace', { path: 'a\u0000b' }],
      ['newWorkspace', { path: 'x'.repeat(5000) }],
      ['newWorkspace', { path: join(h.s.dir, 'n.parallax'), __proto__x: 1 }],
      ['openWorkspace', {}],
      ['openWorkspace', { path: ['/etc/passwd'] }],
      ['openWorkspace', JSON.parse('{"path":"/tmp/x.parallax","__proto__":{"polluted":1}}')],
      ['openSample', { fresh: true }],
      ['openSample', 'yes'],
      ['closeWorkspace', { force: true }],
      ['closeWorkspace', [1]],
      ['chooseAndOpenWorkspace', { path: '/tmp' }],
      ['chooseAndCreateWorkspace', 7],
      // Valid, but the browser host has no native dialog to show.
      ['chooseAndOpenWorkspace', {}],
    ];
    for (const [method, input] of bad) {
      await expectTypedError(await h.post(method, JSON.stringify(input)), 400, 'invalid_input');
    }
    // Well-formed but hostile: create over the open file, open things that are not workspaces.
    await expectTypedError(
      await h.post('newWorkspace', JSON.stringify({ path: h.s.path })),
      409,
      'conflict',
      true,
    );
    await expectTypedError(
      await h.post('openWorkspace', JSON.stringify({ path: join(h.s.dir, 'ui', 'index.html') })),
      422,
      'not_a_workspace',
      true,
    );
    await expectTypedError(
      await h.post('openWorkspace', JSON.stringify({ path: join(h.s.dir, 'absent.parallax') })),
      404,
      'not_found',
      true,
    );
    const state = (await (await h.post('appState', '{}')).json()) as {
      result: { workspace: { path: string } | null };
    };
    expect(state.result.workspace?.path).toBe(h.s.path);
  });

  it('left the workspace file byte-identical', () => {
    expect(h.s.closeAndHash()).toBe(h.s.hashBefore);
  });
});
