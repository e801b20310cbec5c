import type { actorMethods } from '../api/actors';
import type { Actor, ActorDetail, Alias, Membership } from '../api/types';
import { notFound, ParallaxError } from '../errors';
import { FOLD_NAME } from './actor-name-sql';
import { containsPattern, label, mustExist, selectPage, updateSet, type Ctx } from './context';
import { foldActorName } from '../api/fold-actor-name';
import type { Handlers } from './handlers';
import { listCloseActors } from './close-actors';
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

/** The id of an actor named or also known as `name` exactly, ignoring ASCII case; names first. */
function exactMatch(ctx: Ctx, name: string): string | undefined {
  return ctx.db
    .prepare<[{ name: string }], { id: string }>(
      `SELECT id FROM (
         SELECT id, 0 AS rank FROM actors WHERE name = @name COLLATE NOCASE
         UNION ALL
         SELECT actor_id, 1 FROM actor_aliases WHERE alias = @name COLLATE NOCASE)
       ORDER BY rank LIMIT 1`,
    )
    .get({ name })?.id;
}

/**
 * Ids of the actors whose name or an alias folds to `key` (see `foldActorName`), those named so
 * before those only also known so, then by name; `except` left out.
 */
function foldedMatches(ctx: Ctx, key: string, except: string | null = null): string[] {
  if (key === '') return [];
  return ctx.db
    .prepare<[{ key: string; except: string | null }], { id: string }>(
      `SELECT id FROM (
         SELECT id, 0 AS rank, name FROM actors WHERE ${FOLD_NAME}(name) = @key
         UNION ALL
         SELECT x.actor_id, 1, a.name FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
           WHERE ${FOLD_NAME}(x.alias) = @key)
       WHERE @except IS NULL OR id <> @except
       GROUP BY id ORDER BY min(rank), name COLLATE NOCASE, id`,
    )
    .all({ key, except })
    .map((r) => r.id);
}

/**
 * Finds an actor by name or alias: an exact match (ignoring ASCII case) first, names before
 * aliases; else one whose name or alias folds alike (روحاني = روحانی, Éric = eric, "Al-Abadi" =
 * "al abadi"), so a spelling variant finds the actor instead of becoming a second one.
 */
export function findActorByName(ctx: Ctx, name: string): Actor | null {
  const id = exactMatch(ctx, name) ?? foldedMatches(ctx, foldActorName(name))[0];
  return id ? getActorRow(ctx, id) : null;
}

/**
 * Another actor than `actorId` whose name or alias is `name` once folded: renaming to it would
 * record one actor twice.
 */
export function nameClash(ctx: Ctx, actorId: string, name: string): Actor | null {
  const id = foldedMatches(ctx, foldActorName(name), actorId)[0];
  return id ? getActorRow(ctx, id) : null;
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
    // Compared folded (letter variants, marks, case, punctuation): روحاني finds روحانی. A query
    // that folds to nothing (only punctuation) is matched as typed.
    const key = query ? foldActorName(query) : '';
    if (query) {
      const [fold, like] = key ? [FOLD_NAME, containsPattern(key)] : ['', containsPattern(query)];
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
    if (input.name !== undefined && input.name !== before.name && !input.keepDuplicateName) {
      const other = nameClash(ctx, input.id, input.name);
      if (other) {
        throw new ParallaxError(
          'conflict',
          `${label(input.name)} is already a name of the actor ${label(other.name)} (id ${other.id}); merge the two actors instead, or rename with keepDuplicateName if they are different actors.`,
        );
      }
    }
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
  listCloseActors: (ctx, input) => listCloseActors(ctx, input),
};
