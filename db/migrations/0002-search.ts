import type { Migration } from './migration';
import { foldSql, FTS_TOKENIZER } from '../search-folding';

/**
 * Full-text search. `statements_fts` stores its own (folded) copy of statement text, translation
 * and the speaker's name and aliases, so rows can be deleted by rowid alone when a speaker is
 * renamed or gains an alias. `sources_fts` indexes source bodies through a view without copying
 * them (bodies can be large). Triggers keep both in step with every write; rows that existed
 * before this migration are indexed by it.
 */
export const search: Migration = {
  version: 2,
  name: 'search',
  up: (db) => {
    const speakerNames = `a.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM actor_aliases WHERE actor_id = a.id), '')`;
    const refreshActor = (actorId: string) => `
        DELETE FROM statements_fts WHERE rowid IN (SELECT seq FROM statements WHERE speaker_id = ${actorId});
        INSERT INTO statements_fts (rowid, text, translation, speaker)
          SELECT rowid, text, translation, speaker FROM statement_search_rows WHERE speaker_id = ${actorId};`;
    db.exec(`
      CREATE VIEW statement_search_rows AS
        SELECT s.seq AS rowid, s.speaker_id AS speaker_id,
               ${foldSql('s.text')} AS text,
               ${foldSql("coalesce(s.translation, '')")} AS translation,
               ${foldSql(speakerNames)} AS speaker
        FROM statements s JOIN actors a ON a.id = s.speaker_id;

      CREATE VIRTUAL TABLE statements_fts USING fts5 (
        text, translation, speaker,
        tokenize = "${FTS_TOKENIZER}"
      );

      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, text, translation, speaker)
          SELECT rowid, text, translation, speaker FROM statement_search_rows WHERE rowid = NEW.seq;
      END;
      CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, translation, speaker_id, seq ON statements BEGIN
        DELETE FROM statements_fts WHERE rowid = OLD.seq;
        INSERT INTO statements_fts (rowid, text, translation, speaker)
          SELECT rowid, text, translation, speaker FROM statement_search_rows WHERE rowid = NEW.seq;
      END;
      CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        DELETE FROM statements_fts WHERE rowid = OLD.seq;
      END;
      CREATE TRIGGER statements_fts_actor_renamed AFTER UPDATE OF name ON actors BEGIN
        ${refreshActor('NEW.id')}
      END;
      CREATE TRIGGER statements_fts_alias_added AFTER INSERT ON actor_aliases BEGIN
        ${refreshActor('NEW.actor_id')}
      END;
      CREATE TRIGGER statements_fts_alias_changed AFTER UPDATE ON actor_aliases BEGIN
        ${refreshActor('OLD.actor_id')}
        ${refreshActor('NEW.actor_id')}
      END;
      CREATE TRIGGER statements_fts_alias_removed AFTER DELETE ON actor_aliases BEGIN
        ${refreshActor('OLD.actor_id')}
      END;

      CREATE VIEW source_search_rows AS
        SELECT seq AS rowid, ${foldSql('title')} AS title, ${foldSql('body')} AS body FROM sources;

      CREATE VIRTUAL TABLE sources_fts USING fts5 (
        title, body,
        content = 'source_search_rows', content_rowid = 'rowid',
        tokenize = "${FTS_TOKENIZER}"
      );

      CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
        INSERT INTO sources_fts (rowid, title, body)
          VALUES (NEW.seq, ${foldSql('NEW.title')}, ${foldSql('NEW.body')});
      END;
      CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, body, seq ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, body)
          VALUES ('delete', OLD.seq, ${foldSql('OLD.title')}, ${foldSql('OLD.body')});
        INSERT INTO sources_fts (rowid, title, body)
          VALUES (NEW.seq, ${foldSql('NEW.title')}, ${foldSql('NEW.body')});
      END;
      CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
        INSERT INTO sources_fts (sources_fts, rowid, title, body)
          VALUES ('delete', OLD.seq, ${foldSql('OLD.title')}, ${foldSql('OLD.body')});
      END;

      -- Index the rows a version 1 workspace already holds (a no-op on a new workspace).
      INSERT INTO statements_fts (rowid, text, translation, speaker)
        SELECT rowid, text, translation, speaker FROM statement_search_rows;
      INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
    `);
  },
};
