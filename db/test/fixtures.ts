import Database, { type Database as Db } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { APPLICATION_ID } from '../file-header';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';

const NOW = '2024-05-01T12:00:00.000Z';

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Opens (creating if needed) a workspace file configured like `createWorkspace` does, migrated
 * only up to `version` (all migrations by default). For tests of single migrations and upgrades.
 */
export function openMigratedDb(path: string, version = Infinity): Db {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  return db;
}

export function tableColumns(db: Db, table: string): string[] {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .all(table)
    .map((c) => c.name);
}

type Row = Record<string, string | number | null>;

function insert(db: Db, table: string, row: Row): void {
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

export function insertActor(db: Db, fields: Row = {}): string {
  const row = { id: randomUUID(), name: 'Test Actor', created_at: NOW, updated_at: NOW, ...fields };
  insert(db, 'actors', row);
  return row.id as string;
}

export function insertAlias(db: Db, actorId: string, alias: string, fields: Row = {}): string {
  const row = { id: randomUUID(), actor_id: actorId, alias, ...fields };
  insert(db, 'actor_aliases', row);
  return row.id as string;
}

export function insertSource(db: Db, fields: Row = {}): string {
  const row = {
    id: randomUUID(),
    title: 'A source',
    body: '',
    body_sha256: '0'.repeat(64),
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  };
  insert(db, 'sources', row);
  return row.id as string;
}

export function insertStatement(db: Db, speakerId: string, fields: Row = {}): string {
  const row = {
    id: randomUUID(),
    speaker_id: speakerId,
    text: 'Something was said.',
    kind: 'quote',
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  };
  insert(db, 'statements', row);
  return row.id as string;
}

export function insertProposition(db: Db, fields: Row = {}): string {
  const row = { id: randomUUID(), text: 'A claim', created_at: NOW, updated_at: NOW, ...fields };
  insert(db, 'propositions', row);
  return row.id as string;
}

export function insertStance(
  db: Db,
  statementId: string,
  propositionId: string,
  fields: Row = {},
): string {
  const row = {
    id: randomUUID(),
    statement_id: statementId,
    proposition_id: propositionId,
    stance: 'affirms',
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  };
  insert(db, 'stances', row);
  return row.id as string;
}

export function insertRow(db: Db, table: string, fields: Row): string {
  const row = { id: randomUUID(), ...fields };
  insert(db, table, row);
  return row.id as string;
}

/** Adds `count` statements by one new speaker with long texts, so the file spans many pages. */
export function fillWithStatements(db: Db, count: number): void {
  db.transaction(() => {
    const speaker = insertActor(db, { name: 'Bulk Speaker' });
    for (let i = 0; i < count; i++) {
      insertStatement(db, speaker, {
        text: `Statement ${i}: ${'the minister repeated the same long sentence again. '.repeat(6)}`,
        said_on: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
        said_on_precision: 'day',
      });
    }
  })();
}

export const TIMESTAMP = NOW;
