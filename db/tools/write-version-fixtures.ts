// Writes db/fixtures/v1.parallax … vN.parallax: one small workspace at each schema version
// Parallax has shipped, with rows in every table that version has. db/version-fixtures.test.ts
// opens them with today's code, so an upgrade path that breaks old files fails a test.
//
// The files are committed: once a version has shipped, its fixture should not be rewritten
// (that is the point of keeping it). Run this only to add the fixture of a new version:
//   npx tsx db/tools/write-version-fixtures.ts 5      (writes v5 only)
//   npx tsx db/tools/write-version-fixtures.ts        (writes all; review the diff)
//
// The data is plain SQL for the columns each version had, not service calls, so it does not
// change when the service does.

import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPLICATION_ID } from '../file-header';
import { migrate } from '../migrate';
import { LATEST_VERSION, MIGRATIONS } from '../migrations';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function fixturePath(version: number): string {
  return join(FIXTURES_DIR, `v${version}.parallax`);
}

const AT = '2024-03-01T09:00:00.000Z';

/** Fixed IDs, so the test can look rows up. */
export const IDS = {
  person: '00000000-0000-4000-8000-000000000001',
  organisation: '00000000-0000-4000-8000-000000000002',
  outlet: '00000000-0000-4000-8000-000000000003',
  source: '00000000-0000-4000-8000-000000000011',
  statementQuote: '00000000-0000-4000-8000-000000000021',
  statementParaphrase: '00000000-0000-4000-8000-000000000022',
  proposition: '00000000-0000-4000-8000-000000000031',
  comparison: '00000000-0000-4000-8000-000000000041',
  tag: '00000000-0000-4000-8000-000000000051',
  candidate: '00000000-0000-4000-8000-000000000061',
} as const;

/** Values the test checks after the upgrade. */
export const VALUES = {
  personName: 'Hoshyar Zebari',
  sourceTitle: 'Kirkuk talks resume — بيان',
  quote: 'Kirkuk is not for sale; كركوك ليست للبيع.',
  noteBody: 'Checked against the broadcast recording.',
  tagName: 'Kirkuk',
} as const;

const BODY =
  'Baghdad, 1 March. The minister said: "Kirkuk is not for sale; كركوك ليست للبيع." ' +
  'Officials later said talks would resume.';

/** Version 1 (model): every table of the model. */
const V1 = `
INSERT INTO actors (id, kind, name, description, created_at, updated_at) VALUES
  ('${IDS.person}', 'person', '${VALUES.personName}', 'Foreign minister', '${AT}', '${AT}'),
  ('${IDS.organisation}', 'government', 'Kurdistan Regional Government', NULL, '${AT}', '${AT}'),
  ('${IDS.outlet}', 'outlet', 'Rudaw', NULL, '${AT}', '${AT}');
INSERT INTO actor_aliases (id, actor_id, alias) VALUES
  ('00000000-0000-4000-8000-0000000000a1', '${IDS.person}', 'هوشيار زيباري');
INSERT INTO memberships (id, actor_id, organisation_id, role, start_date, end_date) VALUES
  ('00000000-0000-4000-8000-0000000000b1', '${IDS.person}', '${IDS.organisation}',
   'Minister', '2014-09-08', '2016-09-21');
INSERT INTO sources (id, kind, title, outlet, author, url, published_on, retrieved_at, language,
  file_name, body, body_sha256, created_at, updated_at) VALUES
  ('${IDS.source}', 'article', '${VALUES.sourceTitle}', 'Rudaw', 'Staff', 'https://example.org/a',
   '2024-03-01', '${AT}', 'en', NULL, '${BODY.replaceAll("'", "''")}', '${'a'.repeat(64)}',
   '${AT}', '${AT}');
INSERT INTO source_versions (id, source_id, body, body_sha256, retrieved_at, created_at) VALUES
  ('00000000-0000-4000-8000-0000000000c1', '${IDS.source}', 'An earlier text.', '${'b'.repeat(64)}',
   '${AT}', '${AT}');
INSERT INTO statements (id, speaker_id, source_id, text, kind, language, translation,
  translation_language, said_on, said_on_precision, role, venue, reported_via_id, cue,
  quote_exact, quote_prefix, quote_suffix, position_start, position_end, created_at, updated_at)
VALUES
  ('${IDS.statementQuote}', '${IDS.person}', '${IDS.source}', '${VALUES.quote}', 'quote', 'en',
   'كركوك ليست للبيع', 'ar', '2024-03-01', 'day', 'Minister', 'Press conference',
   '${IDS.outlet}', 'said', '${VALUES.quote}', 'said: "', '" Officials', 50, 91, '${AT}', '${AT}'),
  ('${IDS.statementParaphrase}', '${IDS.organisation}', NULL, 'Talks would resume next month.',
   'paraphrase', NULL, NULL, NULL, '2024-03', 'month', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, '${AT}', '${AT}');
INSERT INTO propositions (id, text, description, created_at, updated_at) VALUES
  ('${IDS.proposition}', 'Kirkuk''s status is negotiable.', NULL, '${AT}', '${AT}');
INSERT INTO stances (id, statement_id, proposition_id, stance, note, created_at, updated_at) VALUES
  ('00000000-0000-4000-8000-0000000000d1', '${IDS.statementQuote}', '${IDS.proposition}',
   'denies', 'Flat refusal.', '${AT}', '${AT}'),
  ('00000000-0000-4000-8000-0000000000d2', '${IDS.statementParaphrase}', '${IDS.proposition}',
   'qualifies', NULL, '${AT}', '${AT}');
INSERT INTO comparisons (id, title, assessment, created_at, updated_at) VALUES
  ('${IDS.comparison}', 'Kirkuk: minister vs government', 'They differ on timing.', '${AT}', '${AT}');
INSERT INTO comparison_items (id, comparison_id, statement_id, position) VALUES
  ('00000000-0000-4000-8000-0000000000e1', '${IDS.comparison}', '${IDS.statementQuote}', 0),
  ('00000000-0000-4000-8000-0000000000e2', '${IDS.comparison}', '${IDS.statementParaphrase}', 1);
INSERT INTO notes (id, statement_id, source_id, actor_id, proposition_id, comparison_id, body,
  created_at, updated_at) VALUES
  ('00000000-0000-4000-8000-0000000000f1', '${IDS.statementQuote}', NULL, NULL, NULL, NULL,
   '${VALUES.noteBody}', '${AT}', '${AT}'),
  ('00000000-0000-4000-8000-0000000000f2', NULL, NULL, NULL, NULL, '${IDS.comparison}',
   'Ask the ministry for a transcript.', '${AT}', '${AT}');
`;

/**
 * Version 3 (changes): one recorded change, written as the service writes one: the reserved
 * number in change_recording while the rows change (the triggers log them), then the changes row
 * and the undo stack entry.
 */
const V3 = `
INSERT INTO change_recording (change_seq) VALUES (1);
INSERT INTO tags (id, name, color, created_at) VALUES
  ('${IDS.tag}', '${VALUES.tagName}', '#aa3300', '${AT}');
INSERT INTO statement_tags (id, statement_id, tag_id) VALUES
  ('00000000-0000-4000-8000-000000000052', '${IDS.statementQuote}', '${IDS.tag}');
DELETE FROM change_recording;
INSERT INTO changes (seq, id, at, author, action, command, summary, target_seq) VALUES
  (1, '00000000-0000-4000-8000-000000000071', '${AT}', 'fixture', 'do', 'tagStatements',
   'Tagged 1 statement Kirkuk', NULL);
INSERT INTO undo_history (change_seq, undone) VALUES (1, 0);
`;

/** Before version 3 there is no log: the tags go in as plain rows. */
const TAGS_UNLOGGED = `
INSERT INTO tags (id, name, color, created_at) VALUES
  ('${IDS.tag}', '${VALUES.tagName}', '#aa3300', '${AT}');
INSERT INTO statement_tags (id, statement_id, tag_id) VALUES
  ('00000000-0000-4000-8000-000000000052', '${IDS.statementQuote}', '${IDS.tag}');
`;

/** Version 4 (capture): a candidate waiting for review, and a statement whose anchor was lost. */
const V4 = `
INSERT INTO candidates (id, source_id, start, end, text, kind, speaker, role, cue, said_on,
  said_on_precision, confidence, status, statement_id, created_at, updated_at) VALUES
  ('${IDS.candidate}', '${IDS.source}', 92, 130, 'Officials later said talks would resume.',
   'paraphrase', 'Officials', NULL, 'said', NULL, NULL, 0.5, 'pending', NULL, '${AT}', '${AT}');
UPDATE statements SET anchor_status = 'lost' WHERE id = '${IDS.statementParaphrase}';
`;

/** Version 6 (date-origin): one date the extractor read in the text, one typed by a person. */
const V6 = `
UPDATE statements SET said_on_from = 'text' WHERE id = '${IDS.statementQuote}';
UPDATE statements SET said_on_from = 'user' WHERE id = '${IDS.statementParaphrase}';
`;

/** The SQL for a workspace at `version`: each version's data in the columns it had. */
export function fixtureSql(version: number): string {
  return [
    V1,
    version >= 3 ? V3 : TAGS_UNLOGGED,
    version >= 4 ? V4 : '',
    version >= 6 ? V6 : '',
  ].join('\n');
}

/** Writes one fixture file at `version`, configured as createWorkspace configures a file. */
export function writeFixture(version: number, path = fixturePath(version)): void {
  if (!MIGRATIONS.some((m) => m.version === version))
    throw new Error(`There is no schema version ${version}.`);
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = new Database(path);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= version),
    );
    db.transaction(() => db.exec(fixtureSql(version)))();
    // Compact, so the committed files stay small and carry no free pages.
    db.exec('VACUUM');
  } finally {
    // Closing checkpoints the WAL and removes it: one self-contained file.
    db.close();
  }
}

function main(): void {
  const asked = process.argv.slice(2).map(Number);
  const versions = asked.length > 0 ? asked : MIGRATIONS.map((m) => m.version);
  for (const version of versions) {
    writeFixture(version);
    console.log(`wrote ${fixturePath(version)} (latest is v${LATEST_VERSION})`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
