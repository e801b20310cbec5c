import type { Database as Db } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CONFLICT_COUNTS,
  CONFLICT_COUNTS_ONE,
  CONFLICT_SIDES,
  SEARCH_STATEMENTS,
  STANCES_BY_PROPOSITION,
  STATEMENTS_BY_DATE_RANGE,
  STATEMENTS_BY_SOURCE,
  STATEMENTS_BY_SPEAKER,
} from './hot-queries';
import { foldText } from './search-folding';
import {
  fillWithStatements,
  insertActor,
  insertProposition,
  insertSource,
  insertStance,
  insertStatement,
} from './test/fixtures';
import { useTempDir } from './test/temp-dir';
import { createWorkspace } from './workspace';

const tmp = useTempDir();
let db: Db;

beforeEach(() => {
  // A real workspace with some rows, and no ANALYZE: plans must not depend on statistics.
  db = tmp.track(createWorkspace(tmp.file('plans.parallax'))).db;
  fillWithStatements(db, 200);
});

function plan(sql: string, params: unknown[]): string[] {
  return db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => row.detail);
}

/** No full scan of a real table (only of an FTS index), and no sorting after the fact. */
function expectIndexedPlan(details: string[]): void {
  const text = details.join('\n');
  for (const detail of details) {
    if (detail.startsWith('SCAN ')) expect(detail, text).toContain('VIRTUAL TABLE INDEX');
  }
  expect(text).not.toMatch(/SCAN (statements|stances)\b/);
  expect(text).not.toContain('USE TEMP B-TREE');
}

describe('hot query plans', () => {
  it('statements by speaker use statements_by_speaker', () => {
    const details = plan(STATEMENTS_BY_SPEAKER, ['speaker-id']);
    expectIndexedPlan(details);
    expect(details.join('\n')).toMatch(
      /SEARCH statements USING INDEX statements_by_speaker \(speaker_id=\?\)/,
    );
  });

  it('statements by date range use statements_by_date', () => {
    const details = plan(STATEMENTS_BY_DATE_RANGE, ['2020-01-01', '2020-12-31']);
    expectIndexedPlan(details);
    expect(details.join('\n')).toMatch(
      /SEARCH statements USING INDEX statements_by_date \(said_on>\? AND said_on<\?\)/,
    );
  });

  it('statements by source use statements_by_source', () => {
    const details = plan(STATEMENTS_BY_SOURCE, ['source-id']);
    expectIndexedPlan(details);
    expect(details.join('\n')).toMatch(
      /SEARCH statements USING INDEX statements_by_source \(source_id=\?\)/,
    );
  });

  it('stances by proposition use stances_by_proposition', () => {
    const details = plan(STANCES_BY_PROPOSITION, ['proposition-id']);
    expectIndexedPlan(details);
    expect(details.join('\n')).toMatch(
      /SEARCH stances USING INDEX stances_by_proposition \(proposition_id=\?\)/,
    );
  });

  it('conflict counts read only the covering index stances_by_proposition, in its order', () => {
    const all = plan(CONFLICT_COUNTS, []).join('\n');
    expect(all).toMatch(/^SCAN stances USING COVERING INDEX stances_by_proposition$/);
    const one = plan(CONFLICT_COUNTS_ONE, ['proposition-id']);
    expectIndexedPlan(one);
    expect(one.join('\n')).toMatch(
      /SEARCH stances USING COVERING INDEX stances_by_proposition \(proposition_id=\? AND stance=\?\)/,
    );
  });

  it("a proposition's conflict sides use stances_by_proposition and join by key", () => {
    const details = plan(CONFLICT_SIDES, ['proposition-id']);
    expectIndexedPlan(details);
    const text = details.join('\n');
    expect(text).toMatch(
      /SEARCH st USING INDEX stances_by_proposition \(proposition_id=\? AND stance=\?\)/,
    );
    expect(text).toMatch(/SEARCH s USING INDEX sqlite_autoindex_statements_1 \(id=\?\)/);
  });

  it('statement search uses the FTS index and joins back by primary key', () => {
    const details = plan(SEARCH_STATEMENTS, ['"minister"']);
    expectIndexedPlan(details);
    const text = details.join('\n');
    expect(text).toMatch(/SCAN f VIRTUAL TABLE INDEX/);
    expect(text).toMatch(/SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(text).toMatch(/SEARCH a USING (COVERING )?INDEX sqlite_autoindex_actors_1 \(id=\?\)/);
  });
});

describe('hot queries', () => {
  it('return what they promise', () => {
    const speaker = insertActor(db, { name: 'Kofi Annan' });
    const source = insertSource(db, { title: 'Speech', body: 'x'.repeat(100) });
    const dated = (said_on: string, extra: Record<string, string | number> = {}) =>
      insertStatement(db, speaker, {
        said_on,
        said_on_precision: 'day',
        text: `peace ${said_on}`,
        ...extra,
      });
    const late = dated('2001-12-10', { source_id: source, position_start: 50, position_end: 60 });
    const early = dated('1997-01-01', { source_id: source, position_start: 5, position_end: 9 });
    const middle = dated('1999-06-30');
    const proposition = insertProposition(db);
    const stance = insertStance(db, middle, proposition, { stance: 'qualifies' });

    const ids = (sql: string, ...params: unknown[]) =>
      (db.prepare(sql).all(...params) as Array<{ id: string }>).map((r) => r.id);

    expect(ids(STATEMENTS_BY_SPEAKER, speaker)).toEqual([early, middle, late]);
    expect(ids(STATEMENTS_BY_DATE_RANGE, '1998-01-01', '2001-12-10')).toEqual([middle, late]);
    expect(ids(STATEMENTS_BY_SOURCE, source)).toEqual([early, late]);
    expect(ids(STANCES_BY_PROPOSITION, proposition)).toEqual([stance]);
    expect(ids(SEARCH_STATEMENTS, `speaker : "${foldText('annan')}"`).sort()).toEqual(
      [early, middle, late].sort(),
    );
    expect(ids(SEARCH_STATEMENTS, `"${foldText('minister')}"`)).toHaveLength(20);
  });
});
