import { describe, expect, it } from 'vitest';
import { quickCheckInWorker } from './quick-check-worker';
import { garbleLaterPages } from './test/damage';
import { fillWithStatements } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace } from './workspace';

const tmp = useTempDir('parallax-quick-check-');

function filledWorkspace(): string {
  const path = tmp.file('w.parallax');
  const ws = createWorkspace(path);
  fillWithStatements(ws.db, 300);
  ws.close();
  return path;
}

describe('quickCheckInWorker', () => {
  it('finds a healthy workspace ok', async () => {
    expect(await quickCheckInWorker(filledWorkspace())).toEqual({ kind: 'ok' });
  });

  it('finds damage only a check of every page sees', async () => {
    const path = filledWorkspace();
    garbleLaterPages(path);
    const outcome = await quickCheckInWorker(path);
    expect(outcome.kind).toBe('damaged');
  });

  it('says the check failed, not that the file is damaged, when it cannot open the file', async () => {
    const outcome = await quickCheckInWorker(tmp.file('missing.parallax'));
    expect(outcome.kind).toBe('failed');
  });
});
