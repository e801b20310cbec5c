import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { notFound } from '../errors';

/** What every handler gets: the open database and the clock and ids of this one call. */
export interface Ctx {
  readonly db: Database;
  readonly path: string;
  /** One timestamp per call, so every row a call writes carries the same time. */
  readonly now: string;
  newId(): string;
  /** Sets the line the changes log (and the Undo menu) shows for this call. */
  describe(summary: string): void;
}

export function makeCtx(db: Database, path: string, onDescribe: (s: string) => void): Ctx {
  return { db, path, now: new Date().toISOString(), newId: randomUUID, describe: onDescribe };
}

/** Throws not_found unless a row with this id exists in `table`. */
export function mustExist(ctx: Ctx, table: string, what: string, id: string): void {
  if (ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) {
    throw notFound(what, id);
  }
}

/** Quotes a short label for summaries: “Velayati”. */
export function label(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}

/**
 * Builds `SET a = ?, b = ?` for the fields present in `input` (undefined means unchanged),
 * always also setting updated_at when the table has it.
 */
export function updateSet(
  fields: Record<string, string>,
  input: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): { sql: string; values: unknown[] } {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [key, column] of Object.entries(fields)) {
    if (input[key] !== undefined) {
      sets.push(`${column} = ?`);
      values.push(input[key]);
    }
  }
  for (const [column, value] of Object.entries(extra)) {
    sets.push(`${column} = ?`);
    values.push(value);
  }
  return { sql: sets.join(', '), values };
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of `SELECT <columns> FROM <from> <where> ORDER BY <order>` and the total count of
 * rows matching `where`, the shape every list method returns.
 */
export function selectPage<R>(
  ctx: Ctx,
  query: { columns: string; from: string; where: string; params: unknown[]; order: string },
  page: { limit: number; offset: number },
): { rows: R[]; total: number } {
  const { columns, from, where, params, order } = query;
  const rows = ctx.db
    .prepare(`SELECT ${columns} FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, page.limit, page.offset) as R[];
  const total = (
    ctx.db.prepare(`SELECT count(*) AS n FROM ${from} ${where}`).get(...params) as { n: number }
  ).n;
  return { rows, total };
}

const statementCache = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Hot read paths (search) use this: with
 * their joins, compiling costs as much as running them on a warm cache.
 */
export function prepared(db: Database, sql: string): Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
