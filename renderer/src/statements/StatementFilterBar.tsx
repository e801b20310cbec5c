import type { Actor, Page, Proposition, Tag } from '../../../core/api';
import { useApi } from '../hooks/use-api';
import { OptionSelect } from '../ui/OptionSelect';
import { cleanFilters, countActive, type StatementFilters } from './filters';

const ORGANISATION_KINDS = new Set(['organisation', 'government', 'armed_group', 'outlet']);

/** Speaker, affiliation, proposition, tag, kind and date range filters for the statement list. */
export function StatementFilterBar({
  filters,
  onChange,
}: {
  filters: StatementFilters;
  onChange: (next: StatementFilters) => void;
}) {
  const actors =
    useApi<Page<Actor>>((c) => c.listActors({ limit: 1000 }), [], { deferred: true }).data?.items ??
    [];
  const propositions =
    useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), [], { deferred: true })
      .data?.items ?? [];
  const tags = useApi<Tag[]>((c) => c.listTags({}), [], { deferred: true }).data ?? [];
  const set = (patch: Partial<StatementFilters>) =>
    onChange(cleanFilters({ ...filters, ...patch }));
  const organisations = actors.filter((a) => ORGANISATION_KINDS.has(a.kind));

  return (
    <div className="filters" role="group" aria-label="Filters">
      <OptionSelect
        label="Speaker"
        none="Any speaker"
        value={filters.speakerId}
        items={actors}
        text={(a) => a.name}
        onChange={(speakerId) => set({ speakerId })}
      />
      <OptionSelect
        label="Affiliation"
        none="Any affiliation"
        value={filters.affiliationId}
        items={organisations}
        text={(a) => a.name}
        onChange={(affiliationId) => set({ affiliationId })}
      />
      <OptionSelect
        label="Proposition"
        none="Any proposition"
        value={filters.propositionId}
        items={propositions}
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
