import {
  test as base,
  expect,
  type Browser,
  type ConsoleMessage,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findElectronBinary } from '../cli/electron-binary';
import { ActorsPage } from './pages/actors-page';
import { PropositionsPage } from './pages/propositions-page';
import { SourcesPage } from './pages/sources-page';
import { StartPage } from './pages/start-page';
import { StatementsPage } from './pages/statements-page';
import { WorkbenchPage } from './pages/workbench-page';

/**
 * Each test gets its own temp folder (HOME, and PARALLAX_HOME inside it, so the recent list and
 * the sample stay there), a fresh workspace made by `parallax init`, and its own Parallax:
 *
 * - `browser` project: `parallax serve FILE --no-open --port 0`, the one address it prints,
 *   and a fresh context in the system's Chromium. After the test the server gets SIGTERM and
 *   must exit 0.
 * - `electron` project: the desktop app (dist/electron/main.cjs) through `_electron.launch`, or,
 *   where the Electron binary cannot be had, the test is skipped with the reason.
 *
 * Every request the page makes is recorded; after the test each must have stayed on the
 * app's own origin (or be data:/blob:): nothing leaves 127.0.0.1. Uncaught exceptions and
 * console errors (a refused Content-Security-Policy, a failed load) fail the test too.
 */

export type Host = 'browser' | 'electron';

/** What the app shows when it starts. */
export type Opening = 'empty-workspace' | 'start-screen';

export interface ParallaxOptions {
  host: Host;
}

export const ELECTRON_SKIP_REASON =
  'Electron binary not available on this machine (its download is blocked); the same specs run in the browser project';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'cli/bin/parallax.js');
const ELECTRON_MAIN = join(REPO, 'dist/electron/main.cjs');
const run = promisify(execFile);

export interface ParallaxApp {
  readonly host: Host;
  readonly page: Page;
  /** The test's temp folder; also $HOME, where the folder dialog starts. */
  readonly dir: string;
  /** $PARALLAX_HOME: recent list and the sample workspace. */
  readonly dataDir: string;
  /** The workspace the app was started with; null on the start screen. */
  readonly workspaceFile: string | null;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Present in the electron project: the main process, for stubbing native dialogs. */
  readonly electron: ElectronApplication | null;
}

interface Fixtures {
  opening: Opening;
  electronGate: void;
  app: ParallaxApp;
  start: StartPage;
  workbench: WorkbenchPage;
  statements: StatementsPage;
  sources: SourcesPage;
  actors: ActorsPage;
  propositions: PropositionsPage;
}

interface WorkerFixtures {
  host: Host;
  chromium: Browser | null;
}

/** `parallax init FILE`: a new, empty workspace. */
export async function initWorkspace(file: string): Promise<void> {
  await run(process.execPath, [CLI, 'init', file], { cwd: REPO });
}

/** `parallax serve`'s one line on stdout, or the reason it never came. */
export function readAddress(server: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`parallax serve printed no address in 20 s\n${stderr()}`)),
      20_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) resolve(line);
      else reject(new Error(`Unexpected first line from parallax serve: ${line}`));
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parallax serve exited (${code}) before printing its address\n${stderr()}`));
    });
  });
}

export function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Console errors fail the test, except Chromium's "Failed to load resource" for an API answer
 * with an error status: the API answers a missing record with 404 and the UI handles it.
 */
function consoleError(message: ConsoleMessage, errors: string[]): void {
  if (message.type() !== 'error') return;
  if (
    message.text().startsWith('Failed to load resource') &&
    message.location().url.includes('/api/')
  )
    return;
  errors.push(`console: ${message.text()}`);
}

function allowedRequest(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  host: ['browser', { scope: 'worker', option: true }],
  opening: ['empty-workspace', { option: true }],

  // One Chromium per worker (the browser project only); each test gets a fresh context.
  chromium: [
    async ({ host, playwright, launchOptions }, use) => {
      if (host !== 'browser') {
        await use(null);
        return;
      }
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  // Runs before any other fixture, so a skipped electron test launches nothing.
  electronGate: [
    async ({ host }, use, testInfo) => {
      if (host === 'electron') {
        const binary = findElectronBinary();
        testInfo.skip(binary.path === null, ELECTRON_SKIP_REASON);
      }
      await use();
    },
    { auto: true },
  ],

  app: async ({ host, opening, chromium, playwright, viewport, colorScheme }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
    const dataDir = join(dir, 'home');
    const env = { ...process.env, PARALLAX_HOME: dataDir, HOME: dir };
    let workspaceFile: string | null = null;
    if (opening === 'empty-workspace') {
      workspaceFile = join(dir, 'Research.parallax');
      await initWorkspace(workspaceFile);
    }
    const requests: string[] = [];
    const pageErrors: string[] = [];

    if (host === 'browser') {
      let stderr = '';
      const server = spawn(
        process.execPath,
        [CLI, 'serve', ...(workspaceFile ? [workspaceFile] : []), '--no-open', '--port', '0'],
        {
          cwd: REPO,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      try {
        const address = await readAddress(server, () => stderr);
        const origin = new URL(address).origin;
        const context = await chromium!.newContext({ viewport, colorScheme });
        context.on('request', (request) => requests.push(request.url()));
        const page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (message) => consoleError(message, pageErrors));
        await page.goto(address);
        await page.locator('body[data-ready]').waitFor();
        await use({ host, page, dir, dataDir, workspaceFile, requests, electron: null });

        if (testInfo.status !== testInfo.expectedStatus) {
          await testInfo
            .attach('screenshot', { body: await page.screenshot(), contentType: 'image/png' })
            .catch(() => {});
        }
        await context.close();
        const outside = requests.filter((url) => !allowedRequest(url, origin));
        expect(outside, `requests that left ${origin}`).toEqual([]);
      } finally {
        server.kill('SIGTERM');
        const code = await exitCode(server);
        if (stderr.trim())
          await testInfo.attach('parallax serve stderr', {
            body: stderr,
            contentType: 'text/plain',
          });
        expect(code, `parallax serve's exit status after SIGTERM\n${stderr}`).toBe(0);
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const binary = findElectronBinary();
      if (binary.path === null) throw new Error(ELECTRON_SKIP_REASON); // the gate skipped already
      const electron = await playwright._electron.launch({
        executablePath: binary.path,
        args: ['--no-sandbox', ELECTRON_MAIN, ...(workspaceFile ? [workspaceFile] : [])],
        cwd: dir,
        env: env as Record<string, string>,
        colorScheme: colorScheme ?? undefined,
      });
      try {
        const page = await electron.firstWindow();
        page.on('request', (request) => requests.push(request.url()));
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (message) => consoleError(message, pageErrors));
        if (viewport) await page.setViewportSize(viewport);
        await page.locator('body[data-ready]').waitFor();
        await use({ host, page, dir, dataDir, workspaceFile, requests, electron });
        const outside = requests.filter((url) => !allowedRequest(url, 'app://parallax'));
        expect(outside, 'requests that left the app').toEqual([]);
      } finally {
        await electron.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(pageErrors, 'uncaught errors and console errors in the page').toEqual([]);
  },

  start: async ({ app }, use) => use(new StartPage(app)),
  workbench: async ({ app }, use) => use(new WorkbenchPage(app.page)),
  statements: async ({ app }, use) => use(new StatementsPage(app.page)),
  sources: async ({ app }, use) => use(new SourcesPage(app.page)),
  actors: async ({ app }, use) => use(new ActorsPage(app.page)),
  propositions: async ({ app }, use) => use(new PropositionsPage(app.page)),
});

export { expect };
