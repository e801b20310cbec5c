import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const UNAVAILABLE = 'the Electron binary has not been downloaded';

/**
 * The Electron executable, or null with the reason it cannot be had. Electron's own
 * `require('electron')` tries to download a missing binary, which hangs or fails on a closed
 * network, so this reads the package's `path.txt` and looks for the file itself.
 */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  if (process.env.PARALLAX_NO_ELECTRON)
    return { path: null, reason: 'PARALLAX_NO_ELECTRON is set' };
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { path: null, reason: UNAVAILABLE };
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? { path: binary } : { path: null, reason: UNAVAILABLE };
}
