import type { IconName } from '../ui/icons';

export type ViewName = 'statements' | 'sources' | 'actors' | 'propositions' | 'reader';

export const VIEWS: Array<{
  name: ViewName;
  label: string;
  icon: IconName;
  count: 'statements' | 'sources' | 'actors' | 'propositions';
}> = [
  { name: 'statements', label: 'Statements', icon: 'statement', count: 'statements' },
  { name: 'sources', label: 'Sources', icon: 'source', count: 'sources' },
  { name: 'actors', label: 'Actors', icon: 'actor', count: 'actors' },
  { name: 'propositions', label: 'Propositions', icon: 'proposition', count: 'propositions' },
];

/** Where to go: a view, and optionally the record to select in it. */
export interface Destination {
  view: ViewName;
  id?: string;
}
