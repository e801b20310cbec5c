import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Parallax keeps its own files (recent list, the sample workspace, report builder settings)
 * when the host does not say: $PARALLAX_HOME, else the platform's usual per-user application data
 * folder.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PARALLAX_HOME) return env.PARALLAX_HOME;
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Parallax');
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Parallax');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'parallax');
}
