import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../server/static-files';

/**
 * Every BrowserWindow the app creates, built against a stand-in 'electron' that records the
 * constructor options, checked against Electron's security checklist. The print window runs
 * no script at all. The CSP part covers both hosts: the browser host's header and what app://
 * serves.
 */
const fake = vi.hoisted(() => ({
  windows: [] as Array<{ webPreferences?: Record<string, unknown> }>,
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      once: () => undefined,
      printToPDF: async () => Buffer.from('%PDF-1.7'),
    };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      fake.windows.push(options);
    }
    once(): void {}
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
    destroy(): void {}
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: () => ({ webRequest: { onBeforeRequest: () => undefined } }),
    },
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.handlers.set(scheme, handler),
    },
  };
});

const { createMainWindow } = await import('./window');
const { electronPdfPrinter } = await import('./print-to-pdf');
const { serveAppFiles } = await import('./app-protocol');

/** What Electron's checklist asks of every window, whatever it shows. */
const REQUIRED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

describe('BrowserWindow options', () => {
  it('only window.ts and print-to-pdf.ts create windows', () => {
    // A third window would not be covered by the tests below.
    const creators = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) =>
        /new\s+BrowserWindow\s*\(/.test(readFileSync(join(import.meta.dirname, f), 'utf8')),
      )
      .sort();
    expect(creators).toEqual(['print-to-pdf.ts', 'window.ts']);
  });

  it('the main window: sandboxed, isolated, no Node, no webview, only our preload', () => {
    fake.windows.length = 0;
    createMainWindow('/app/preload.cjs');
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.webPreferences;
    expect(prefs).toMatchObject({ ...REQUIRED, preload: '/app/preload.cjs' });
    // Settings that would loosen the checklist must not appear at all.
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('the hidden print window: the same, and no JavaScript', async () => {
    fake.windows.length = 0;
    const pdf = await electronPdfPrinter()('<!doctype html><title>r</title><p>x</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.webPreferences;
    expect(prefs).toMatchObject({ ...REQUIRED, javascript: false });
    expect(prefs).not.toHaveProperty('preload');
  });
});

/** Directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

function expectStrictPolicy(policy: string | null): void {
  expect(policy).not.toBeNull();
  const d = directives(policy!);
  const defaults = d.get('default-src');
  expect(defaults).toBeDefined();
  expect(defaults).not.toContain('*');
  // script-src falls back to default-src when absent; either way no inline or eval.
  const scripts = d.get('script-src') ?? defaults!;
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:'])
    expect(scripts).not.toContain(bad);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
}

describe('Content-Security-Policy', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-csp-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Parallax</title>');
    serveAppFiles(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the browser host policy allows no inline script, no eval and nothing from elsewhere', () => {
    expectStrictPolicy(CONTENT_SECURITY_POLICY);
  });

  it('app:// serves its HTML with the same policy', async () => {
    const handler = fake.handlers.get('app');
    expect(handler).toBeDefined();
    for (const url of ['app://parallax/', 'app://parallax/index.html', 'app://parallax/a/route']) {
      const response = await handler!(new Request(url));
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy');
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
      expectStrictPolicy(policy);
    }
  });

  it('the checks themselves catch a loose policy', () => {
    expect(() =>
      expectStrictPolicy("default-src 'self'; script-src 'self' 'unsafe-eval'"),
    ).toThrow();
    expect(() => expectStrictPolicy("default-src *; object-src 'none'")).toThrow();
    expect(() => expectStrictPolicy("default-src 'self' 'unsafe-inline'")).toThrow();
  });
});
