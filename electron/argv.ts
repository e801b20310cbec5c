import { isAbsolute, resolve } from 'node:path';
import { WORKSPACE_EXTENSION } from '../db/workspace';

/**
 * The workspace named on a command line, if any: what a file manager passes on Windows and
 * Linux when a `.parallax` file is opened, and what a second launch forwards to the first
 * instance. Flags (Chromium adds its own) are skipped; the last `.parallax` argument wins, and a
 * relative path is resolved against the directory the command was run in.
 */
export function workspacePathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(WORKSPACE_EXTENSION)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
