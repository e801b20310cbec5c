import type { Actor, ActorKind, Proposition, Tag } from '../../../core/api';
import { asActor, matchedAlias } from '../actors/actor-source';
import { useApi } from '../hooks/use-api';
import type { RecordSource } from '../hooks/use-record-search';
import { OptionSelect } from '../ui/OptionSelect';
import { RecordPicker } from '../ui/RecordPicker';
import { cleanFilters, countActive, type StatementFilters } from './filters';

/** How many matches a picker lists: enough to scan, few enough to draw at once. */
const MATCHES = 20;
const ORGANISATION_KINDS: ActorKind[] = ['organisation', 'government', 'armed_group', 'outlet'];

const speakers: RecordSource<Actor> = {
  search: (client, query) => client.listActors({ query: query || undefined, limit: MATCHES }),
  get: (client, id) => client.getActor({ id }).then(asActor),
};

/** Organisations of every kind. */
const organisations: RecordSource<Actor> = {
  search: (client, query) =>
    client.listActors({ query: query || undefined, kinds: ORGANISATION_KINDS, limit: MATCHES }),
  get: speakers.get,
};

const propositions: RecordSource<Proposition> = {
  search: (client, query) => client.listPropositions({ query: query || undefined, limit: MATCHES }),
  get: (client, id) => client.getProposition({ id }),
};

/** Speaker, affiliation, proposition, tag, kind and date range filters for the statement list. */
export function StatementFilterBar({
  filters,
  onChange,
}: {
  filters: StatementFilters;
  onChange: (next: StatementFilters) => void;
}) {
  const tags = useApi<Tag[]>((c) => c.listTags({}), [], { deferred: true }).data ?? [];
  const set = (patch: Partial<StatementFilters>) =>
    onChange(cleanFilters({ ...filters, ...patch }));

  return (
    <div className="filters" role="group" aria-label="Filters">
      <RecordPicker
        label="Speaker"
        none="Any speaker"
        noun="speakers"
        value={filters.speakerId}
        source={speakers}
        text={(a) => a.name}
        detail={matchedAlias}
        onChange={(speakerId) => set({ speakerId })}
      />
      <RecordPicker
        label="Affiliation"
        none="Any affiliation"
        noun="organisations"
        value={filters.affiliationId}
        source={organisations}
        text={(a) => a.name}
        detail={matchedAlias}
        onChange={(affiliationId) => set({ affiliationId })}
      />
      <RecordPicker
        label="Proposition"
        none="Any proposition"
        noun="propositions"
        value={filters.propositionId}
        source={propositions}
        text={(p) => p.text}
        onChange={(propositionId) => set({ propositionId })}
      />
      <OptionSelect
        label="Tag"
        none="Any tag"
        value={filters.tagId}
        items={tags}
        text={(t) => t.name}
        onChange={(tagId) => set({ tagId })}
      />
      <select
        className="select"
        aria-label="Kind"
        value={filters.kind ?? ''}
        onChange={(e) => set({ kind: (e.target.value || undefined) as StatementFilters['kind'] })}
      >
        <option value="">Quotes and paraphrases</option>
        <option value="quote">Quotes</option>
        <option value="paraphrase">Paraphrases</option>
      </select>
      <label className="filter-label" htmlFor="filter-from">
        From
      </label>
      <input
        id="filter-from"
        className="input"
        type="date"
        aria-label="From date"
        value={filters.from ?? ''}
        onChange={(e) => set({ from: e.target.value || undefined })}
      />
      <label className="filter-label" htmlFor="filter-to">
        to
      </label>
      <input
        id="filter-to"
        className="input"
        type="date"
        aria-label="To date"
        value={filters.to ?? ''}
        onChange={(e) => set({ to: e.target.value || undefined })}
      />
      {countActive(filters) > 0 ? (
        <button type="button" className="btn btn-ghost" onClick={() => onChange({})}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
