import type { CloseActor } from '../api/types';
import { FOLD_NAME } from './actor-name-sql';
import { findActorByName, getActorRow } from './actors';
import { foldedTokens, nameTokens, tokenCloseness } from './close-names';
import type { Ctx } from './context';

/**
 * Known actors a typed speaker name probably means ("Saree" → Yahya Sarea, "President Rohani"
 * → Hassan Rouhani; see `nameCloseness`), closest first, then those with more statements. None
 * when the name already finds an actor (exactly or folded), since accepting it takes that one.
 * Offered to the researcher, never applied on its own: a close name may be someone else.
 */
export function listCloseActors(
  ctx: Ctx,
  { name, limit }: { name: string; limit: number },
): CloseActor[] {
  if (findActorByName(ctx, name)) return [];
  const typed = nameTokens(name);
  if (typed.length === 0) return [];
  // Folded in SQL (memoised per name), so only the splitting is done here for each name.
  const rows = ctx.db
    .prepare<[], { actorId: string; label: string; key: string }>(
      `SELECT id AS actorId, name AS label, ${FOLD_NAME}(name) AS key FROM actors
       UNION ALL
       SELECT actor_id, alias, ${FOLD_NAME}(alias) FROM actor_aliases`,
    )
    .all();
  const best = new Map<string, { score: number; label: string }>();
  for (const { actorId, label, key } of rows) {
    const score = tokenCloseness(typed, foldedTokens(key));
    if (score > (best.get(actorId)?.score ?? 0)) best.set(actorId, { score, label });
  }
  return [...best]
    .map(([id, { score, label }]) => ({ actor: getActorRow(ctx, id), matchedName: label, score }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.actor.statementCount - a.actor.statementCount ||
        a.actor.name.localeCompare(b.actor.name),
    )
    .slice(0, limit)
    .map(({ actor, matchedName }) => ({ actor, matchedName }));
}
