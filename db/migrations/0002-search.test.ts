import type { Database as Db } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { foldText } from '../search-folding';
import {
  insertActor,
  insertAlias,
  insertSource,
  insertStatement,
  openMigratedDb,
} from '../test/fixtures';
import { useTempDir } from '../test/temp-dir';

const tmp = useTempDir();
let db: Db;

beforeEach(() => {
  db = tmp.track(openMigratedDb(tmp.file('search.parallax'), 2));
});

/** An FTS5 string literal of the folded term, optionally limited to one column. */
function query(
  term: string,
  column?: 'text' | 'translation' | 'speaker' | 'title' | 'body',
): string {
  const phrase = `"${foldText(term).replaceAll('"', '""')}"`;
  return column ? `${column} : ${phrase}` : phrase;
}

function findStatements(term: string, column?: 'text' | 'translation' | 'speaker'): string[] {
  return db
    .prepare<[string], string>(
      `SELECT s.id FROM statements_fts f JOIN statements s ON s.seq = f.rowid
       WHERE statements_fts MATCH ? ORDER BY s.seq`,
    )
    .pluck()
    .all(query(term, column));
}

function findSources(term: string, column?: 'title' | 'body'): string[] {
  return db
    .prepare<[string], string>(
      `SELECT s.id FROM sources_fts f JOIN sources s ON s.seq = f.rowid
       WHERE sources_fts MATCH ? ORDER BY s.seq`,
    )
    .pluck()
    .all(query(term, column));
}

/** The search table holds exactly what the view derives from statements and actors. */
function expectStatementIndexInSync(): void {
  const indexed = db
    .prepare('SELECT rowid, text, translation, speaker FROM statements_fts ORDER BY rowid')
    .all();
  const expected = db
    .prepare('SELECT rowid, text, translation, speaker FROM statement_search_rows ORDER BY rowid')
    .all();
  expect(indexed).toEqual(expected);
  expect(db.prepare('SELECT count(*) FROM statements_fts').pluck().get()).toBe(
    db.prepare('SELECT count(*) FROM statements').pluck().get(),
  );
  db.exec("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')");
}

function expectSourceIndexInSync(): void {
  db.exec("INSERT INTO sources_fts (sources_fts) VALUES ('integrity-check')");
  // rank = 1 also compares the index with the content the view yields.
  db.exec("INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)");
}

describe('migration 0002 (search): statements', () => {
  it('indexes statement text, translation and speaker names', () => {
    const speaker = insertActor(db, { name: 'Angela Merkel' });
    const statement = insertStatement(db, speaker, {
      text: 'Wir schaffen das.',
      translation: 'We can do this.',
    });
    expect(findStatements('schaffen')).toEqual([statement]);
    expect(findStatements('schaffen', 'text')).toEqual([statement]);
    expect(findStatements('do this', 'translation')).toEqual([statement]);
    expect(findStatements('merkel', 'speaker')).toEqual([statement]);
    expect(findStatements('merkel', 'text')).toEqual([]);
    expectStatementIndexInSync();
  });

  it('makes aliases searchable, including ones added after the statement', () => {
    const speaker = insertActor(db, { name: 'Recep Tayyip Erdoğan' });
    insertAlias(db, speaker, 'RTE');
    const statement = insertStatement(db, speaker);
    insertAlias(db, speaker, 'Reis');
    expect(findStatements('RTE', 'speaker')).toEqual([statement]);
    expect(findStatements('reis', 'speaker')).toEqual([statement]);
    expect(findStatements('erdogan', 'speaker')).toEqual([statement]); // Latin diacritics folded
    expectStatementIndexInSync();
  });

  it('re-indexes every statement of a renamed actor', () => {
    const speaker = insertActor(db, { name: 'Old Name' });
    const other = insertActor(db, { name: 'Bystander' });
    const first = insertStatement(db, speaker);
    const second = insertStatement(db, speaker);
    const unrelated = insertStatement(db, other);
    db.prepare('UPDATE actors SET name = ? WHERE id = ?').run('Fresh Name', speaker);
    expect(findStatements('old', 'speaker')).toEqual([]);
    expect(findStatements('fresh', 'speaker')).toEqual([first, second]);
    expect(findStatements('bystander', 'speaker')).toEqual([unrelated]);
    expectStatementIndexInSync();
  });

  it('forgets a deleted alias and follows a changed one', () => {
    const speaker = insertActor(db, { name: 'Vladimir Putin' });
    const other = insertActor(db, { name: 'Dmitry Medvedev' });
    const alias = insertAlias(db, speaker, 'VVP');
    const moved = insertAlias(db, speaker, 'Tandem');
    const statement = insertStatement(db, speaker);
    const otherStatement = insertStatement(db, other);
    expect(findStatements('vvp', 'speaker')).toEqual([statement]);

    db.prepare('DELETE FROM actor_aliases WHERE id = ?').run(alias);
    expect(findStatements('vvp', 'speaker')).toEqual([]);
    expect(findStatements('putin', 'speaker')).toEqual([statement]);

    db.prepare('UPDATE actor_aliases SET actor_id = ? WHERE id = ?').run(other, moved);
    expect(findStatements('tandem', 'speaker')).toEqual([otherStatement]);
    db.prepare('UPDATE actor_aliases SET alias = ? WHERE id = ?').run('Duumvirate', moved);
    expect(findStatements('tandem', 'speaker')).toEqual([]);
    expect(findStatements('duumvirate', 'speaker')).toEqual([otherStatement]);
    expectStatementIndexInSync();
  });

  it('follows edits, speaker changes and deletes of statements', () => {
    const first = insertActor(db, { name: 'First Speaker' });
    const second = insertActor(db, { name: 'Second Speaker' });
    const statement = insertStatement(db, first, { text: 'inflation is transitory' });
    db.prepare('UPDATE statements SET text = ? WHERE id = ?').run(
      'inflation is persistent',
      statement,
    );
    expect(findStatements('transitory')).toEqual([]);
    expect(findStatements('persistent')).toEqual([statement]);

    db.prepare('UPDATE statements SET speaker_id = ? WHERE id = ?').run(second, statement);
    expect(findStatements('first', 'speaker')).toEqual([]);
    expect(findStatements('second', 'speaker')).toEqual([statement]);

    db.prepare('UPDATE statements SET translation = ? WHERE id = ?').run('la inflación', statement);
    expect(findStatements('inflacion', 'translation')).toEqual([statement]);

    // Edits that do not touch indexed columns leave the index alone.
    db.prepare("UPDATE statements SET venue = 'Press conference' WHERE id = ?").run(statement);
    expectStatementIndexInSync();

    db.prepare('DELETE FROM statements WHERE id = ?').run(statement);
    expect(findStatements('persistent')).toEqual([]);
    expectStatementIndexInSync();
  });

  it('matches vocalised and unvocalised Arabic both ways', () => {
    const speaker = insertActor(db, { name: 'مُحَمَّد جواد ظريف' });
    const vocalised = insertStatement(db, speaker, { text: 'قالَ مُحَمَّدٌ إنَّ الاتفاقَ قائمٌ' });
    const plain = insertStatement(db, insertActor(db), { text: 'قال محمد ان الاتفاق قائم' });

    // The query is folded exactly as the app folds it before searching.
    expect(findStatements('محمد', 'text')).toEqual([vocalised, plain]);
    expect(findStatements('مُحَمَّد', 'text')).toEqual([vocalised, plain]);
    expect(findStatements('محمد', 'speaker')).toEqual([vocalised]);
    // Hamza-carrying alef folds to bare alef.
    expect(findStatements('إن', 'text')).toEqual([vocalised, plain]);
    expect(findStatements('ان', 'text')).toEqual([vocalised, plain]);
    // Tatweel is ignored.
    expect(findStatements('الاتفــاق', 'text')).toEqual([vocalised, plain]);
    expectStatementIndexInSync();
  });

  it('matches Arabic and Persian spellings of yeh and kaf', () => {
    const arabic = insertStatement(db, insertActor(db, { name: 'علي خامنئي' }), {
      text: 'كتاب علي',
    });
    const persian = insertStatement(db, insertActor(db, { name: 'علی خامنه‌ای' }), {
      text: 'کتاب علی',
    });
    expect(findStatements('علي', 'speaker')).toEqual([arabic, persian]);
    expect(findStatements('علی', 'speaker')).toEqual([arabic, persian]);
    expect(findStatements('علي', 'text')).toEqual([arabic, persian]);
    expect(findStatements('كتاب', 'text')).toEqual([arabic, persian]);
    expect(findStatements('کتاب', 'text')).toEqual([arabic, persian]);
  });

  it('keeps a vocalised word as one token rather than single letters', () => {
    insertStatement(db, insertActor(db), { text: 'مُحَمَّد' });
    const tokens = db.prepare('SELECT text FROM statements_fts').pluck().all();
    expect(tokens).toEqual(['محمد']);
    // A single letter of the name must not match.
    expect(findStatements('م', 'text')).toEqual([]);
  });
});

describe('migration 0002 (search): sources', () => {
  it('finds sources by words of their body and title', () => {
    const speech = insertSource(db, {
      title: 'State of the Union',
      body: 'The economy is strong and unemployment is low.',
    });
    const interview = insertSource(db, { title: 'Interview', body: 'We discussed unemployment.' });
    expect(findSources('unemployment')).toEqual([speech, interview]);
    expect(findSources('economy', 'body')).toEqual([speech]);
    expect(findSources('union', 'title')).toEqual([speech]);
    expect(findSources('union', 'body')).toEqual([]);
    expectSourceIndexInSync();
  });

  it('folds Arabic in source bodies', () => {
    const source = insertSource(db, { title: 'بيان', body: 'أعلنَ الرئيسُ مُحَمَّد' });
    expect(findSources('محمد', 'body')).toEqual([source]);
    expect(findSources('اعلن', 'body')).toEqual([source]);
    expect(findSources('بیان', 'title')).toEqual([source]);
    expectSourceIndexInSync();
  });

  it('stays consistent through updates and deletes', () => {
    const source = insertSource(db, { title: 'Draft', body: 'first version of the text' });
    const other = insertSource(db, { title: 'Other', body: 'unrelated words' });

    db.prepare('UPDATE sources SET body = ? WHERE id = ?').run(
      'second version of the text',
      source,
    );
    expect(findSources('first')).toEqual([]);
    expect(findSources('second')).toEqual([source]);
    expectSourceIndexInSync();

    db.prepare('UPDATE sources SET title = ? WHERE id = ?').run('Final', source);
    expect(findSources('draft')).toEqual([]);
    expect(findSources('final', 'title')).toEqual([source]);
    db.prepare("UPDATE sources SET outlet = 'Reuters' WHERE id = ?").run(source);
    expectSourceIndexInSync();

    db.prepare('DELETE FROM sources WHERE id = ?').run(source);
    expect(findSources('second')).toEqual([]);
    expect(findSources('unrelated')).toEqual([other]);
    expectSourceIndexInSync();
  });

  it('indexes statements and sources that existed before the migration', () => {
    const path = tmp.file('v1.parallax');
    const old = tmp.track(openMigratedDb(path, 1));
    const speaker = insertActor(old, { name: 'Jacinda Ardern' });
    insertAlias(old, speaker, 'PM');
    const statement = insertStatement(old, speaker, { text: 'Be strong, be kind.' });
    const source = insertSource(old, { title: 'Address', body: 'a national address' });
    old.close();

    db = tmp.track(openMigratedDb(path, 2));
    expect(findStatements('kind')).toEqual([statement]);
    expect(findStatements('pm', 'speaker')).toEqual([statement]);
    expect(findSources('national')).toEqual([source]);
    expectStatementIndexInSync();
    expectSourceIndexInSync();
  });
});
