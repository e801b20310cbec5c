import type { LikelyDuplicate } from '../api/types';
import { getActorRow } from './actors';
import type { Ctx } from './context';
import { foldActorName } from '../api/fold-actor-name';

interface NameRow {
  actorId: string;
  label: string;
}

/** Actor ids by folded key, each id once per key. */
function byKey(rows: NameRow[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { actorId, label } of rows) {
    const key = foldActorName(label);
    if (key === '') continue;
    let ids = map.get(key);
    if (!ids) map.set(key, (ids = new Set()));
    ids.add(actorId);
  }
  return map;
}

/** An unordered pair's key, so each pair is reported once whichever side is met first. */
const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Pairs of actors that are probably one: the same folded name, or one's folded name equal to
 * an alias of the other. Every name and alias is read and folded in JavaScript, since SQLite
 * cannot fold accents or Arabic letters in an index; that is one pass over the actors, fast
 * enough for the tens of thousands a workspace may hold.
 */
export function listLikelyDuplicates(
  ctx: Ctx,
  { actorId, limit }: { actorId?: string; limit: number },
): LikelyDuplicate[] {
  if (actorId !== undefined) getActorRow(ctx, actorId); // not_found for an unknown id
  const names = ctx.db
    .prepare<[], NameRow>('SELECT id AS actorId, name AS label FROM actors')
    .all();
  const aliases = ctx.db
    .prepare<[], NameRow>('SELECT actor_id AS actorId, alias AS label FROM actor_aliases')
    .all();
  const nameKeys = byKey(names);
  const aliasKeys = byKey(aliases);

  const pairs = new Map<string, { a: string; b: string; reason: LikelyDuplicate['reason'] }>();
  const add = (a: string, b: string, reason: LikelyDuplicate['reason']) => {
    if (a === b || pairs.has(pairKey(a, b))) return;
    if (actorId !== undefined && a !== actorId && b !== actorId) return;
    pairs.set(pairKey(a, b), { a, b, reason });
  };
  // Same names first, so a pair that is both is reported as the stronger reason.
  for (const ids of nameKeys.values()) {
    const list = [...ids];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) add(list[i]!, list[j]!, 'same_name');
    }
  }
  for (const [key, ids] of nameKeys) {
    for (const aliased of aliasKeys.get(key) ?? []) {
      for (const named of ids) add(named, aliased, 'name_is_alias');
    }
  }

  const nameOf = new Map(names.map((n) => [n.actorId, n.label]));
  const byName = (x: string, y: string) =>
    nameOf.get(x)!.localeCompare(nameOf.get(y)!, undefined, { sensitivity: 'base' }) ||
    x.localeCompare(y);
  return [...pairs.values()]
    .map(({ a, b, reason }) => {
      // The actor asked about comes first; otherwise the pair in alphabetical order.
      const swap = actorId === undefined ? byName(a, b) > 0 : b === actorId;
      return swap ? { first: b, second: a, reason } : { first: a, second: b, reason };
    })
    .sort((x, y) => byName(x.first, y.first) || byName(x.second, y.second))
    .slice(0, limit)
    .map(({ first, second, reason }) => ({
      actor: getActorRow(ctx, first),
      other: getActorRow(ctx, second),
      reason,
    }));
}
