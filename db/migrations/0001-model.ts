import type { Migration } from './migration';

/**
 * The research model: sources and their earlier versions, actors with aliases and dated
 * memberships, statements anchored in their source (W3C TextQuote + TextPosition selectors),
 * propositions and stances, saved comparisons, tags and notes.
 *
 * Every row is keyed by a UUID so workspaces can later be merged. Statements and sources also
 * carry an INTEGER `seq` so FTS5 has a rowid that VACUUM never renumbers.
 */
export const model: Migration = {
  version: 1,
  name: 'model',
  up: (db) => {
    db.exec(`
      CREATE TABLE sources (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL DEFAULT 'article'
          CHECK (kind IN ('article', 'transcript', 'video', 'press_release', 'social_post', 'document', 'other')),
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        outlet TEXT,
        author TEXT,
        url TEXT,
        published_on TEXT,
        retrieved_at TEXT,
        language TEXT,
        file_name TEXT,
        body TEXT NOT NULL DEFAULT '',
        body_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sources_by_title ON sources (title COLLATE NOCASE);

      CREATE TABLE source_versions (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        retrieved_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX source_versions_by_source ON source_versions (source_id, created_at);

      CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'person'
          CHECK (kind IN ('person', 'organisation', 'government', 'outlet', 'armed_group', 'other')),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        description TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX actors_by_name ON actors (name COLLATE NOCASE);

      CREATE TABLE actor_aliases (
        id TEXT PRIMARY KEY,
        actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        alias TEXT NOT NULL CHECK (trim(alias) <> ''),
        UNIQUE (actor_id, alias)
      );
      CREATE INDEX actor_aliases_by_alias ON actor_aliases (alias COLLATE NOCASE);

      -- Popolo's Membership: who belonged to which organisation, in what role, when.
      CREATE TABLE memberships (
        id TEXT PRIMARY KEY,
        actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        role TEXT,
        start_date TEXT,
        end_date TEXT,
        CHECK (actor_id <> organisation_id),
        CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX memberships_by_actor ON memberships (actor_id, start_date);
      CREATE INDEX memberships_by_organisation ON memberships (organisation_id, start_date);

      CREATE TABLE statements (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        speaker_id TEXT NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
        source_id TEXT REFERENCES sources (id) ON DELETE RESTRICT,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'paraphrase')),
        language TEXT,
        translation TEXT,
        translation_language TEXT,
        said_on TEXT,
        said_on_precision TEXT CHECK (said_on_precision IN ('day', 'week', 'month', 'year')),
        role TEXT,
        venue TEXT,
        reported_via_id TEXT REFERENCES actors (id) ON DELETE RESTRICT,
        cue TEXT,
        quote_exact TEXT,
        quote_prefix TEXT,
        quote_suffix TEXT,
        position_start INTEGER,
        position_end INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((said_on IS NULL) = (said_on_precision IS NULL)),
        CHECK (position_start IS NULL OR (position_start >= 0 AND position_end >= position_start))
      );
      CREATE INDEX statements_by_speaker ON statements (speaker_id, said_on);
      CREATE INDEX statements_by_date ON statements (said_on);
      CREATE INDEX statements_by_source ON statements (source_id, position_start);
      CREATE INDEX statements_by_reported_via ON statements (reported_via_id);

      CREATE TABLE propositions (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        description TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE stances (
        id TEXT PRIMARY KEY,
        statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        proposition_id TEXT NOT NULL REFERENCES propositions (id) ON DELETE CASCADE,
        stance TEXT NOT NULL CHECK (stance IN ('affirms', 'denies', 'qualifies')),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (statement_id, proposition_id)
      );
      CREATE INDEX stances_by_proposition ON stances (proposition_id, stance);

      CREATE TABLE comparisons (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        assessment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE comparison_items (
        id TEXT PRIMARY KEY,
        comparison_id TEXT NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        UNIQUE (comparison_id, statement_id)
      );
      CREATE INDEX comparison_items_by_statement ON comparison_items (statement_id);

      CREATE TABLE tags (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        color TEXT,
        created_at TEXT NOT NULL
      );

      CREATE TABLE statement_tags (
        id TEXT PRIMARY KEY,
        statement_id TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        UNIQUE (statement_id, tag_id)
      );
      CREATE INDEX statement_tags_by_tag ON statement_tags (tag_id);

      -- A note belongs to exactly one thing; separate nullable keys keep real foreign keys.
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        statement_id TEXT REFERENCES statements (id) ON DELETE CASCADE,
        source_id TEXT REFERENCES sources (id) ON DELETE CASCADE,
        actor_id TEXT REFERENCES actors (id) ON DELETE CASCADE,
        proposition_id TEXT REFERENCES propositions (id) ON DELETE CASCADE,
        comparison_id TEXT REFERENCES comparisons (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((statement_id IS NOT NULL) + (source_id IS NOT NULL) + (actor_id IS NOT NULL)
          + (proposition_id IS NOT NULL) + (comparison_id IS NOT NULL) = 1)
      );
      CREATE INDEX notes_by_statement ON notes (statement_id) WHERE statement_id IS NOT NULL;
      CREATE INDEX notes_by_source ON notes (source_id) WHERE source_id IS NOT NULL;
      CREATE INDEX notes_by_actor ON notes (actor_id) WHERE actor_id IS NOT NULL;
      CREATE INDEX notes_by_proposition ON notes (proposition_id) WHERE proposition_id IS NOT NULL;
      CREATE INDEX notes_by_comparison ON notes (comparison_id) WHERE comparison_id IS NOT NULL;
    `);
  },
};
