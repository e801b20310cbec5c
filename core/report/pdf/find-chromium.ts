/**
 * Where a Chromium-family browser lives on this computer, for printing reports to PDF.
 * Parallax never downloads a browser (it works offline): it uses one the person has installed.
 */
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { createRequire } from 'node:module';
import { ParallaxError } from '../../errors';

/** The variable that names a browser explicitly; it wins over every other place. */
export const CHROMIUM_ENV = 'PARALLAX_CHROMIUM';

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
];

const MACOS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS_APPS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
];

/** Windows spells these variables in mixed case; a plain object (not process.env) is case-sensitive. */
function windowsDir(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  const value = key === undefined ? undefined : env[key];
  return value ? value : undefined;
}

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA']
    .map((name) => windowsDir(env, name))
    .filter((root): root is string => root !== undefined);
  return roots.flatMap((root) => WINDOWS_APPS.map((parts) => win32.join(root, ...parts)));
}

/** playwright-core's own download location, if someone installed one there (it throws on a platform it does not know). */
function playwrightChromium(): string | null {
  try {
    // Loaded here, not at the top: playwright-core takes ~0.5 s to load, which every start of
    // the command line would otherwise pay.
    const { chromium } = createRequire(import.meta.url)(
      'playwright-core',
    ) as typeof import('playwright-core');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * The path of a Chromium, Chrome or Edge executable, or null when none is found: PARALLAX_CHROMIUM
 * first, then the usual install paths on Linux, macOS and Windows, then playwright-core's own.
 * Throws ParallaxError('unavailable') when PARALLAX_CHROMIUM names a file that does not exist
 * (silently using another browser would hide the person's mistake).
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const chosen = env[CHROMIUM_ENV];
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new ParallaxError(
      'unavailable',
      `${CHROMIUM_ENV} is set to ${chosen}, but there is no file there. Correct or unset ${CHROMIUM_ENV}.`,
    );
  }
  for (const candidate of [...LINUX, ...MACOS, ...windowsCandidates(env)]) {
    if (exists(candidate)) return candidate;
  }
  const bundled = playwrightChromium();
  return bundled !== null && exists(bundled) ? bundled : null;
}
