import { z } from 'zod';
import { Id } from './common';
import { query } from './method';
import type { SearchResult, SourceSearchResult } from './types';

const SearchInput = z.strictObject({
  query: z.string().trim().min(1, 'type something to search for').max(500),
  limit: z.number().int().min(1).max(500).default(50),
});

export const searchMethods = {
  /**
   * Full-text search over statement text, translation and speaker names. Statements matching the query, best first. `rankedNewest` is set when the words are so
   * common that only the newest that many matches were ranked (see core/service/search.ts).
   */
  search: query<{ results: SearchResult[]; rankedNewest: number | null }>()(
    SearchInput.extend({ speakerId: Id.optional() }),
  ),
  searchSources: query<{ results: SourceSearchResult[] }>()(SearchInput),
};
