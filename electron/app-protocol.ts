import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../server/static-files';
import { contentTypeFor, resolveAppFile } from './app-files';
import { APP_SCHEME } from './url-rules';

/**
 * app:// instead of file://: a file:// page can read any file the user can, and every file://
 * page shares one origin. A standard, secure custom scheme gives the renderer its own origin
 * (so CSP 'self', fetch and ES modules behave as on the web) and lets us serve only the built
 * renderer folder. Must run before the app's 'ready' event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function refused(status: number): Response {
  return new Response(null, { status, headers: { 'x-content-type-options': 'nosniff' } });
}

/** Serves `rendererDir` (dist/renderer) on app://parallax/. Call once, after 'ready'. */
export function serveAppFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405);
    const lookup = resolveAppFile(rendererDir, request.url);
    if (lookup.kind === 'refused') return refused(lookup.status);
    let path = lookup.path;
    let isIndex = lookup.isIndex;
    if (!(await isFile(path))) {
      if (lookup.fallback === null || !(await isFile(lookup.fallback))) return refused(404);
      path = lookup.fallback;
      isIndex = true;
    }
    const headers: Record<string, string> = {
      'content-type': contentTypeFor(path),
      'x-content-type-options': 'nosniff',
    };
    // The same policy as the browser host; the HTML document is what carries it.
    if (isIndex || path.endsWith('.html'))
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(path));
    return new Response(body, { status: 200, headers });
  });
}
