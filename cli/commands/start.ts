import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { RecentStore } from '../../core/recent-store';
import { defaultDataDir } from '../../core/data-dir';
import { findElectronBinary } from '../electron-binary';
import { runHost } from '../host-runner';

const MAIN_BUNDLE = fileURLToPath(new URL('../../dist/electron/main.cjs', import.meta.url));
const BUILD_SCRIPT = fileURLToPath(new URL('../../electron/build.mjs', import.meta.url));

function runElectron(binary: string, file: string | null): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary, [MAIN_BUNDLE, ...(file ? [file] : [])], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 0));
    child.on('error', () => resolve(1));
  });
}

function buildElectronBundle(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_SCRIPT], { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error('Building the desktop shell failed.')),
    );
  });
}

export const start: Command = {
  name: 'start',
  summary: 'Start Parallax: the desktop app, or the browser host where Electron is missing',
  usage: `Usage: parallax start [FILE] [--no-open]

Starts the Parallax desktop app on FILE (or the start screen). Where the Electron binary
cannot be had, says so in one line and serves Parallax in your browser instead, on FILE,
else the last workspace you opened, else the Kirkuk sample.

Options:
  --no-open    In the browser fallback, print the address but do not open a browser
  -h, --help   Show this help
`,
  async run(argv, io) {
    const { positionals, values } = parseCommandArgs(
      'start',
      argv,
      { 'no-open': { type: 'boolean' } },
      { names: ['FILE'], min: 0 },
    );
    const file = positionals[0] ?? null;
    const electron = findElectronBinary();
    if (electron.path !== null) {
      await buildElectronBundle();
      return runElectron(electron.path, file);
    }
    io.err(
      `Electron is not available here (${electron.reason}); opening Parallax in your browser instead.\n`,
    );
    const last =
      new RecentStore(defaultDataDir()).list().find((r) => existsSync(r.path))?.path ?? null;
    const chosen = file ?? last;
    return runHost(
      { file: chosen, sample: chosen === null, port: 0, open: !values['no-open'] },
      io,
    );
  },
};
