/**
 * The tables whose every row change is written to the changes log, and so can be undone.
 * Order matters for nothing; the log replays ops in the order they happened.
 */
export const RECORDED_TABLES = [
  'sources',
  'source_versions',
  'actors',
  'actor_aliases',
  'memberships',
  'statements',
  'propositions',
  'stances',
  'comparisons',
  'comparison_items',
  'tags',
  'statement_tags',
  'notes',
  'candidates',
] as const;

export type RecordedTable = (typeof RECORDED_TABLES)[number];

export function isRecordedTable(name: string): name is RecordedTable {
  return (RECORDED_TABLES as readonly string[]).includes(name);
}
