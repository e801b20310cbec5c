import type { Migration } from './migration';
import { foldSql, SOURCE_INDEX_CHARS, sourceIndexSql } from '../search-folding';

/**
 * Source search indexes the first `SOURCE_INDEX_CHARS` characters of a body (see there why).
 * Until now the triggers folded the whole body in one SQL expression: seventeen nested
 * `replace` calls, each a copy of the text held until the statement ended, so storing a 35 M
 * character text took 1.7 GB and several seconds before FTS5 even read it.
 *
 * The view (what FTS5 reads back for snippets and `rebuild`) and the three triggers are made
 * again with the cap. Bodies within it index exactly as before, so the index is rebuilt only
 * when a workspace holds a longer one (its old entries would no longer match what the delete
 * trigger takes out).
 */
export const searchLimit: Migration = {
  version: 5,
  name: 'search-limit',
  up: (db) => {
    db.exec(`
      DROP TRIGGER sources_fts_insert;
      DROP TRIGGER sources_fts_update;
      DROP TRIGGER sources_fts_delete;
      DROP VIEW source_search_rows;

      CREATE VIEW source_search_rows AS
        SELECT seq AS rowid, ${foldSql('title')} AS title, ${sourceIndexSql('body')} AS body
        FROM sources;

      CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts (rowid, title, body)
          VALUES (NEW.seq, ${foldSql('NEW.title')}, ${sourceIndexSql('NEW.body')});
      END;
      CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, body, seq ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, body)
          VALUES ('delete', OLD.seq, ${foldSql('OLD.title')}, ${sourceIndexSql('OLD.body')});
        INSERT INTO sources_fts (rowid, title, body)
          VALUES (NEW.seq, ${foldSql('NEW.title')}, ${sourceIndexSql('NEW.body')});
      END;
      CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, body)
          VALUES ('delete', OLD.seq, ${foldSql('OLD.title')}, ${sourceIndexSql('OLD.body')});
      END;
    `);
    const longer = db
      .prepare('SELECT 1 FROM sources WHERE length(body) > ? LIMIT 1')
      .get(SOURCE_INDEX_CHARS);
    if (longer) db.exec(`INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')`);
  },
};
