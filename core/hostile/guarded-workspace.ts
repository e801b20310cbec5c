import { afterAll, beforeAll } from 'vitest';
import { createTempWorkspace, type TempWorkspace } from '../test/temp-workspace';

export interface GuardedWorkspace {
  ws: TempWorkspace;
  /** The workspace file's sha256 before the tests ran. */
  hashBefore: string;
}

/**
 * A workspace holding one source, with its file's sha256 taken before the tests: a hostile
 * import must leave it byte for byte. Set up once for the describe block that calls it; the
 * fields are filled in its beforeAll.
 */
export function useGuardedWorkspace(): GuardedWorkspace {
  const guarded = {} as GuardedWorkspace;
  beforeAll(() => {
    const ws = createTempWorkspace();
    ws.client.createSource({ title: 'Existing', body: 'Already here.' });
    ws.close();
    guarded.hashBefore = ws.fileSha256();
    ws.reopen();
    guarded.ws = ws;
  });
  afterAll(() => guarded.ws.dispose());
  return guarded;
}
