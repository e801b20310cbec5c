import type { ActorMergeResult } from '../api/types';
import { ParallaxError } from '../errors';
import { getActorRow } from './actors';
import { label, type Ctx } from './context';

interface MembershipRow {
  id: string;
  actorId: string;
  organisationId: string;
  role: string | null;
  startDate: string | null;
  endDate: string | null;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Moves the merged actor's other names to the kept one, its own name among them; a name the
 * kept actor already answers to (ignoring case) is dropped rather than repeated.
 */
function moveAliases(
  ctx: Ctx,
  keepId: string,
  keepName: string,
  merged: { id: string; name: string },
) {
  const known = ctx.db
    .prepare<[string], { alias: string }>('SELECT alias FROM actor_aliases WHERE actor_id = ?')
    .all(keepId)
    .map((r) => r.alias);
  known.push(keepName);
  const theirs = ctx.db
    .prepare<[string], { id: string; alias: string }>(
      'SELECT id, alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias',
    )
    .all(merged.id);
  let moved = 0;
  for (const { id, alias } of theirs) {
    if (known.some((k) => sameName(k, alias))) {
      ctx.db.prepare('DELETE FROM actor_aliases WHERE id = ?').run(id);
    } else {
      ctx.db.prepare('UPDATE actor_aliases SET actor_id = ? WHERE id = ?').run(keepId, id);
      known.push(alias);
      moved++;
    }
  }
  if (!known.some((k) => sameName(k, merged.name))) {
    ctx.db
      .prepare('INSERT INTO actor_aliases (id, actor_id, alias) VALUES (?, ?, ?)')
      .run(ctx.newId(), keepId, merged.name);
    moved++;
  }
  return moved;
}

const membershipKey = (m: MembershipRow, keepId: string, mergeId: string) =>
  JSON.stringify([
    m.actorId === mergeId ? keepId : m.actorId,
    m.organisationId === mergeId ? keepId : m.organisationId,
    m.role,
    m.startDate,
    m.endDate,
  ]);

/**
 * Moves memberships to the kept actor, as member and as organisation. One between the two
 * actors would make the kept actor a member of itself, and one the kept actor already has
 * (same organisation or member, role and dates) would repeat it: both are dropped.
 */
function moveMemberships(ctx: Ctx, keepId: string, mergeId: string): number {
  const rows = ctx.db
    .prepare<[string, string], MembershipRow>(
      `SELECT id, actor_id AS actorId, organisation_id AS organisationId, role,
         start_date AS startDate, end_date AS endDate
       FROM memberships WHERE ? IN (actor_id, organisation_id) OR ? IN (actor_id, organisation_id)
       ORDER BY id`,
    )
    .all(keepId, mergeId);
  const kept = new Set(
    rows
      .filter((m) => m.actorId !== mergeId && m.organisationId !== mergeId)
      .map((m) => membershipKey(m, keepId, mergeId)),
  );
  let moved = 0;
  for (const m of rows.filter((r) => r.actorId === mergeId || r.organisationId === mergeId)) {
    const key = membershipKey(m, keepId, mergeId);
    const between = [m.actorId, m.organisationId].every((id) => id === keepId || id === mergeId);
    if (between || kept.has(key)) {
      ctx.db.prepare('DELETE FROM memberships WHERE id = ?').run(m.id);
      continue;
    }
    ctx.db
      .prepare(
        `UPDATE memberships SET
           actor_id = CASE actor_id WHEN @mergeId THEN @keepId ELSE actor_id END,
           organisation_id = CASE organisation_id WHEN @mergeId THEN @keepId ELSE organisation_id END
         WHERE id = @id`,
      )
      .run({ id: m.id, keepId, mergeId });
    kept.add(key);
    moved++;
  }
  return moved;
}

/** See `mergeActors` in core/api/actors.ts. Runs inside the call's one transaction. */
export function mergeActors(
  ctx: Ctx,
  { keepId, mergeId }: { keepId: string; mergeId: string },
): ActorMergeResult {
  if (keepId === mergeId) {
    throw new ParallaxError('invalid_input', 'An actor cannot be merged with itself.');
  }
  const keep = getActorRow(ctx, keepId);
  const merged = getActorRow(ctx, mergeId);

  const statements = ctx.db
    .prepare('UPDATE statements SET speaker_id = ?, updated_at = ? WHERE speaker_id = ?')
    .run(keepId, ctx.now, mergeId).changes;
  const relayed = ctx.db
    .prepare('UPDATE statements SET reported_via_id = ?, updated_at = ? WHERE reported_via_id = ?')
    .run(keepId, ctx.now, mergeId).changes;
  const memberships = moveMemberships(ctx, keepId, mergeId);
  const aliases = moveAliases(ctx, keepId, keep.name, merged);
  const notes = ctx.db
    .prepare('UPDATE notes SET actor_id = ?, updated_at = ? WHERE actor_id = ?')
    .run(keepId, ctx.now, mergeId).changes;
  // A description the kept actor lacks is taken over rather than lost with the merged one.
  ctx.db
    .prepare(
      'UPDATE actors SET description = coalesce(description, ?), updated_at = ? WHERE id = ?',
    )
    .run(merged.description, ctx.now, keepId);
  ctx.db.prepare('DELETE FROM actors WHERE id = ?').run(mergeId);

  ctx.describe(`Merge actor ${label(merged.name)} into ${label(keep.name)}`);
  return {
    actor: getActorRow(ctx, keepId),
    moved: { statements, relayed, memberships, aliases, notes },
  };
}
