import { RECORDED_TABLES } from '../recorded-tables';
import { recordRowChanges } from './0003-changes';
import type { Migration } from './migration';

/**
 * Where a statement's date came from: `text` (the extractor read it in the words around the
 * statement), `source` (the text gave none, so the source's publication date stands in for it)
 * or `user` (a person typed it). A reader needs to know which, because a publication date is
 * only an upper bound on when something was said.
 *
 * Existing rows: a date that equals the one the extractor proposed for the accepted candidate
 * is `text`; every other date was typed or confirmed by a person, so `user`. Undated rows stay
 * NULL. The pairing "a date has an origin, no date has none" is kept by the service, not by a
 * CHECK: undoing a change logged before this version writes rows without the column, and such
 * a replay must not fail. Readers therefore take a dated row without an origin as `user`.
 */
export const dateOrigin: Migration = {
  version: 6,
  name: 'date-origin',
  up: (db) => {
    db.exec(`
      ALTER TABLE statements ADD COLUMN said_on_from TEXT
        CHECK (said_on_from IN ('text', 'source', 'user'));

      UPDATE statements SET said_on_from = CASE
          WHEN EXISTS (SELECT 1 FROM candidates c WHERE c.statement_id = statements.id
                         AND c.said_on = statements.said_on) THEN 'text'
          ELSE 'user'
        END
        WHERE said_on IS NOT NULL;
    `);
    // statements has a new column: its change triggers must list it.
    recordRowChanges(db, RECORDED_TABLES);
  },
};
