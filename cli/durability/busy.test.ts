import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createService } from '../../core/service';
import { ParallaxError } from '../../core/errors';
import { createWorkspace, openWorkspace } from '../../db/workspace';
import { useTempDir } from '../test/harness';

describe('a workspace another Parallax is writing to', () => {
  const temp = useTempDir();

  it('answers in_use, writes nothing, and works once the other writer is done', () => {
    const path = temp.file('busy.parallax');
    createWorkspace(path).close();
    const workspace = openWorkspace(path);
    // Not the 5 s default: the test need not wait that long to see what happens after it.
    workspace.db.pragma('busy_timeout = 50');
    const service = createService(workspace);
    const other = new Database(path);
    try {
      other.exec('BEGIN IMMEDIATE'); // another process holding the write lock, mid-transaction
      let failure: unknown;
      try {
        service.client.createSource({ title: 'Blocked' });
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(ParallaxError);
      expect((failure as ParallaxError).toJSON()).toEqual({
        code: 'in_use',
        message: 'The workspace is busy: another Parallax is writing to it. Try again.',
      });
      other.exec('ROLLBACK');
      expect(service.client.listSources({}).total).toBe(0);
      expect(service.client.historyState().canUndo).toBe(false);
      service.client.createSource({ title: 'Again' });
      expect(service.client.listSources({}).items.map((s) => s.title)).toEqual(['Again']);
    } finally {
      other.close();
      service.close();
    }
  });
});
