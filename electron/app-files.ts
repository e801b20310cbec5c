import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentTypeFor } from '../server/static-files';
import { isAppUrl } from './url-rules';

/**
 * Maps an app://parallax/… request to a file of the built renderer. Pure (no file system
 * access), so the path-traversal rules are unit tested; app-protocol.ts does the reading.
 */
export type AppFileLookup =
  | { kind: 'file'; path: string; isIndex: boolean; fallback: string | null }
  | { kind: 'refused'; status: 400 | 403 | 404 };

export const INDEX_FILE = 'index.html';

export { contentTypeFor };

/**
 * Resolves `requestUrl` inside `root`. Percent-decoding happens before the containment check,
 * so `%2e%2e%2f` cannot climb out; the check compares resolved paths rather than looking for
 * "..", which also covers backslashes on Windows. A path without an extension that is not a
 * file falls back to index.html (the UI routes itself, as in the browser host); a missing
 * asset is a 404 rather than HTML served as JavaScript.
 */
export function resolveAppFile(root: string, requestUrl: string): AppFileLookup {
  if (!isAppUrl(requestUrl)) return { kind: 'refused', status: 404 };
  const base = resolve(root);
  const index = join(base, INDEX_FILE);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (pathname.includes('\0')) return { kind: 'refused', status: 400 };
  const full = resolve(base, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  const inside = relative(base, full);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return { kind: 'refused', status: 403 };
  if (inside === '' || full === index)
    return { kind: 'file', path: index, isIndex: true, fallback: null };
  return {
    kind: 'file',
    path: full,
    isIndex: false,
    fallback: extname(full) === '' ? index : null,
  };
}
