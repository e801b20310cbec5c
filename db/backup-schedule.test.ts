import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BackupSchedule } from './backup-schedule';
import { listBackups } from './backups';
import { fillWithStatements } from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace } from './workspace';

const tmp = useTempDir();

function statementCount(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM statements').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('BackupSchedule', () => {
  it('closing during a background backup makes the backup at once, without a warning', async () => {
    const path = tmp.file('busy.parallax');
    const ws = createWorkspace(path);
    fillWithStatements(ws.db, 20_000); // thousands of pages: several background steps
    const warnings: string[] = [];
    const schedule = new BackupSchedule(ws.db, path, { onWarning: (m) => warnings.push(m) });

    schedule.changed(); // no backup yet: due at once
    await new Promise((done) => setTimeout(done, 0)); // the background copy has started
    expect(listBackups(path)).toEqual([]);
    fillWithStatements(ws.db, 10); // a change it may not have seen
    schedule.close();
    ws.close(); // cuts the background copy short
    await new Promise((done) => setTimeout(done, 50));

    expect(warnings).toEqual([]);
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    expect(statementCount(backups[0]!.path)).toBe(20_010);
  });
});
