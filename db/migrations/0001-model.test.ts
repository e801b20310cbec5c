import type { Database as Db } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  insertActor,
  insertAlias,
  insertProposition,
  insertRow,
  insertSource,
  insertStance,
  insertStatement,
  openMigratedDb,
  tableColumns,
  TIMESTAMP,
} from '../test/fixtures';
import { useTempDir } from '../test/temp-dir';

const tmp = useTempDir();
let db: Db;

beforeEach(() => {
  db = tmp.track(openMigratedDb(tmp.file('model.parallax'), 1));
});

const stamps = { created_at: TIMESTAMP, updated_at: TIMESTAMP };

// prettier-ignore
const EXPECTED_COLUMNS: Record<string, string[]> = {
  sources: [
    'seq', 'id', 'kind', 'title', 'outlet', 'author', 'url', 'published_on', 'retrieved_at',
    'language', 'file_name', 'body', 'body_sha256', 'created_at', 'updated_at',
  ],
  source_versions: ['id', 'source_id', 'body', 'body_sha256', 'retrieved_at', 'created_at'],
  actors: ['id', 'kind', 'name', 'description', 'created_at', 'updated_at'],
  actor_aliases: ['id', 'actor_id', 'alias'],
  memberships: ['id', 'actor_id', 'organisation_id', 'role', 'start_date', 'end_date'],
  statements: [
    'seq', 'id', 'speaker_id', 'source_id', 'text', 'kind', 'language', 'translation',
    'translation_language', 'said_on', 'said_on_precision', 'role', 'venue', 'reported_via_id',
    'cue', 'quote_exact', 'quote_prefix', 'quote_suffix', 'position_start', 'position_end',
    'created_at', 'updated_at',
  ],
  propositions: ['id', 'text', 'description', 'created_at', 'updated_at'],
  stances: ['id', 'statement_id', 'proposition_id', 'stance', 'note', 'created_at', 'updated_at'],
  comparisons: ['id', 'title', 'assessment', 'created_at', 'updated_at'],
  comparison_items: ['id', 'comparison_id', 'statement_id', 'position'],
  tags: ['id', 'name', 'color', 'created_at'],
  statement_tags: ['id', 'statement_id', 'tag_id'],
  notes: [
    'id', 'statement_id', 'source_id', 'actor_id', 'proposition_id', 'comparison_id', 'body',
    'created_at', 'updated_at',
  ],
};

describe('migration 0001 (model)', () => {
  it('creates exactly the model tables, with the expected columns', () => {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all();
    expect(tables).toEqual(Object.keys(EXPECTED_COLUMNS).sort());
    for (const [table, columns] of Object.entries(EXPECTED_COLUMNS)) {
      expect(tableColumns(db, table), table).toEqual(columns);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates the lookup indexes', () => {
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'statements_by_speaker',
        'statements_by_date',
        'statements_by_source',
        'statements_by_reported_via',
        'stances_by_proposition',
        'actor_aliases_by_alias',
        'memberships_by_actor',
        'memberships_by_organisation',
        'comparison_items_by_statement',
        'statement_tags_by_tag',
        'source_versions_by_source',
      ]),
    );
  });

  it('applies column defaults', () => {
    const actor = insertActor(db);
    const source = insertSource(db);
    expect(db.prepare('SELECT kind FROM actors WHERE id = ?').pluck().get(actor)).toBe('person');
    expect(db.prepare('SELECT kind FROM sources WHERE id = ?').pluck().get(source)).toBe('article');
  });

  it('checks the kind of statements, actors and sources', () => {
    const actor = insertActor(db);
    expect(() => insertStatement(db, actor, { kind: 'rumour' })).toThrow(/CHECK constraint failed/);
    expect(() => insertActor(db, { kind: 'alien' })).toThrow(/CHECK constraint failed/);
    expect(() => insertSource(db, { kind: 'tweet' })).toThrow(/CHECK constraint failed/);
    expect(() => insertStatement(db, actor, { kind: 'paraphrase' })).not.toThrow();
    expect(() => insertActor(db, { kind: 'armed_group' })).not.toThrow();
    expect(() => insertSource(db, { kind: 'social_post' })).not.toThrow();
  });

  it('checks stance values, blank texts, dates and positions', () => {
    const actor = insertActor(db);
    const statement = insertStatement(db, actor);
    const proposition = insertProposition(db);
    expect(() => insertStance(db, statement, proposition, { stance: 'maybe' })).toThrow(/CHECK/);
    expect(() => insertStatement(db, actor, { text: '   ' })).toThrow(/CHECK/);
    expect(() => insertActor(db, { name: '' })).toThrow(/CHECK/);
    // A date needs its precision, and the other way round.
    expect(() => insertStatement(db, actor, { said_on: '2024-01-01' })).toThrow(/CHECK/);
    expect(() => insertStatement(db, actor, { said_on_precision: 'day' })).toThrow(/CHECK/);
    expect(() =>
      insertStatement(db, actor, { said_on: '2024-01', said_on_precision: 'month' }),
    ).not.toThrow();
    expect(() => insertStatement(db, actor, { position_start: 10, position_end: 5 })).toThrow(
      /CHECK/,
    );
    expect(() => insertStatement(db, actor, { position_start: -1, position_end: 5 })).toThrow(
      /CHECK/,
    );
    // Membership in oneself, or ending before it starts.
    const org = insertActor(db, { kind: 'organisation' });
    expect(() => insertRow(db, 'memberships', { actor_id: actor, organisation_id: actor })).toThrow(
      /CHECK/,
    );
    expect(() =>
      insertRow(db, 'memberships', {
        actor_id: actor,
        organisation_id: org,
        start_date: '2020-01-01',
        end_date: '2019-01-01',
      }),
    ).toThrow(/CHECK/);
  });

  it('allows an alias once per actor', () => {
    const first = insertActor(db, { name: 'Mohammad Javad Zarif' });
    const second = insertActor(db, { name: 'Mohammad Zarif (journalist)' });
    insertAlias(db, first, 'Zarif');
    expect(() => insertAlias(db, first, 'Zarif')).toThrow(/UNIQUE constraint failed/);
    expect(() => insertAlias(db, second, 'Zarif')).not.toThrow();
  });

  it('enforces foreign keys', () => {
    expect(() => insertStatement(db, 'no-such-actor')).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('refuses to delete a speaker, reporter or source that statements refer to', () => {
    const speaker = insertActor(db);
    const reporter = insertActor(db, { kind: 'outlet' });
    const source = insertSource(db);
    const statement = insertStatement(db, speaker, {
      source_id: source,
      reported_via_id: reporter,
    });

    for (const [table, id] of [
      ['actors', speaker],
      ['actors', reporter],
      ['sources', source],
    ] as const) {
      expect(() => db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id)).toThrow(
        /FOREIGN KEY constraint failed/,
      );
    }
    db.prepare('DELETE FROM statements WHERE id = ?').run(statement);
    expect(db.prepare('DELETE FROM actors WHERE id = ?').run(speaker).changes).toBe(1);
    expect(db.prepare('DELETE FROM sources WHERE id = ?').run(source).changes).toBe(1);
  });

  it('deletes the stances, tags, comparison items and notes of a deleted statement', () => {
    const actor = insertActor(db);
    const statement = insertStatement(db, actor);
    const other = insertStatement(db, actor);
    const proposition = insertProposition(db);
    insertStance(db, statement, proposition);
    const kept = insertStance(db, other, proposition, { stance: 'denies' });
    const tag = insertRow(db, 'tags', { name: 'economy', created_at: TIMESTAMP });
    insertRow(db, 'statement_tags', { statement_id: statement, tag_id: tag });
    const comparison = insertRow(db, 'comparisons', { title: 'Then and now', ...stamps });
    insertRow(db, 'comparison_items', {
      comparison_id: comparison,
      statement_id: statement,
      position: 0,
    });
    insertRow(db, 'notes', { statement_id: statement, body: 'check the date', ...stamps });

    db.prepare('DELETE FROM statements WHERE id = ?').run(statement);

    expect(db.prepare('SELECT id FROM stances').pluck().all()).toEqual([kept]);
    expect(db.prepare('SELECT count(*) FROM statement_tags').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM comparison_items').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    // The things the statement was linked to remain.
    expect(db.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM comparisons').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM propositions').pluck().get()).toBe(1);
  });

  it('deletes the stances of a deleted proposition and the aliases of a deleted actor', () => {
    const actor = insertActor(db);
    insertAlias(db, actor, 'A.');
    const speaker = insertActor(db);
    const proposition = insertProposition(db);
    insertStance(db, insertStatement(db, speaker), proposition);
    db.prepare('DELETE FROM propositions WHERE id = ?').run(proposition);
    db.prepare('DELETE FROM actors WHERE id = ?').run(actor);
    expect(db.prepare('SELECT count(*) FROM stances').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM actor_aliases').pluck().get()).toBe(0);
  });

  it('allows one stance per statement and proposition', () => {
    const statement = insertStatement(db, insertActor(db));
    const proposition = insertProposition(db);
    insertStance(db, statement, proposition);
    expect(() => insertStance(db, statement, proposition, { stance: 'denies' })).toThrow(/UNIQUE/);
  });

  it('attaches every note to exactly one thing', () => {
    const actor = insertActor(db);
    const statement = insertStatement(db, actor);
    const source = insertSource(db);
    const note = (targets: Record<string, string>) => () =>
      insertRow(db, 'notes', { body: 'a note', ...targets, ...stamps });

    expect(note({})).toThrow(/CHECK constraint failed/);
    expect(note({ statement_id: statement, source_id: source })).toThrow(/CHECK constraint failed/);
    expect(note({ actor_id: actor, statement_id: statement, source_id: source })).toThrow(/CHECK/);
    expect(note({ statement_id: statement })).not.toThrow();
    expect(note({ source_id: source })).not.toThrow();
    expect(note({ actor_id: actor })).not.toThrow();
    expect(note({ proposition_id: insertProposition(db) })).not.toThrow();
  });

  it('keeps tag names unique regardless of case', () => {
    insertRow(db, 'tags', { name: 'Economy', created_at: TIMESTAMP });
    expect(() => insertRow(db, 'tags', { name: 'economy', created_at: TIMESTAMP })).toThrow(
      /UNIQUE/,
    );
  });
});
