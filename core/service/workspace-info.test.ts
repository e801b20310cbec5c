import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../api';
import { LATEST_VERSION } from '../../db/migrations';
import { expectError } from '../test/expect-error';
import { minimalInput } from '../test/sample-input';
import { seedWorld } from '../test/seed';
import { useTempWorkspace } from '../test/temp-workspace';

describe('the workspace as a whole', () => {
  const ws = useTempWorkspace();

  it('reports its path, schema version and counts', () => {
    const c = ws.client;
    expect(c.workspaceInfo({})).toEqual({
      path: ws.path,
      schemaVersion: LATEST_VERSION,
      counts: { sources: 0, actors: 0, statements: 0, propositions: 0, comparisons: 0, tags: 0 },
    });
    seedWorld(c);
    expect(c.workspaceInfo({}).counts).toEqual({
      sources: 2,
      actors: 4,
      statements: 3,
      propositions: 1,
      comparisons: 1,
      tags: 2,
    });
    c.undo();
    expect(ws.reopen().workspaceInfo({}).counts.statements).toBe(3);
  });

  it('answers every call with a plain io error once closed', () => {
    ws.service.close();
    for (const method of METHOD_NAMES) {
      expectError(() => ws.service.call(method, minimalInput(method)), 'io', /closed/);
    }
  });
});
