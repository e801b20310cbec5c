import { FOLD_NAME_SQL, foldActorName } from './fold-actor-name';
import type { actorMethods } from '../api/actors';
import type { Actor, ActorDetail, Alias, Membership } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { containsPattern, label, mustExist, selectPage, updateSet, type Ctx } from './context';
import type { Handlers } from './handlers';
import { listLikelyDuplicates } from './likely-duplicates';
import { mergeActors } from './merge-actors';

interface ActorRow extends Omit<Actor, 'aliases'> {
  aliases: string | null;
}

const ACTOR_COLUMNS = `a.id, a.kind, a.name, a.description,
  (SELECT json_group_array(alias) FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id ORDER BY alias)) AS aliases,
  (SELECT count(*) FROM statements s WHERE s.speaker_id = a.id) AS statementCount`;

function toActor(row: ActorRow): Actor {
  return { ...row, aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [] };
}

export function getActorRow(ctx: Ctx, id: string): Actor {
  const row = ctx.db
    .prepare<[string], ActorRow>(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id = ?`)
    .get(id);
  if (!row) throw notFound('actor', id);
  return toActor(row);
}

export const MEMBERSHIP_COLUMNS = `m.id, m.actor_id AS actorId, a.name AS actorName, m.organisation_id AS organisationId,
  o.name AS organisationName, m.role, m.start_date AS startDate, m.end_date AS endDate`;
export const MEMBERSHIP_FROM = `memberships m JOIN actors a ON a.id = m.actor_id JOIN actors o ON o.id = m.organisation_id`;

function getMembership(ctx: Ctx, id: string): Membership {
  const row = ctx.db
    .prepare<[string], Membership>(
      `SELECT ${MEMBERSHIP_COLUMNS} FROM ${MEMBERSHIP_FROM} WHERE m.id = ?`,
    )
    .get(id);
  if (!row) throw notFound('membership', id);
  return row;
}

/**
 * Finds an actor by exact name or alias, ignoring case; names win over aliases. SQLite's NOCASE
 * folds only ASCII, so a non-ASCII name that finds nothing is compared again with Unicode case
 * folding among the names and aliases of the same length (Лавров = лавров, Éric = éric).
 * Failing both, the same name spelled another way (`findActorByFoldedName`).
 */
export function findActorByName(ctx: Ctx, name: string): Actor | null {
  const row = ctx.db
    .prepare<[{ name: string }], { id: string }>(
      `SELECT id FROM (
         SELECT id, 0 AS rank FROM actors WHERE name = @name COLLATE NOCASE
         UNION ALL
         SELECT actor_id, 1 FROM actor_aliases WHERE alias = @name COLLATE NOCASE)
       ORDER BY rank LIMIT 1`,
    )
    .get({ name });
  if (row) return getActorRow(ctx, row.id);
  if (!/[^\p{ASCII}]/u.test(name)) return findActorByFoldedName(ctx, name);
  const wanted = name.toLocaleLowerCase();
  const candidates = ctx.db
    .prepare<[{ length: number }], { id: string; label: string }>(
      `SELECT id, name AS label, 0 AS rank FROM actors WHERE length(name) = @length
       UNION ALL
       SELECT actor_id, alias, 1 FROM actor_aliases WHERE length(alias) = @length
       ORDER BY rank`,
    )
    .all({ length: name.length });
  const match = candidates.find((c) => c.label.toLocaleLowerCase() === wanted);
  return match ? getActorRow(ctx, match.id) : findActorByFoldedName(ctx, name);
}

/**
 * Finds an actor whose name or alias is the same name spelled another way (see
 * `foldActorName`: علي = علی, "Al-Abadi" = "al Abadi"); names win over aliases.
 */
function findActorByFoldedName(ctx: Ctx, name: string): Actor | null {
  const key = foldActorName(name);
  if (!key) return null;
  const row = ctx.db
    .prepare<[{ key: string }], { id: string }>(
      `SELECT id FROM (
         SELECT id, 0 AS rank FROM actors WHERE ${FOLD_NAME_SQL}(name) = @key
         UNION ALL
         SELECT actor_id, 1 FROM actor_aliases WHERE ${FOLD_NAME_SQL}(alias) = @key)
       ORDER BY rank LIMIT 1`,
    )
    .get({ key });
  return row ? getActorRow(ctx, row.id) : null;
}

function checkDates(
  startDate: string | null | undefined,
  endDate: string | null | undefined,
): void {
  if (startDate && endDate && endDate < startDate) {
    throw new ParallaxError('invalid_input', 'A membership cannot end before it starts.');
  }
}

function insertAlias(ctx: Ctx, actorId: string, alias: string): string {
  const clash = ctx.db
    .prepare('SELECT 1 FROM actor_aliases WHERE actor_id = ? AND alias = ?')
    .get(actorId, alias);
  if (clash)
    throw new ParallaxError('conflict', `The actor already has the alias ${label(alias)}.`);
  const id = ctx.newId();
  ctx.db
    .prepare('INSERT INTO actor_aliases (id, actor_id, alias) VALUES (?, ?, ?)')
    .run(id, actorId, alias);
  return id;
}

export const actorHandlers: Handlers<keyof typeof actorMethods> = {
  listActors(ctx, { query, kind, kinds, limit, offset }) {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query) {
      // Names and aliases folded as duplicates are found (Arabic/Persian letter variants,
      // vowel marks, accents, case, punctuation): روحاني finds روحانی, "al abadi" Al-Abadi.
      const like = containsPattern(foldActorName(query));
      const fold = FOLD_NAME_SQL;
      conditions.push(
        `(${fold}(a.name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND ${fold}(x.alias) LIKE ? ESCAPE '\\'))`,
      );
      params.push(like, like);
    }
    if (kind) {
      conditions.push('a.kind = ?');
      params.push(kind);
    }
    if (kinds) {
      conditions.push(`a.kind IN (${kinds.map(() => '?').join(', ')})`);
      params.push(...kinds);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const { rows, total } = selectPage<ActorRow>(
      ctx,
      {
        columns: ACTOR_COLUMNS,
        from: 'actors a',
        where,
        params,
        order: 'a.name COLLATE NOCASE, a.id',
      },
      { limit, offset },
    );
    return { items: rows.map(toActor), total };
  },

  getActor(ctx, { id }) {
    const actor = getActorRow(ctx, id);
    const times = ctx.db
      .prepare<[string], { createdAt: string; updatedAt: string }>(
        'SELECT created_at AS createdAt, updated_at AS updatedAt FROM actors WHERE id = ?',
      )
      .get(id)!;
    const aliases = ctx.db
      .prepare<[string], Alias>(
        'SELECT id, actor_id AS actorId, alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias',
      )
      .all(id);
    const memberships = ctx.db
      .prepare<[string], Membership>(
        `SELECT ${MEMBERSHIP_COLUMNS} FROM ${MEMBERSHIP_FROM} WHERE m.actor_id = ? ORDER BY m.start_date, o.name`,
      )
      .all(id);
    const members = ctx.db
      .prepare<[string], Membership>(
        `SELECT ${MEMBERSHIP_COLUMNS} FROM ${MEMBERSHIP_FROM} WHERE m.organisation_id = ? ORDER BY a.name, m.start_date`,
      )
      .all(id);
    const detail: ActorDetail = { ...actor, ...times, aliases, memberships, members };
    return detail;
  },

  findActor(ctx, { name }) {
    return findActorByName(ctx, name);
  },

  createActor(ctx, input) {
    const id = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO actors (id, kind, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.kind, input.name, input.description ?? null, ctx.now, ctx.now);
    for (const alias of new Set(input.aliases)) {
      if (alias !== input.name) insertAlias(ctx, id, alias);
    }
    ctx.describe(`Add actor ${label(input.name)}`);
    return getActorRow(ctx, id);
  },

  updateActor(ctx, input) {
    const before = getActorRow(ctx, input.id);
    const { sql, values } = updateSet(
      { name: 'name', kind: 'kind', description: 'description' },
      input,
      {
        updated_at: ctx.now,
      },
    );
    ctx.db.prepare(`UPDATE actors SET ${sql} WHERE id = ?`).run(...values, input.id);
    ctx.describe(`Edit actor ${label(input.name ?? before.name)}`);
    return getActorRow(ctx, input.id);
  },

  deleteActor(ctx, { id }) {
    const actor = getActorRow(ctx, id);
    const relayed = ctx.db
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM statements WHERE reported_via_id = ?',
      )
      .get(id)!.n;
    if (actor.statementCount > 0 || relayed > 0) {
      throw new ParallaxError(
        'in_use',
        `${label(actor.name)} is the speaker of ${actor.statementCount} and the relaying outlet of ${relayed} statement(s); delete or reassign them first.`,
      );
    }
    ctx.db.prepare('DELETE FROM actors WHERE id = ?').run(id);
    ctx.describe(`Delete actor ${label(actor.name)}`);
    return { id };
  },

  addAlias(ctx, { actorId, alias }) {
    const actor = getActorRow(ctx, actorId);
    const id = insertAlias(ctx, actorId, alias);
    ctx.describe(`Add alias ${label(alias)} to ${label(actor.name)}`);
    return { id, actorId, alias };
  },

  removeAlias(ctx, { id }) {
    const row = ctx.db
      .prepare<[string], { alias: string }>('SELECT alias FROM actor_aliases WHERE id = ?')
      .get(id);
    if (!row) throw notFound('alias', id);
    ctx.db.prepare('DELETE FROM actor_aliases WHERE id = ?').run(id);
    ctx.describe(`Remove alias ${label(row.alias)}`);
    return { id };
  },

  addMembership(ctx, input) {
    const actor = getActorRow(ctx, input.actorId);
    const organisation = getActorRow(ctx, input.organisationId);
    if (actor.id === organisation.id) {
      throw new ParallaxError('invalid_input', 'An actor cannot be a member of itself.');
    }
    checkDates(input.startDate, input.endDate);
    const id = ctx.newId();
    ctx.db
      .prepare(
        'INSERT INTO memberships (id, actor_id, organisation_id, role, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        id,
        actor.id,
        organisation.id,
        input.role ?? null,
        input.startDate ?? null,
        input.endDate ?? null,
      );
    ctx.describe(`Add ${label(actor.name)} to ${label(organisation.name)}`);
    return getMembership(ctx, id);
  },

  updateMembership(ctx, input) {
    const current = getMembership(ctx, input.id);
    if (input.organisationId !== undefined) {
      mustExist(ctx, 'actors', 'organisation', input.organisationId);
      if (input.organisationId === current.actorId) {
        throw new ParallaxError('invalid_input', 'An actor cannot be a member of itself.');
      }
    }
    checkDates(
      input.startDate === undefined ? current.startDate : input.startDate,
      input.endDate === undefined ? current.endDate : input.endDate,
    );
    const { sql, values } = updateSet(
      {
        organisationId: 'organisation_id',
        role: 'role',
        startDate: 'start_date',
        endDate: 'end_date',
      },
      input,
    );
    if (sql) ctx.db.prepare(`UPDATE memberships SET ${sql} WHERE id = ?`).run(...values, input.id);
    ctx.describe(`Edit membership of ${label(current.actorName)}`);
    return getMembership(ctx, input.id);
  },

  removeMembership(ctx, { id }) {
    const current = getMembership(ctx, id);
    ctx.db.prepare('DELETE FROM memberships WHERE id = ?').run(id);
    ctx.describe(`Remove ${label(current.actorName)} from ${label(current.organisationName)}`);
    return { id };
  },

  // Wrapped, not referenced: the two modules import each other's helpers.
  mergeActors: (ctx, input) => mergeActors(ctx, input),
  listLikelyDuplicateActors: (ctx, input) => listLikelyDuplicates(ctx, input),
};
