import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError } from '../core/api/errors';
import { toParallaxError } from '../core/errors';
import type { AppSession } from '../core/session';
import { ERROR_STATUS } from './error-status';
import { serveStatic } from './static-files';

/** Requests larger than this are refused before they are read: 200 MB covers a 50 M-char source. */
const MAX_BODY_BYTES = 200 * 1024 * 1024;

export const TOKEN_HEADER = 'x-parallax-token';

export interface HostOptions {
  session: AppSession;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
}

export interface Host {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { error });
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The request's path and the API method it names, or null when the address is malformed
 * (`/api/%E0%A4%A` is not percent-decodable; some absolute-form targets are not URLs).
 */
function parseTarget(
  target: string | undefined,
  host: string,
): { pathname: string; method: string } | null {
  try {
    const { pathname } = new URL(target ?? '/', `http://${host}`);
    const method = pathname.startsWith('/api/')
      ? decodeURIComponent(pathname.slice('/api/'.length))
      : '';
    return { pathname, method };
  } catch {
    return null;
  }
}

/**
 * The browser host: the renderer and `POST /api/<method>` on 127.0.0.1 only. Every request must
 * name this host and port in its Host header (defeats DNS rebinding), and every API call must
 * carry the per-launch token, so no other web page or local user's browser tab can call it.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
  ): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendError(res, 405, { code: 'invalid_input', message: 'API calls must be POST requests.' });
      return;
    }
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      sendError(res, 401, { code: 'invalid_input', message: 'Missing or wrong access token.' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(res, 415, { code: 'invalid_input', message: 'API calls must send JSON.' });
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      sendError(res, 413, { code: 'invalid_input', message: 'That request is too large.' });
      return;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      sendError(res, 400, {
        code: 'invalid_input',
        message: 'The request body is not valid JSON.',
      });
      return;
    }
    try {
      // Most methods answer at once; importing a file parses it first and answers a promise.
      sendJson(res, 200, { result: (await options.session.call(method, input)) ?? null });
    } catch (error) {
      const e = toParallaxError(error);
      sendError(res, ERROR_STATUS[e.code], e.toJSON());
    }
  }

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Forbidden: Parallax only answers to 127.0.0.1 and localhost.\n');
      return;
    }
    const url = parseTarget(req.url, host);
    if (!url) {
      // A thrown error here would escape the request handler and stop the whole host.
      sendError(res, 400, { code: 'invalid_input', message: 'That address cannot be read.' });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.method).catch((error) => {
        const e = toParallaxError(error);
        if (!res.headersSent) sendError(res, 500, e.toJSON());
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    serveStatic(options.staticDir, url.pathname, res, req.method === 'HEAD');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
