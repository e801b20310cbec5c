import type { Database } from 'better-sqlite3';
import { foldActorName } from '../api/fold-actor-name';

/**
 * The SQL function that folds an actor's name or alias as `foldActorName` does, so the actor
 * list, pickers and lookups by name compare folded names inside one query. SQLite cannot fold
 * accents, case beyond ASCII or Arabic letters by itself, and a stored folded column would go
 * stale when an undo replays rows logged before it existed; folding at read time cannot.
 */
export const FOLD_NAME = 'parallax_fold_name';

/** Names seen recently and their keys: a list scans every name, and names rarely change. */
const MEMO_LIMIT = 50_000;

/** Registers `parallax_fold_name(text)` on this connection (idempotent). */
export function registerNameFolding(db: Database): void {
  const memo = new Map<string, string>();
  db.function(FOLD_NAME, { deterministic: true }, (value: unknown) => {
    if (typeof value !== 'string') return null;
    let key = memo.get(value);
    if (key === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      key = foldActorName(value);
      memo.set(value, key);
    }
    return key;
  });
}
