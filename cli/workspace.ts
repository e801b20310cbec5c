import { createService, type ServiceClient } from '../core/service';
import { openWorkspace } from '../db/workspace';

/** Opens the workspace at `path`, runs `fn` with a service client, and always closes the file. */
export function withClient<T>(path: string, fn: (client: ServiceClient) => T): T {
  const service = createService(openWorkspace(path));
  try {
    return fn(service.client);
  } finally {
    service.close();
  }
}

/** Every item of a paged list method, fetched a page (the contract's maximum) at a time. */
export function allPages<T>(
  fetch: (page: { limit: number; offset: number }) => { items: T[]; total: number },
): T[] {
  const limit = 1000;
  const items: T[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = fetch({ limit, offset });
    items.push(...page.items);
    if (page.items.length < limit || items.length >= page.total) return items;
  }
}
