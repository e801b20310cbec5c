import type { noteMethods } from '../api/notes';
import type { Note, NoteTargetType } from '../api/types';
import { notFound } from '../errors';
import { label, mustExist, type Ctx } from './context';
import type { Handlers } from './handlers';

const TARGETS: Record<NoteTargetType, { column: string; table: string }> = {
  statement: { column: 'statement_id', table: 'statements' },
  source: { column: 'source_id', table: 'sources' },
  actor: { column: 'actor_id', table: 'actors' },
  proposition: { column: 'proposition_id', table: 'propositions' },
  comparison: { column: 'comparison_id', table: 'comparisons' },
};

export const NOTE_SELECT = `SELECT id, statement_id, source_id, actor_id, proposition_id, comparison_id, body,
  created_at, updated_at FROM notes`;

export interface NoteRow {
  id: string;
  statement_id: string | null;
  source_id: string | null;
  actor_id: string | null;
  proposition_id: string | null;
  comparison_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

export function toNote(row: NoteRow): Note {
  const [type, { column }] = Object.entries(TARGETS).find(
    ([, t]) => row[t.column as keyof NoteRow] !== null,
  ) as [NoteTargetType, { column: string }];
  return {
    id: row.id,
    target: { type, id: row[column as keyof NoteRow] as string },
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function getNote(ctx: Ctx, id: string): Note {
  const row = ctx.db.prepare<[string], NoteRow>(`${NOTE_SELECT} WHERE id = ?`).get(id);
  if (!row) throw notFound('note', id);
  return toNote(row);
}

export const noteHandlers: Handlers<keyof typeof noteMethods> = {
  listNotes(ctx, { target }) {
    const { column, table } = TARGETS[target.type];
    mustExist(ctx, table, target.type, target.id);
    return ctx.db
      .prepare<[string], NoteRow>(`${NOTE_SELECT} WHERE ${column} = ? ORDER BY created_at, rowid`)
      .all(target.id)
      .map(toNote);
  },

  createNote(ctx, { target, body }) {
    const { column, table } = TARGETS[target.type];
    mustExist(ctx, table, target.type, target.id);
    const id = ctx.newId();
    ctx.db
      .prepare(
        `INSERT INTO notes (id, ${column}, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(id, target.id, body, ctx.now, ctx.now);
    ctx.describe(`Add note ${label(body)}`);
    return getNote(ctx, id);
  },

  updateNote(ctx, { id, body }) {
    getNote(ctx, id);
    ctx.db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, ctx.now, id);
    ctx.describe(`Edit note ${label(body)}`);
    return getNote(ctx, id);
  },

  deleteNote(ctx, { id }) {
    const note = getNote(ctx, id);
    ctx.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
    ctx.describe(`Delete note ${label(note.body)}`);
    return { id };
  },
};
