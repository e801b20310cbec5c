import type { IconName } from '../ui/icons';

export type ViewName =
  | 'statements'
  | 'sources'
  | 'actors'
  | 'propositions'
  | 'conflicts'
  | 'matrix'
  | 'timeline'
  | 'comparisons'
  | 'reader'
  | 'versions'
  | 'comparison'
  | 'report';

export const VIEWS: Array<{
  name: ViewName;
  label: string;
  icon: IconName;
  count: 'statements' | 'sources' | 'actors' | 'propositions' | 'comparisons' | null;
}> = [
  { name: 'statements', label: 'Statements', icon: 'statement', count: 'statements' },
  { name: 'sources', label: 'Sources', icon: 'source', count: 'sources' },
  { name: 'actors', label: 'Actors', icon: 'actor', count: 'actors' },
  { name: 'propositions', label: 'Propositions', icon: 'proposition', count: 'propositions' },
  { name: 'conflicts', label: 'Conflicts', icon: 'conflict', count: null },
  { name: 'matrix', label: 'Positions', icon: 'matrix', count: null },
  { name: 'timeline', label: 'Timeline', icon: 'timeline', count: null },
  { name: 'comparisons', label: 'Comparisons', icon: 'compare', count: 'comparisons' },
  { name: 'report', label: 'Report', icon: 'report', count: null },
];

/** Views that belong under another in the sidebar (the reader under Sources…). */
export const PARENT_VIEW: Partial<Record<ViewName, ViewName>> = {
  reader: 'sources',
  versions: 'sources',
  comparison: 'comparisons',
};

/** Where to go: a view, and optionally the record to select in it. */
export interface Destination {
  view: ViewName;
  id?: string;
}
