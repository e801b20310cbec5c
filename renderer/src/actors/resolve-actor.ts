import type { Client } from '../api/client';

/** The id of the actor called `name` (by name or alias), creating the actor if there is none. */
export async function resolveActorId(
  client: Client,
  name: string,
  kind: 'person' | 'outlet' = 'person',
): Promise<string> {
  const found = await client.findActor({ name });
  if (found) return found.id;
  return (await client.createActor({ name, kind })).id;
}
