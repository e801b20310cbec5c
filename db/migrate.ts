import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations';

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies, in order, every migration newer than the file's `user_version`. Each runs in its own
 * transaction together with a foreign-key check and the version bump, so a failed migration
 * leaves the file exactly at the previous version.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= userVersion(db)) continue;
    // Foreign keys can only be switched outside a transaction; the check below replaces them.
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new Error(
            `Migration ${migration.version} (${migration.name}) broke ${violations.length} foreign keys.`,
          );
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      db.pragma('foreign_keys = ON');
    }
    applied.push(migration.version);
  }
  return applied;
}
