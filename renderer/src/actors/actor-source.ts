import type { Actor, ActorDetail } from '../../../core/api';
import { foldActorName } from '../../../core/api/fold-actor-name';
import type { RecordSource } from '../hooks/use-record-search';

/** How many matches the picker lists: enough to scan, few enough to draw at once. */
const MATCHES = 20;

/** An actor's page as a list row: its other names as plain strings. */
export function asActor(detail: ActorDetail): Actor {
  return { ...detail, aliases: detail.aliases.map((a) => a.alias) };
}

/**
 * The alias a search matched, when the name itself does not contain what was typed; compared
 * folded, as the search compares them (روحاني is found in روحانی).
 */
export function matchedAlias(actor: Actor, query: string): string | undefined {
  const q = foldActorName(query);
  if (!q || foldActorName(actor.name).includes(q)) return undefined;
  return actor.aliases.find((alias) => foldActorName(alias).includes(q));
}

/** Actors by name or alias for a record picker, leaving out `except` (the actor being edited). */
export function actorsExcept(except: string): RecordSource<Actor> {
  return {
    search: (client, query) =>
      client
        .listActors({ query: query || undefined, limit: MATCHES + 1 })
        .then(({ items, total }) => {
          const others = items.filter((a) => a.id !== except);
          return {
            items: others.slice(0, MATCHES),
            total: others.length < items.length ? total - 1 : total,
          };
        }),
    get: (client, id) => client.getActor({ id }).then(asActor),
  };
}
