import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the built UI lives, in a checkout and in a package alike. */
export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/**
 * Builds the UI with Vite when it has not been built yet (a fresh checkout), so `parallax serve`
 * works straight after `npm ci`. Vite is a development dependency: an installed package ships
 * the built UI instead.
 */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<string> {
  if (existsSync(`${RENDERER_DIR}/index.html`)) return RENDERER_DIR;
  log('Building the Parallax interface (first run only)…');
  const { build } = await import('vite');
  await build({
    configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
  return RENDERER_DIR;
}
