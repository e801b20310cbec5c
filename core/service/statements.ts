import type { ParsedInput } from '../api';
import type { statementMethods } from '../api/statements';
import { storedSaidOn } from '../api/said-on';
import type {
  DateOrigin,
  DatePrecision,
  Membership,
  Note,
  StanceOnStatement,
  Statement,
  Tag,
} from '../api/types';
import { ParallaxError } from '../errors';
import { MEMBERSHIP_COLUMNS, MEMBERSHIP_FROM } from './actors';
import { label, mustExist, updateSet, type Ctx } from './context';
import type { Handlers } from './handlers';
import { NOTE_SELECT, toNote, type NoteRow } from './notes';
import {
  getStatementRow,
  STATEMENT_SELECT,
  toStatement,
  type StatementRow,
} from './statement-rows';
import { TAG_COLUMNS } from './tags';
import { anchorAt } from '../anchor/text-quote';

type Filter = ParsedInput<'listStatements'>;

/** WHERE clause for a statement filter; every branch is served by an index (see db/hot-queries). */
function filterSql(filter: Filter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (filter.speakerId) add('s.speaker_id = ?', filter.speakerId);
  if (filter.sourceId) add('s.source_id = ?', filter.sourceId);
  if (filter.kind) add('s.kind = ?', filter.kind);
  if (filter.from) add('s.said_on >= ?', filter.from);
  if (filter.to) add('s.said_on <= ?', filter.to);
  if (filter.propositionId) {
    add(
      's.id IN (SELECT statement_id FROM stances WHERE proposition_id = ?)',
      filter.propositionId,
    );
  }
  if (filter.tagId)
    add('s.id IN (SELECT statement_id FROM statement_tags WHERE tag_id = ?)', filter.tagId);
  if (filter.affiliationId) {
    add(
      `(s.speaker_id = ? OR s.speaker_id IN (
         SELECT m.actor_id FROM memberships m WHERE m.organisation_id = ?
           AND (m.start_date IS NULL OR s.said_on IS NULL OR m.start_date <= s.said_on)
           AND (m.end_date IS NULL OR s.said_on IS NULL OR m.end_date >= s.said_on)))`,
      filter.affiliationId,
      filter.affiliationId,
    );
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

const FIELDS = {
  speakerId: 'speaker_id',
  sourceId: 'source_id',
  text: 'text',
  kind: 'kind',
  language: 'language',
  translation: 'translation',
  translationLanguage: 'translation_language',
  saidOn: 'said_on',
  saidOnPrecision: 'said_on_precision',
  role: 'role',
  venue: 'venue',
  reportedViaId: 'reported_via_id',
  cue: 'cue',
};

type StatementInput = Partial<ParsedInput<'createStatement'>>;

function checkReferences(ctx: Ctx, input: StatementInput): void {
  if (input.speakerId) mustExist(ctx, 'actors', 'speaker (actor)', input.speakerId);
  if (input.sourceId) mustExist(ctx, 'sources', 'source', input.sourceId);
  if (input.reportedViaId) mustExist(ctx, 'actors', 'relaying outlet (actor)', input.reportedViaId);
}

/**
 * A date without a precision is a day; a precision without a date means nothing; a week is
 * stored as its Monday.
 */
function datePair(
  saidOn: string | null | undefined,
  precision: DatePrecision | null | undefined,
): { saidOn?: string | null; saidOnPrecision?: DatePrecision | null } {
  if (saidOn === undefined && precision === undefined) return {};
  if (!saidOn) {
    if (precision) throw new ParallaxError('invalid_input', 'A date precision needs a date.');
    return { saidOn: null, saidOnPrecision: null };
  }
  const saidOnPrecision = precision ?? 'day';
  return { saidOn: storedSaidOn(saidOn, saidOnPrecision), saidOnPrecision };
}

/**
 * An anchor given only as words and offsets gets its context (TextQuote prefix and suffix) from
 * the source, so any client can anchor a selection without holding the whole text.
 */
function withContext(
  ctx: Ctx,
  sourceId: string | null | undefined,
  anchor: StatementInput['anchor'],
) {
  if (!anchor || !sourceId || anchor.start == null || anchor.end == null) return anchor;
  if (anchor.prefix != null || anchor.suffix != null) return anchor;
  const row = ctx.db
    .prepare<[string], { body: string }>('SELECT body FROM sources WHERE id = ?')
    .get(sourceId);
  if (!row || row.body.slice(anchor.start, anchor.end) !== anchor.exact) {
    throw new ParallaxError(
      'invalid_input',
      'The anchor’s words are not at that place in the source.',
    );
  }
  return anchorAt(row.body, anchor.start, anchor.end);
}

function anchorColumns(anchor: StatementInput['anchor']): Record<string, unknown> {
  if (anchor === undefined) return {};
  return {
    quote_exact: anchor?.exact ?? null,
    quote_prefix: anchor?.prefix ?? null,
    quote_suffix: anchor?.suffix ?? null,
    position_start: anchor?.start ?? null,
    position_end: anchor?.end ?? null,
  };
}

/**
 * Writes a new statement. Its date, if it has one, came from `dateFrom`: a person's
 * (`createStatement`), or, when a proposal is accepted, the text's or the source's.
 */
export function insertStatement(
  ctx: Ctx,
  input: ParsedInput<'createStatement'>,
  dateFrom: DateOrigin = 'user',
): Statement {
  checkReferences(ctx, input);
  for (const tagId of input.tagIds) mustExist(ctx, 'tags', 'tag', tagId);
  const id = ctx.newId();
  const dates = datePair(input.saidOn, input.saidOnPrecision);
  const { sql, values } = updateSet(
    FIELDS,
    { ...input, ...dates },
    {
      id,
      said_on_from: dates.saidOn ? dateFrom : null,
      ...anchorColumns(withContext(ctx, input.sourceId, input.anchor)),
      created_at: ctx.now,
      updated_at: ctx.now,
    },
  );
  const columns = sql.split(', ').map((s) => s.replace(' = ?', ''));
  ctx.db
    .prepare(
      `INSERT INTO statements (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    .run(...values);
  const insertTag = ctx.db.prepare(
    'INSERT INTO statement_tags (id, statement_id, tag_id) VALUES (?, ?, ?)',
  );
  for (const tagId of new Set(input.tagIds)) insertTag.run(ctx.newId(), id, tagId);
  return getStatementRow(ctx, id);
}

/**
 * The origin to store when an edit gives a date: a changed date or precision is the person's
 * own; the same date sent back (a form saves every field) keeps where it came from.
 */
function editedDateOrigin(
  current: Statement,
  dates: ReturnType<typeof datePair>,
): { said_on_from?: DateOrigin | null } {
  if (dates.saidOn === undefined) return {};
  const unchanged =
    dates.saidOnPrecision === current.saidOnPrecision &&
    dates.saidOn === (current.saidOn && storedSaidOn(current.saidOn, current.saidOnPrecision));
  if (unchanged) return {};
  return { said_on_from: dates.saidOn ? 'user' : null };
}

export const statementHandlers: Handlers<keyof typeof statementMethods> = {
  listStatements(ctx, filter) {
    const { where, params } = filterSql(filter);
    const order = filter.order === 'created' ? 's.created_at, s.seq' : 's.said_on, s.seq';
    const rows = ctx.db
      .prepare(`${STATEMENT_SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, filter.limit, filter.offset) as StatementRow[];
    const total = (
      ctx.db.prepare(`SELECT count(*) AS n FROM statements s ${where}`).get(...params) as {
        n: number;
      }
    ).n;
    return { items: rows.map(toStatement), total };
  },

  getStatement(ctx, { id }) {
    const statement = getStatementRow(ctx, id);
    const stances = ctx.db
      .prepare<[string], StanceOnStatement>(
        `SELECT st.id, st.proposition_id AS propositionId, p.text AS propositionText, st.stance, st.note
         FROM stances st JOIN propositions p ON p.id = st.proposition_id
         WHERE st.statement_id = ? ORDER BY p.text`,
      )
      .all(id);
    const tags = ctx.db
      .prepare<[string], Tag>(
        `SELECT ${TAG_COLUMNS} FROM tags t JOIN statement_tags x ON x.tag_id = t.id
         WHERE x.statement_id = ? ORDER BY t.name`,
      )
      .all(id);
    const notes = ctx.db
      .prepare<[string], NoteRow>(`${NOTE_SELECT} WHERE statement_id = ? ORDER BY created_at`)
      .all(id)
      .map(toNote);
    const affiliations = ctx.db
      .prepare<[{ speaker: string; day: string | null }], Membership>(
        `SELECT ${MEMBERSHIP_COLUMNS} FROM ${MEMBERSHIP_FROM} WHERE m.actor_id = @speaker
           AND (@day IS NULL OR ((m.start_date IS NULL OR m.start_date <= @day)
                             AND (m.end_date IS NULL OR m.end_date >= @day)))
         ORDER BY o.name`,
      )
      .all({ speaker: statement.speakerId, day: statement.saidOn });
    return { ...statement, stances, tags, notes: notes as Note[], affiliations };
  },

  createStatement(ctx, input) {
    const statement = insertStatement(ctx, input);
    ctx.describe(`Add statement by ${label(statement.speakerName)}`);
    return statement;
  },

  updateStatement(ctx, input) {
    const current = getStatementRow(ctx, input.id);
    checkReferences(ctx, input);
    // A field left out keeps its current value: a new precision applies to the current date,
    // and a new date keeps the current precision.
    const dates = datePair(
      input.saidOn === undefined && input.saidOnPrecision !== undefined
        ? current.saidOn
        : input.saidOn,
      input.saidOn && input.saidOnPrecision === undefined
        ? current.saidOnPrecision
        : input.saidOnPrecision,
    );
    const { sql, values } = updateSet(
      FIELDS,
      { ...input, ...dates },
      { ...editedDateOrigin(current, dates), ...anchorColumns(input.anchor), updated_at: ctx.now },
    );
    ctx.db.prepare(`UPDATE statements SET ${sql} WHERE id = ?`).run(...values, input.id);
    ctx.describe(`Edit statement by ${label(current.speakerName)}`);
    return getStatementRow(ctx, input.id);
  },

  deleteStatement(ctx, { id }) {
    const statement = getStatementRow(ctx, id);
    ctx.db.prepare('DELETE FROM statements WHERE id = ?').run(id);
    ctx.describe(`Delete statement by ${label(statement.speakerName)}`);
    return { id };
  },
};
