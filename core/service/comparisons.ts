import type { comparisonMethods } from '../api/comparisons';
import { MAX_COMPARISON_ITEMS, MIN_COMPARISON_ITEMS } from '../api/comparisons';
import type { Comparison, ComparisonDetail } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { defaultComparisonTitle } from './comparison-title';
import { label, mustExist, updateSet, type Ctx } from './context';
import type { Handlers } from './handlers';
import { STATEMENT_SELECT, toStatement, type StatementRow } from './statement-rows';

const COMPARISON_COLUMNS = `c.id, c.title, c.assessment, c.created_at AS createdAt, c.updated_at AS updatedAt,
  (SELECT count(*) FROM comparison_items i WHERE i.comparison_id = c.id) AS itemCount`;

function getComparison(ctx: Ctx, id: string): Comparison {
  const row = ctx.db
    .prepare<[string], Comparison>(`SELECT ${COMPARISON_COLUMNS} FROM comparisons c WHERE c.id = ?`)
    .get(id);
  if (!row) throw notFound('comparison', id);
  return row;
}

function getDetail(ctx: Ctx, id: string): ComparisonDetail {
  const comparison = getComparison(ctx, id);
  const rows = ctx.db
    .prepare(
      `SELECT i.id AS item_id, i.position AS item_position, st.* FROM comparison_items i
       JOIN (${STATEMENT_SELECT}) st ON st.id = i.statement_id
       WHERE i.comparison_id = ? ORDER BY i.position`,
    )
    .all(id) as Array<StatementRow & { item_id: string; item_position: number }>;
  return {
    ...comparison,
    items: rows.map((r) => ({
      id: r.item_id,
      position: r.item_position,
      statement: toStatement(r),
    })),
  };
}

function itemIds(ctx: Ctx, comparisonId: string): string[] {
  return ctx.db
    .prepare<[string], { statement_id: string }>(
      'SELECT statement_id FROM comparison_items WHERE comparison_id = ? ORDER BY position',
    )
    .all(comparisonId)
    .map((r) => r.statement_id);
}

/** Rewrites item positions to 0..n-1 in the given order (only rows whose position moves). */
function writeOrder(ctx: Ctx, comparisonId: string, statementIds: string[]): void {
  const update = ctx.db.prepare(
    'UPDATE comparison_items SET position = ? WHERE comparison_id = ? AND statement_id = ? AND position <> ?',
  );
  statementIds.forEach((statementId, position) =>
    update.run(position, comparisonId, statementId, position),
  );
}

function touch(ctx: Ctx, id: string): void {
  ctx.db.prepare('UPDATE comparisons SET updated_at = ? WHERE id = ?').run(ctx.now, id);
}

export const comparisonHandlers: Handlers<keyof typeof comparisonMethods> = {
  listComparisons(ctx, { limit, offset }) {
    const items = ctx.db
      .prepare<[number, number], Comparison>(
        `SELECT ${COMPARISON_COLUMNS} FROM comparisons c ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?`,
      )
      .all(limit, offset);
    const total = ctx.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM comparisons').get()!
      .n;
    return { items, total };
  },

  getComparison(ctx, { id }) {
    return getDetail(ctx, id);
  },

  createComparison(ctx, { title: given, statementIds, propositionId, assessment }) {
    for (const statementId of statementIds) mustExist(ctx, 'statements', 'statement', statementId);
    if (propositionId !== undefined) mustExist(ctx, 'propositions', 'proposition', propositionId);
    const title = given ?? defaultComparisonTitle(ctx, statementIds, propositionId);
    const id = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO comparisons (id, title, assessment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, title, assessment, ctx.now, ctx.now);
    const insert = ctx.db.prepare(
      'INSERT INTO comparison_items (id, comparison_id, statement_id, position) VALUES (?, ?, ?, ?)',
    );
    statementIds.forEach((statementId, position) =>
      insert.run(ctx.newId(), id, statementId, position),
    );
    ctx.describe(`Add comparison ${label(title)}`);
    return getComparison(ctx, id);
  },

  updateComparison(ctx, input) {
    const current = getComparison(ctx, input.id);
    const { sql, values } = updateSet({ title: 'title', assessment: 'assessment' }, input, {
      updated_at: ctx.now,
    });
    ctx.db.prepare(`UPDATE comparisons SET ${sql} WHERE id = ?`).run(...values, input.id);
    const renamed = input.title !== undefined && input.title !== current.title;
    if (renamed && input.assessment === undefined) {
      ctx.describe(`Rename comparison ${label(current.title)} to ${label(input.title!)}`);
    } else {
      const what =
        input.assessment !== undefined && input.title === undefined ? 'assessment of ' : '';
      ctx.describe(`Edit ${what}comparison ${label(input.title ?? current.title)}`);
    }
    return getComparison(ctx, input.id);
  },

  deleteComparison(ctx, { id }) {
    const current = getComparison(ctx, id);
    ctx.db.prepare('DELETE FROM comparisons WHERE id = ?').run(id);
    ctx.describe(`Delete comparison ${label(current.title)}`);
    return { id };
  },

  addComparisonItem(ctx, { comparisonId, statementId, position }) {
    const comparison = getComparison(ctx, comparisonId);
    mustExist(ctx, 'statements', 'statement', statementId);
    const ids = itemIds(ctx, comparisonId);
    if (ids.includes(statementId)) {
      throw new ParallaxError('conflict', 'That statement is already in the comparison.');
    }
    if (ids.length >= MAX_COMPARISON_ITEMS) {
      throw new ParallaxError(
        'invalid_input',
        `A comparison holds at most ${MAX_COMPARISON_ITEMS} statements.`,
      );
    }
    const at = Math.min(position ?? ids.length, ids.length);
    ctx.db
      .prepare(
        'INSERT INTO comparison_items (id, comparison_id, statement_id, position) VALUES (?, ?, ?, ?)',
      )
      .run(ctx.newId(), comparisonId, statementId, ids.length);
    ids.splice(at, 0, statementId);
    writeOrder(ctx, comparisonId, ids);
    touch(ctx, comparisonId);
    ctx.describe(`Add a statement to ${label(comparison.title)}`);
    return getDetail(ctx, comparisonId);
  },

  removeComparisonItem(ctx, { comparisonId, statementId }) {
    const comparison = getComparison(ctx, comparisonId);
    const ids = itemIds(ctx, comparisonId);
    if (!ids.includes(statementId)) {
      throw new ParallaxError('not_found', 'That statement is not in the comparison.');
    }
    if (ids.length <= MIN_COMPARISON_ITEMS) {
      throw new ParallaxError(
        'invalid_input',
        `A comparison needs at least ${MIN_COMPARISON_ITEMS} statements.`,
      );
    }
    ctx.db
      .prepare('DELETE FROM comparison_items WHERE comparison_id = ? AND statement_id = ?')
      .run(comparisonId, statementId);
    writeOrder(
      ctx,
      comparisonId,
      ids.filter((id) => id !== statementId),
    );
    touch(ctx, comparisonId);
    ctx.describe(`Remove a statement from ${label(comparison.title)}`);
    return getDetail(ctx, comparisonId);
  },

  reorderComparison(ctx, { id, statementIds }) {
    const comparison = getComparison(ctx, id);
    const current = itemIds(ctx, id);
    const same =
      current.length === statementIds.length && current.every((s) => statementIds.includes(s));
    if (!same) {
      throw new ParallaxError(
        'invalid_input',
        'Reordering must list exactly the statements already in the comparison.',
      );
    }
    writeOrder(ctx, id, statementIds);
    touch(ctx, id);
    ctx.describe(`Reorder ${label(comparison.title)}`);
    return getDetail(ctx, id);
  },
};
