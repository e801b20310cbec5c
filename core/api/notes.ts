import { z } from 'zod';
import { ById, Id } from './common';
import { command, query } from './method';
import type { Deleted, Note } from './types';

export const NoteTarget = z.strictObject({
  type: z.enum(['statement', 'source', 'actor', 'proposition', 'comparison']),
  id: Id,
});

const Body = z
  .string()
  .max(200_000)
  .refine((s) => s.trim() !== '', 'must not be empty')
  .transform((s) => s.normalize('NFC'));

export const noteMethods = {
  listNotes: query<Note[]>()(z.strictObject({ target: NoteTarget })),
  createNote: command<Note>()(z.strictObject({ target: NoteTarget, body: Body })),
  updateNote: command<Note>()(z.strictObject({ id: Id, body: Body })),
  deleteNote: command<Deleted>()(ById),
};
