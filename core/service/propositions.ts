import type { propositionMethods } from '../api/propositions';
import type { Proposition, Stance, StanceValue } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { containsPattern, label, mustExist, selectPage, updateSet, type Ctx } from './context';
import type { Handlers } from './handlers';
import { findStatementsForProposition } from './statements-for-proposition';
import { suggestPropositions } from './suggest-propositions';
import {
  getStatementRow,
  STATEMENT_SELECT,
  toStatement,
  type StatementRow,
} from './statement-rows';

interface PropositionRow extends Omit<Proposition, 'counts'> {
  affirms: number;
  denies: number;
  qualifies: number;
}

const PROPOSITION_COLUMNS = `p.id, p.text, p.description, p.created_at AS createdAt, p.updated_at AS updatedAt,
  (SELECT count(*) FROM stances x WHERE x.proposition_id = p.id AND x.stance = 'affirms') AS affirms,
  (SELECT count(*) FROM stances x WHERE x.proposition_id = p.id AND x.stance = 'denies') AS denies,
  (SELECT count(*) FROM stances x WHERE x.proposition_id = p.id AND x.stance = 'qualifies') AS qualifies`;

function toProposition({ affirms, denies, qualifies, ...rest }: PropositionRow): Proposition {
  return { ...rest, counts: { affirms, denies, qualifies } };
}

function getProposition(ctx: Ctx, id: string): Proposition {
  const row = ctx.db
    .prepare<[string], PropositionRow>(
      `SELECT ${PROPOSITION_COLUMNS} FROM propositions p WHERE p.id = ?`,
    )
    .get(id);
  if (!row) throw notFound('proposition', id);
  return toProposition(row);
}

interface StanceRow {
  id: string;
  statementId: string;
  propositionId: string;
  stance: StanceValue;
  note: string | null;
}

const STANCE_COLUMNS = `id, statement_id AS statementId, proposition_id AS propositionId, stance, note`;

function findStance(ctx: Ctx, statementId: string, propositionId: string): Stance | undefined {
  return ctx.db
    .prepare<[string, string], StanceRow>(
      `SELECT ${STANCE_COLUMNS} FROM stances WHERE statement_id = ? AND proposition_id = ?`,
    )
    .get(statementId, propositionId);
}

export const propositionHandlers: Handlers<keyof typeof propositionMethods> = {
  listPropositions(ctx, { query, limit, offset }) {
    const where = query ? `WHERE p.text LIKE ? ESCAPE '\\'` : '';
    const params = query ? [containsPattern(query)] : [];
    const { rows, total } = selectPage<PropositionRow>(
      ctx,
      {
        columns: PROPOSITION_COLUMNS,
        from: 'propositions p',
        where,
        params,
        order: 'p.text COLLATE NOCASE, p.id',
      },
      { limit, offset },
    );
    return { items: rows.map(toProposition), total };
  },

  getProposition(ctx, { id }) {
    const proposition = getProposition(ctx, id);
    const stances = ctx.db
      .prepare<[string], StanceRow>(
        `SELECT ${STANCE_COLUMNS} FROM stances WHERE proposition_id = ?`,
      )
      .all(id);
    const statements = new Map(
      (
        ctx.db
          .prepare(
            `${STATEMENT_SELECT} WHERE s.id IN (SELECT statement_id FROM stances WHERE proposition_id = ?)
             ORDER BY s.said_on, s.seq`,
          )
          .all(id) as StatementRow[]
      ).map((r) => [r.id, toStatement(r)]),
    );
    const order = [...statements.keys()];
    const withStatements = stances
      .map((s) => ({ ...s, statement: statements.get(s.statementId)! }))
      .sort((a, b) => order.indexOf(a.statementId) - order.indexOf(b.statementId));
    return { ...proposition, stances: withStatements };
  },

  createProposition(ctx, { text, description }) {
    const id = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO propositions (id, text, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, text, description ?? null, ctx.now, ctx.now);
    ctx.describe(`Add proposition ${label(text)}`);
    return getProposition(ctx, id);
  },

  updateProposition(ctx, input) {
    const current = getProposition(ctx, input.id);
    const { sql, values } = updateSet({ text: 'text', description: 'description' }, input, {
      updated_at: ctx.now,
    });
    ctx.db.prepare(`UPDATE propositions SET ${sql} WHERE id = ?`).run(...values, input.id);
    ctx.describe(`Edit proposition ${label(input.text ?? current.text)}`);
    return getProposition(ctx, input.id);
  },

  deleteProposition(ctx, { id }) {
    const current = getProposition(ctx, id);
    ctx.db.prepare('DELETE FROM propositions WHERE id = ?').run(id);
    ctx.describe(`Delete proposition ${label(current.text)}`);
    return { id };
  },

  setStance(ctx, { statementId, propositionId, stance, note }) {
    const statement = getStatementRow(ctx, statementId);
    const proposition = getProposition(ctx, propositionId);
    const existing = findStance(ctx, statementId, propositionId);
    if (existing) {
      ctx.db
        .prepare('UPDATE stances SET stance = ?, note = ?, updated_at = ? WHERE id = ?')
        .run(stance, note === undefined ? existing.note : note, ctx.now, existing.id);
    } else {
      ctx.db
        .prepare(
          `INSERT INTO stances (id, statement_id, proposition_id, stance, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(ctx.newId(), statementId, propositionId, stance, note ?? null, ctx.now, ctx.now);
    }
    ctx.describe(
      `Set stance: ${label(statement.speakerName, 24)} ${stance} ${label(proposition.text, 30)}`,
    );
    return findStance(ctx, statementId, propositionId)!;
  },

  suggestPropositions(ctx, { statementId, limit }) {
    const statement = getStatementRow(ctx, statementId);
    const linked = new Set(
      ctx.db
        .prepare<[string], { id: string }>(
          'SELECT proposition_id AS id FROM stances WHERE statement_id = ?',
        )
        .all(statementId)
        .map((r) => r.id),
    );
    return suggestPropositions(
      ctx,
      `${statement.text} ${statement.translation ?? ''}`,
      limit + linked.size,
    )
      .filter((p) => !linked.has(p.id))
      .slice(0, limit);
  },

  setStances(ctx, { statementIds, propositionId, stance }) {
    const proposition = getProposition(ctx, propositionId);
    for (const statementId of statementIds) {
      propositionHandlers.setStance(ctx, { statementId, propositionId, stance });
    }
    ctx.describe(
      `Set stance: ${statementIds.length} statement(s) ${stance} ${label(proposition.text, 30)}`,
    );
    return { set: statementIds.length };
  },

  findStatementsForProposition: (ctx, input) => findStatementsForProposition(ctx, input),

  removeStance(ctx, { statementId, propositionId }) {
    mustExist(ctx, 'statements', 'statement', statementId);
    mustExist(ctx, 'propositions', 'proposition', propositionId);
    const existing = findStance(ctx, statementId, propositionId);
    if (!existing) {
      throw new ParallaxError('not_found', 'That statement takes no stance on that proposition.');
    }
    ctx.db.prepare('DELETE FROM stances WHERE id = ?').run(existing.id);
    ctx.describe('Remove a stance');
    return { id: existing.id };
  },
};
