import type { Input } from '../../../core/api';

export type StatementFilters = Pick<
  Input<'listStatements'>,
  'speakerId' | 'affiliationId' | 'propositionId' | 'tagId' | 'kind' | 'from' | 'to'
>;

/** Drops empty values so the filter can double as a cache key and an API input. */
export function cleanFilters(filters: StatementFilters): StatementFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''),
  ) as StatementFilters;
}

export function countActive(filters: StatementFilters): number {
  return Object.keys(cleanFilters(filters)).length;
}
