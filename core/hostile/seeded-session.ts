import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppState } from '../app-api';
import { AppSession } from '../session';
import { seedWorld } from '../test/seed';
import { createTempWorkspace } from '../test/temp-workspace';

/** A session over a seeded workspace file, with the file's hash from before it was opened. */
export interface SeededSession {
  readonly session: AppSession;
  /** The temp folder holding the workspace and the session's data folder. */
  readonly dir: string;
  readonly path: string;
  readonly hashBefore: string;
  /** Closes the session's workspace, then hashes the file (close first: WAL checkpoint). */
  closeAndHash(): string;
  dispose(): void;
}

export function openSeededSession(host: AppState['host']): SeededSession {
  const ws = createTempWorkspace();
  seedWorld(ws.client);
  ws.close();
  const hashBefore = ws.fileSha256();
  const session = new AppSession({
    host,
    dataDir: join(ws.dir, 'data'),
    defaultFolder: ws.dir,
    author: 'hostile-input-test',
  });
  session.call('openWorkspace', { path: ws.path });
  return {
    session,
    dir: ws.dir,
    path: ws.path,
    hashBefore,
    closeAndHash() {
      session.close();
      return ws.fileSha256();
    },
    dispose() {
      session.close();
      rmSync(ws.dir, { recursive: true, force: true });
    },
  };
}

/** Own property names of Object.prototype: a successful pollution adds one. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
