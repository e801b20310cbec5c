import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../server/static-files';
import { AppSession } from '../core/session';

/**
 * The built main.cjs, booted under Node against a fake 'electron' (electron/test/boot-main.mjs):
 * the nearest thing to launching the app on a machine without the Electron binary. It checks the
 * wiring (paths relative to the bundle, scheme, IPC, menu, permissions) that unit tests cannot.
 */
const ROOT = join(import.meta.dirname, '..');
let dir: string;

interface BootLog {
  paths: Record<string, string>;
  lock: boolean;
  quit: boolean;
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  schemesBeforeReady: boolean;
  protocolSchemes: string[];
  channels: string[];
  menuItems: number;
  windows: Array<{ url: string; show: boolean; webPreferences: Record<string, unknown> }>;
  recent: string[];
  errors: string[];
  permissionGranted: boolean | null;
  permissionCheck: boolean | null;
  responses: Record<
    string,
    { status: number; type: string | null; csp: string | null; body: string }
  >;
}

function boot(home: string, ...argv: string[]): BootLog {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'electron/test/boot-main.mjs'), join(dir, 'electron', 'main.cjs'), ...argv],
    {
      cwd: dir,
      // The bundle lives in a temp folder; better-sqlite3 comes from the project, as it would
      // from the packaged app's node_modules.
      env: { ...process.env, PARALLAX_HOME: home, NODE_PATH: join(ROOT, 'node_modules') },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as BootLog;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-electron-boot-'));
  execFileSync(process.execPath, ['electron/build.mjs', '--outdir', join(dir, 'electron')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  // A stand-in for the built renderer, where main expects it: beside dist/electron.
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Parallax</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/electron/main.cjs', () => {
  it('starts: data folder, single instance, scheme, IPC, menu, window', () => {
    const home = join(dir, 'home-a');
    const log = boot(home);
    expect(log.paths.userData).toBe(home);
    expect(log.lock).toBe(true);
    expect(log.quit).toBe(false);
    expect(log.schemesBeforeReady).toBe(true);
    expect(log.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(log.protocolSchemes).toEqual(['app']);
    expect(log.channels.sort()).toEqual(
      AppSession.methodNames()
        .map((m) => `parallax:${m}`)
        .sort(),
    );
    expect(log.menuItems).toBeGreaterThan(3);
    expect(log.permissionGranted).toBe(false);
    expect(log.permissionCheck).toBe(false);
    expect(log.windows).toEqual([
      {
        url: 'app://parallax/index.html',
        show: false,
        webPreferences: expect.objectContaining({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
          preload: join(dir, 'electron', 'preload.cjs'),
        }),
      },
    ]);
    expect(log.errors).toEqual([]);
  });

  it('serves only the renderer folder over app://, with the CSP on HTML', () => {
    const { responses } = boot(join(dir, 'home-b'));
    expect(responses['app://parallax/index.html']).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: expect.stringContaining('<title>Parallax</title>'),
    });
    expect(responses['app://parallax/']).toMatchObject({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
    });
    expect(responses['app://parallax/assets/app.js']).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      csp: null,
    });
    expect(responses['app://parallax/some/route']).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    expect(responses['app://parallax/missing.js']).toMatchObject({ status: 404 });
    expect(responses['app://parallax/..%2felectron%2fmain.cjs']).toMatchObject({
      status: 403,
      body: '',
    });
    expect(responses['app://elsewhere/index.html']).toMatchObject({ status: 404 });
  });

  it('opens a workspace named on the command line and adds it to recent documents', () => {
    const home = join(dir, 'home-c');
    const session = new AppSession({ host: 'browser', dataDir: join(dir, 'maker') });
    session.call('newWorkspace', { path: join(dir, 'kirkuk.parallax') });
    session.close();
    const log = boot(home, 'kirkuk.parallax');
    expect(log.recent).toEqual([join(dir, 'kirkuk.parallax')]);
    expect(log.errors).toEqual([]);
  });

  it('reports a workspace that cannot be opened', () => {
    const log = boot(join(dir, 'home-d'), join(dir, 'nowhere.parallax'));
    expect(log.recent).toEqual([]);
    expect(log.errors).toEqual([expect.stringContaining('could not open')]);
    expect(log.windows).toHaveLength(1);
  });
});
