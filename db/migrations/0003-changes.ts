import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * The append-only changes log. A service call reserves the next change number and puts it in
 * `change_recording`; while that row exists, triggers on every recorded table copy
 * each inserted, updated or deleted row (before and after, as JSON) into `change_ops`. Cascaded
 * deletes fire the same triggers, so undo restores everything a delete took with it. When the
 * call ends, its `changes` row (who, when, what) is appended under the reserved number.
 * `undo_history` is the undo/redo stack derived from the log, kept so it survives restarts.
 *
 * A later migration that changes a recorded table's columns must call `recordRowChanges` again.
 */
export const changes: Migration = {
  version: 3,
  name: 'changes',
  up: (db) => {
    db.exec(`
      CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('do', 'undo', 'redo')),
        command TEXT NOT NULL,
        summary TEXT NOT NULL,
        target_seq INTEGER REFERENCES changes (seq)
      );
      CREATE TABLE change_ops (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        -- Deferred: a change's ops are written before its log row, whose summary may depend on them.
        change_seq INTEGER NOT NULL REFERENCES changes (seq) DEFERRABLE INITIALLY DEFERRED,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE INDEX change_ops_by_change ON change_ops (change_seq);
      CREATE INDEX change_ops_by_row ON change_ops (row_id);

      CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes BEGIN
        SELECT RAISE(ABORT, 'the changes log is append-only');
      END;
      CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes BEGIN
        SELECT RAISE(ABORT, 'the changes log is append-only');
      END;
      CREATE TRIGGER change_ops_no_update BEFORE UPDATE ON change_ops BEGIN
        SELECT RAISE(ABORT, 'the changes log is append-only');
      END;
      CREATE TRIGGER change_ops_no_delete BEFORE DELETE ON change_ops BEGIN
        SELECT RAISE(ABORT, 'the changes log is append-only');
      END;

      -- Holds the number reserved for the change being recorded, while a service call runs.
      CREATE TABLE change_recording (
        change_seq INTEGER NOT NULL
      );

      CREATE TABLE undo_history (
        change_seq INTEGER PRIMARY KEY REFERENCES changes (seq),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      );
      CREATE INDEX undo_history_by_state ON undo_history (undone, change_seq);
    `);
    recordRowChanges(db, TABLES_AT_VERSION_3);
  },
};

/** The recorded tables as they stood at this version; later migrations add to the list. */
export const TABLES_AT_VERSION_3 = [
  'sources',
  'source_versions',
  'actors',
  'actor_aliases',
  'memberships',
  'statements',
  'propositions',
  'stances',
  'comparisons',
  'comparison_items',
  'tags',
  'statement_tags',
  'notes',
];

/** (Re)creates the triggers that copy row changes of the given tables into `change_ops`. */
export function recordRowChanges(db: Database, tables: readonly string[]): void {
  for (const table of tables) {
    const columns = db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((c) => c.name);
    const json = (row: 'NEW' | 'OLD') =>
      `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
    const current = `(SELECT change_seq FROM change_recording)`;
    const when = `WHEN EXISTS (SELECT 1 FROM change_recording)`;
    db.exec(`
      DROP TRIGGER IF EXISTS ${table}_log_insert;
      DROP TRIGGER IF EXISTS ${table}_log_update;
      DROP TRIGGER IF EXISTS ${table}_log_delete;
      CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} ${when} BEGIN
        INSERT INTO change_ops (change_seq, tbl, row_id, before, after)
          VALUES (${current}, '${table}', NEW.id, NULL, ${json('NEW')});
      END;
      CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} ${when} BEGIN
        INSERT INTO change_ops (change_seq, tbl, row_id, before, after)
          VALUES (${current}, '${table}', NEW.id, ${json('OLD')}, ${json('NEW')});
      END;
      CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} ${when} BEGIN
        INSERT INTO change_ops (change_seq, tbl, row_id, before, after)
          VALUES (${current}, '${table}', OLD.id, ${json('OLD')}, NULL);
      END;
    `);
  }
}
