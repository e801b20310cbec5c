import { RECORDED_TABLES } from '../recorded-tables';
import { recordRowChanges } from './0003-changes';
import type { Migration } from './migration';

/**
 * Capture: extraction candidates waiting for review, and a flag on statements whose anchor
 * could not be found again after their source's text changed.
 *
 * A candidate is what the extractor proposes (a span of a source with a guessed speaker, kind
 * and date); nothing becomes a statement until a person accepts it. Rejections are kept so a
 * re-run of the extractor does not propose the same span again.
 */
export const capture: Migration = {
  version: 4,
  name: 'capture',
  up: (db) => {
    db.exec(`
      ALTER TABLE statements ADD COLUMN anchor_status TEXT CHECK (anchor_status IN ('lost'));

      CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'paraphrase')),
        speaker TEXT,
        role TEXT,
        cue TEXT,
        said_on TEXT,
        said_on_precision TEXT CHECK (said_on_precision IN ('day', 'week', 'month', 'year')),
        confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'merged')),
        statement_id TEXT REFERENCES statements (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX candidates_by_source ON candidates (source_id, status, start);
      CREATE INDEX candidates_by_statement ON candidates (statement_id) WHERE statement_id IS NOT NULL;
    `);
    // statements has a new column and candidates is new: their change triggers must list both.
    recordRowChanges(db, RECORDED_TABLES);
  },
};
