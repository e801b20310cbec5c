import type { tagMethods } from '../api/tags';
import type { Tag } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { label, mustExist, updateSet, type Ctx } from './context';
import type { Handlers } from './handlers';

export const TAG_COLUMNS = `t.id, t.name, t.color,
  (SELECT count(*) FROM statement_tags x WHERE x.tag_id = t.id) AS statementCount`;

function getTag(ctx: Ctx, id: string): Tag {
  const tag = ctx.db
    .prepare<[string], Tag>(`SELECT ${TAG_COLUMNS} FROM tags t WHERE t.id = ?`)
    .get(id);
  if (!tag) throw notFound('tag', id);
  return tag;
}

/**
 * SQLite's NOCASE folds ASCII only, so names are compared here with Unicode case folding
 * ('Ödeme' = 'ödeme'); a workspace has tens or hundreds of tags, not millions.
 */
function refuseDuplicateName(ctx: Ctx, name: string, exceptId?: string): void {
  const wanted = name.toLocaleLowerCase();
  const clash = ctx.db
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM tags')
    .all()
    .find((t) => t.name.toLocaleLowerCase() === wanted);
  if (clash && clash.id !== exceptId) {
    throw new ParallaxError('conflict', `There is already a tag called ${label(name)}.`);
  }
}

export const tagHandlers: Handlers<keyof typeof tagMethods> = {
  listTags(ctx) {
    return ctx.db
      .prepare<[], Tag>(`SELECT ${TAG_COLUMNS} FROM tags t ORDER BY t.name COLLATE NOCASE`)
      .all();
  },

  createTag(ctx, { name, color }) {
    refuseDuplicateName(ctx, name);
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?)')
      .run(id, name, color ?? null, ctx.now);
    ctx.describe(`Add tag ${label(name)}`);
    return getTag(ctx, id);
  },

  updateTag(ctx, input) {
    const current = getTag(ctx, input.id);
    if (input.name) refuseDuplicateName(ctx, input.name, input.id);
    const { sql, values } = updateSet({ name: 'name', color: 'color' }, input);
    if (sql) ctx.db.prepare(`UPDATE tags SET ${sql} WHERE id = ?`).run(...values, input.id);
    ctx.describe(`Edit tag ${label(input.name ?? current.name)}`);
    return getTag(ctx, input.id);
  },

  deleteTag(ctx, { id }) {
    const tag = getTag(ctx, id);
    ctx.db.prepare('DELETE FROM tags WHERE id = ?').run(id);
    ctx.describe(`Delete tag ${label(tag.name)}`);
    return { id };
  },

  tagStatement(ctx, { statementId, tagId }) {
    mustExist(ctx, 'statements', 'statement', statementId);
    const tag = getTag(ctx, tagId);
    ctx.db
      .prepare('INSERT OR IGNORE INTO statement_tags (id, statement_id, tag_id) VALUES (?, ?, ?)')
      .run(ctx.newId(), statementId, tagId);
    ctx.describe(`Tag a statement ${label(tag.name)}`);
    return getTag(ctx, tagId);
  },

  untagStatement(ctx, { statementId, tagId }) {
    mustExist(ctx, 'statements', 'statement', statementId);
    const tag = getTag(ctx, tagId);
    const row = ctx.db
      .prepare<[string, string], { id: string }>(
        'SELECT id FROM statement_tags WHERE statement_id = ? AND tag_id = ?',
      )
      .get(statementId, tagId);
    if (!row)
      throw new ParallaxError('not_found', `That statement is not tagged ${label(tag.name)}.`);
    ctx.db.prepare('DELETE FROM statement_tags WHERE id = ?').run(row.id);
    ctx.describe(`Remove tag ${label(tag.name)} from a statement`);
    return { id: row.id };
  },
};
