import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from '../core/session';
import type { ParallaxBridge } from './preload-api';

let outdir: string;
let preload: string;
let main: string;

/** Every module a CommonJS bundle requires at run time. */
function requires(code: string): string[] {
  return [
    ...new Set([...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2] ?? '')),
  ].sort();
}

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'parallax-electron-build-'));
  execFileSync(process.execPath, ['electron/build.mjs', '--outdir', outdir], {
    cwd: join(import.meta.dirname, '..'),
    stdio: 'pipe',
  });
  preload = readFileSync(join(outdir, 'preload.cjs'), 'utf8');
  main = readFileSync(join(outdir, 'main.cjs'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('electron/build.mjs', () => {
  it('bundles a preload that requires nothing but electron', () => {
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/\bimport\(|\bimport\s+\{|from\s+["']/);
    // The names are inlined, not the contract: no zod in the sandbox.
    expect(preload).not.toMatch(/zod|ZodError/);
    expect(preload.length).toBeLessThan(20_000);
  });

  it('bundles a main that requires only electron, better-sqlite3 and Node built-ins', () => {
    const builtins = new Set(builtinModules);
    const others = requires(main).filter((m) => !m.startsWith('node:') && !builtins.has(m));
    // canvas: an optional peer of pdf.js and linkedom, required inside a try.
    expect(others.filter((m) => m !== 'canvas' && m !== '@napi-rs/canvas')).toEqual([
      'better-sqlite3',
      'electron',
    ]);
  });

  it('produces a preload that works in a bare context with only require("electron")', () => {
    const exposed = new Map<string, unknown>();
    const sent: Array<[string, unknown]> = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => {
          sent.push([channel, input]);
          return Promise.resolve({ ok: true, result: null });
        },
        on: () => {},
        removeListener: () => {},
      },
    };
    const require = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`the sandbox has no module ${name}`);
      return fakeElectron;
    };
    runInNewContext(preload, { require, Promise, exports: {}, module: { exports: {} } });
    const bridge = exposed.get('parallax') as ParallaxBridge;
    for (const method of AppSession.methodNames()) void bridge.call(method, {});
    void bridge.call('notAMethod', {});
    expect(sent.map(([channel]) => channel)).toEqual(
      AppSession.methodNames().map((m) => `parallax:${m}`),
    );
  });
});
