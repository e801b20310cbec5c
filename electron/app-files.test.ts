import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './app-files';

const root = resolve('/srv/parallax/dist/renderer');
const index = join(root, 'index.html');

describe('resolveAppFile', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://parallax/index.html')).toEqual({
      kind: 'file',
      path: index,
      isIndex: true,
      fallback: null,
    });
    expect(resolveAppFile(root, 'app://parallax/')).toMatchObject({
      kind: 'file',
      path: index,
      isIndex: true,
    });
    expect(resolveAppFile(root, 'app://parallax/assets/index-abc.js?v=1#x')).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-abc.js'),
      isIndex: false,
      fallback: null,
    });
    expect(resolveAppFile(root, 'app://parallax/assets/a%20b.css')).toMatchObject({
      path: join(root, 'assets', 'a b.css'),
    });
  });

  it('falls back to index.html only for extension-less routes', () => {
    expect(resolveAppFile(root, 'app://parallax/statements/42')).toMatchObject({ fallback: index });
    expect(resolveAppFile(root, 'app://parallax/missing.js')).toMatchObject({ fallback: null });
  });

  it('refuses path traversal, however it is spelled', () => {
    for (const url of [
      'app://parallax/..%2f..%2fetc%2fpasswd',
      'app://parallax/%2e%2e/%2e%2e/etc/passwd',
      'app://parallax/assets/..%2f..%2f..%2fsecret',
      'app://parallax/..%5c..%5cwindows%5cwin.ini',
    ]) {
      const lookup = resolveAppFile(root, url);
      if (lookup.kind === 'file') expect(lookup.path.startsWith(root), url).toBe(true);
      else expect(lookup.status, url).toBe(403);
    }
    expect(resolveAppFile(root, 'app://parallax/..%2f..%2fetc%2fpasswd')).toEqual({
      kind: 'refused',
      status: 403,
    });
  });

  it('refuses other hosts, bad escapes and NUL', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toEqual({
      kind: 'refused',
      status: 404,
    });
    expect(resolveAppFile(root, 'file:///etc/passwd')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppFile(root, 'app://parallax/%E0%A4%A')).toEqual({
      kind: 'refused',
      status: 400,
    });
    expect(resolveAppFile(root, 'app://parallax/index.html%00.js')).toEqual({
      kind: 'refused',
      status: 400,
    });
  });
});

describe('contentTypeFor', () => {
  it('knows what Vite emits and defaults to bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.exe')).toBe('application/octet-stream');
  });
});
