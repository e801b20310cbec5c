import type { Database } from 'better-sqlite3';
import { isRecordedTable } from './recorded-tables';

export interface ChangeMeta {
  id: string;
  at: string;
  author: string;
  command: string;
}

export interface LoggedOp {
  tbl: string;
  rowId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Runs `write` with row-change recording switched on, then appends its `changes` row.
 * Must be called inside a transaction. Returns the change's number, or null when `write`
 * changed nothing (then nothing is logged and there is nothing to undo).
 */
export function recordChange(
  db: Database,
  meta: ChangeMeta & { action: 'do' | 'undo' | 'redo'; targetSeq?: number | null },
  write: () => string,
): number | null {
  const seq = nextChangeSeq(db);
  db.prepare('INSERT INTO change_recording (change_seq) VALUES (?)').run(seq);
  let summary: string;
  try {
    summary = write();
  } finally {
    db.prepare('DELETE FROM change_recording').run();
  }
  const opCount = db
    .prepare<[number], { n: number }>('SELECT count(*) AS n FROM change_ops WHERE change_seq = ?')
    .get(seq)!.n;
  if (opCount === 0) return null;
  db.prepare(
    `INSERT INTO changes (seq, id, at, author, action, command, summary, target_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    seq,
    meta.id,
    meta.at,
    meta.author,
    meta.action,
    meta.command,
    summary,
    meta.targetSeq ?? null,
  );
  return seq;
}

function nextChangeSeq(db: Database): number {
  // AUTOINCREMENT's counter: never reused, and the log is append-only, so max+1 is free.
  const row = db
    .prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'changes'")
    .get();
  return (row?.seq ?? 0) + 1;
}

/** Pushes a new change on the undo stack and forgets what could have been redone. */
export function pushUndoable(db: Database, seq: number): void {
  db.prepare('DELETE FROM undo_history WHERE undone = 1').run();
  db.prepare('INSERT INTO undo_history (change_seq, undone) VALUES (?, 0)').run(seq);
}

export interface StackTop {
  seq: number;
  summary: string;
}

/** The change Undo would revert (the newest done) or Redo would re-apply (the oldest undone). */
function stackTop(db: Database, undone: 0 | 1): StackTop | null {
  return (
    db
      .prepare<[number], StackTop>(
        `SELECT h.change_seq AS seq, c.summary FROM undo_history h JOIN changes c ON c.seq = h.change_seq
         WHERE h.undone = ? ORDER BY h.change_seq ${undone ? 'ASC' : 'DESC'} LIMIT 1`,
      )
      .get(undone) ?? null
  );
}

export const undoTop = (db: Database): StackTop | null => stackTop(db, 0);
export const redoTop = (db: Database): StackTop | null => stackTop(db, 1);

export function markUndone(db: Database, seq: number, undone: boolean): void {
  db.prepare('UPDATE undo_history SET undone = ? WHERE change_seq = ?').run(undone ? 1 : 0, seq);
}

export function opsOf(db: Database, seq: number): LoggedOp[] {
  return db
    .prepare<
      [number],
      { tbl: string; row_id: string; before: string | null; after: string | null }
    >('SELECT tbl, row_id, before, after FROM change_ops WHERE change_seq = ? ORDER BY seq')
    .all(seq)
    .map((r) => ({
      tbl: r.tbl,
      rowId: r.row_id,
      before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
      after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
    }));
}

/**
 * Puts the rows touched by `ops` back as they were before (`direction: 'undo'`, applied last
 * op first) or as they were after (`'redo'`, in order). Foreign keys are checked at commit so
 * parents and children may come back in any order.
 */
export function replayOps(db: Database, ops: LoggedOp[], direction: 'undo' | 'redo'): void {
  db.pragma('defer_foreign_keys = ON');
  const ordered = direction === 'undo' ? [...ops].reverse() : ops;
  for (const op of ordered) {
    const target = direction === 'undo' ? op.before : op.after;
    setRow(db, op.tbl, op.rowId, target);
  }
}

function setRow(
  db: Database,
  table: string,
  id: string,
  row: Record<string, unknown> | null,
): void {
  if (!isRecordedTable(table)) throw new Error(`The changes log names an unknown table ${table}.`);
  if (row === null) {
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    return;
  }
  const known = new Set(
    db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((c) => c.name),
  );
  const columns = Object.keys(row).filter((c) => known.has(c));
  const values = columns.map((c) => row[c] as string | number | null);
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  if (exists) {
    const sets = columns.map((c) => `${c} = ?`).join(', ');
    db.prepare(`UPDATE ${table} SET ${sets} WHERE id = ?`).run(...values, id);
  } else {
    const marks = columns.map(() => '?').join(', ');
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${marks})`).run(...values);
  }
}
