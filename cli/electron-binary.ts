import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron executable, or null with the reason it cannot be had. The `electron` package
 * downloads its binary on first use; where that download is impossible (no network, a blocked
 * host) the package is present but its binary is not.
 */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  if (process.env.PARALLAX_NO_ELECTRON) return { path: null, reason: 'PARALLAX_NO_ELECTRON is set' };
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch {
    return { path: null, reason: 'the Electron binary has not been downloaded' };
  }
  if (typeof path !== 'string' || !existsSync(path)) {
    return { path: null, reason: 'the Electron binary has not been downloaded' };
  }
  return { path };
}
