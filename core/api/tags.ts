import { z } from 'zod';
import { ById, Id, Nothing, Text } from './common';
import { command, query } from './method';
import type { Deleted, Tag } from './types';

const Color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')
  .nullable()
  .optional();

export const tagMethods = {
  listTags: query<Tag[]>()(Nothing),
  createTag: command<Tag>()(z.strictObject({ name: Text(100), color: Color })),
  updateTag: command<Tag>()(z.strictObject({ id: Id, name: Text(100).optional(), color: Color })),
  deleteTag: command<Deleted>()(ById),
  tagStatement: command<Tag>()(z.strictObject({ statementId: Id, tagId: Id })),
  untagStatement: command<Deleted>()(z.strictObject({ statementId: Id, tagId: Id })),
};
