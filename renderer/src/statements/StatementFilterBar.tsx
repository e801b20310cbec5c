import type { Actor, Page, Proposition, Tag } from '../../../core/api';
import { useApi } from '../hooks/use-api';
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
  const actors = useApi<Page<Actor>>((c) => c.listActors({ limit: 1000 }), []).data?.items ?? [];
  const propositions = useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), []).data?.items ?? [];
  const tags = useApi<Tag[]>((c) => c.listTags({}), []).data ?? [];
  const set = (patch: Partial<StatementFilters>) => onChange(cleanFilters({ ...filters, ...patch }));
  const organisations = actors.filter((a) => ORGANISATION_KINDS.has(a.kind));

  return (
    <div className="filters" role="group" aria-label="Filters">
      <select
        className="select"
        aria-label="Speaker"
        value={filters.speakerId ?? ''}
        onChange={(e) => set({ speakerId: e.target.value || undefined })}
      >
        <option value="">Any speaker</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label="Affiliation"
        value={filters.affiliationId ?? ''}
        onChange={(e) => set({ affiliationId: e.target.value || undefined })}
      >
        <option value="">Any affiliation</option>
        {organisations.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label="Proposition"
        value={filters.propositionId ?? ''}
        onChange={(e) => set({ propositionId: e.target.value || undefined })}
      >
        <option value="">Any proposition</option>
        {propositions.map((p) => (
          <option key={p.id} value={p.id}>
            {p.text}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label="Tag"
        value={filters.tagId ?? ''}
        onChange={(e) => set({ tagId: e.target.value || undefined })}
      >
        <option value="">Any tag</option>
        {tags.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
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
      <input
        className="input"
        type="date"
        aria-label="From date"
        value={filters.from ?? ''}
        onChange={(e) => set({ from: e.target.value || undefined })}
      />
      <input
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
