import type { Database as Db } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldText, SOURCE_INDEX_CHARS } from '../search-folding';
import { insertSource, openMigratedDb } from '../test/fixtures';
import { useTempDir } from '../test/temp-dir';

/** A body of `chars` characters whose last word is `last`, the rest filler words. */
function bodyOf(chars: number, last: string): string {
  const tail = ` ${last}`;
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(chars / 27)).slice(0, chars);
  return filler.slice(0, chars - tail.length) + tail;
}

function findSources(db: Db, term: string): string[] {
  return db
    .prepare<[string], string>(
      `SELECT s.id FROM sources_fts f JOIN sources s ON s.seq = f.rowid
       WHERE sources_fts MATCH ? ORDER BY s.seq`,
    )
    .pluck()
    .all(`"${foldText(term)}"`);
}

function expectIndexInSync(db: Db): void {
  expect(() =>
    db.prepare("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)").run(),
  ).not.toThrow();
}

describe('migration 0005 (search-limit)', () => {
  const tmp = useTempDir();

  it('indexes a body up to SOURCE_INDEX_CHARS whole, and only that much of a longer one', () => {
    const db = tmp.track(openMigratedDb(tmp.file('w.parallax'), 5));
    const within = insertSource(db, { body: bodyOf(SOURCE_INDEX_CHARS, 'kirkuk') });
    const longer = insertSource(db, { body: `baghdad ${bodyOf(SOURCE_INDEX_CHARS, 'erbil')}` });
    expect(findSources(db, 'kirkuk')).toEqual([within]);
    expect(findSources(db, 'baghdad')).toEqual([longer]);
    expect(findSources(db, 'erbil')).toEqual([]);
    expectIndexInSync(db);
    // The update and delete triggers take out exactly what was put in.
    db.prepare("UPDATE sources SET body = 'mosul ' || body WHERE id = ?").run(longer);
    expect(findSources(db, 'mosul')).toEqual([longer]);
    expectIndexInSync(db);
    db.prepare('DELETE FROM sources WHERE id = ?').run(longer);
    expect(findSources(db, 'mosul')).toEqual([]);
    expectIndexInSync(db);
  });

  it('re-indexes a version 4 workspace holding a longer body, and keeps the others’ entries', () => {
    const path = tmp.file('w.parallax');
    const v4 = openMigratedDb(path, 4);
    const short = insertSource(v4, { title: 'Short', body: 'Talks on كركوك resume.' });
    const long = insertSource(v4, { body: `baghdad ${bodyOf(SOURCE_INDEX_CHARS, 'erbil')}` });
    expect(findSources(v4, 'erbil')).toEqual([long]);
    v4.close();
    const db = tmp.track(openMigratedDb(path, 5));
    expectIndexInSync(db);
    expect(findSources(db, 'erbil')).toEqual([]);
    expect(findSources(db, 'baghdad')).toEqual([long]);
    expect(findSources(db, 'كركوك')).toEqual([short]);
    db.prepare('DELETE FROM sources WHERE id = ?').run(long);
    expectIndexInSync(db);
  });
});
