import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../cli/electron-binary';

/**
 * Builds the renderer once per run (about a second), so every test serves the current UI, and
 * the Electron bundles too where there is an Electron to run them.
 */
export default function globalSetup(): void {
  const cwd = fileURLToPath(new URL('../', import.meta.url));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['run', '--silent', 'build:renderer'], { cwd, stdio: 'inherit' });
  if (findElectronBinary().path !== null) {
    execFileSync(process.execPath, ['electron/build.mjs'], { cwd, stdio: 'inherit' });
  }
}
