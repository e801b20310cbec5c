/** Gives a benchmark workspace's statements stances, so the conflict board has work at scale. */
import { randomUUID } from 'node:crypto';
import { openWorkspace } from '../db/workspace';
import { STAMP, tick } from './build';
import { prng } from './corpus';

const BATCH = 50_000;

/**
 * Adds `propositions` propositions and one stance per statement (45 % affirms, 45 % denies,
 * 10 % qualifies, on a proposition chosen at random), as bench/conflicts.ts does, by SQL in
 * batches. Returns how many stances it wrote (0 when the workspace has stances already).
 */
export async function addStances(
  path: string,
  propositions: number,
  log: (line: string) => void,
): Promise<number> {
  const workspace = openWorkspace(path);
  try {
    const { db } = workspace;
    if ((db.prepare('SELECT count(*) FROM stances').pluck().get() as number) > 0) return 0;
    db.pragma('cache_size = -262144');
    const random = prng(20171017);
    const ids = Array.from({ length: propositions }, () => randomUUID());
    const insertProposition = db.prepare(
      'INSERT INTO propositions (id, text, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    db.transaction(() =>
      ids.forEach((id, i) =>
        insertProposition.run(id, `Proposition ${i}: a claim about place ${i % 997}`, STAMP, STAMP),
      ),
    )();
    const statements = db
      .prepare('SELECT id FROM statements ORDER BY seq')
      .pluck()
      .all() as string[];
    const insertStance = db.prepare(
      `INSERT INTO stances (id, statement_id, proposition_id, stance, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const r = random();
        insertStance.run(
          randomUUID(),
          statements[i]!,
          ids[Math.floor(random() * propositions)]!,
          r < 0.45 ? 'affirms' : r < 0.9 ? 'denies' : 'qualifies',
          STAMP,
          STAMP,
        );
      }
    });
    for (let from = 0; from < statements.length; from += BATCH) {
      batch(from, Math.min(statements.length, from + BATCH));
      log(
        `  stances for ${Math.min(statements.length, from + BATCH).toLocaleString('en')} statements`,
      );
      await tick();
    }
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return statements.length;
  } finally {
    workspace.close();
  }
}
