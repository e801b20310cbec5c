import { useState } from 'react';
import type { Page, Proposition, Statement, StatementKind } from '../../../core/api';
import { MAX_COMPARISON_ITEMS, MIN_COMPARISON_ITEMS } from '../../../core/api/comparisons';
import type { DatePrecision } from '../../../core/api/types';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useApi } from '../hooks/use-api';
import { useDebounced } from '../hooks/use-debounced';
import { SaidOnDate } from '../statements/SaidOnDate';
import { quoted } from '../statements/StatementRow';
import { OptionSelect } from '../ui/OptionSelect';
import '../styles/new-comparison.css';

/** How long typing must pause before the search runs. */
const SEARCH_DELAY_MS = 200;
/** Statements listed at once: enough to choose from, few enough to read. */
const SHOWN = 50;

/** One statement the picker lists, from a search hit or a statement list alike. */
interface Choice {
  id: string;
  speaker: string;
  text: string;
  kind: StatementKind;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  saidOnFrom: Statement['saidOnFrom'];
}

function choiceOf(s: Statement): Choice {
  return { ...s, speaker: s.speakerName };
}

/**
 * "New comparison": find statements by their words or by the proposition they take a stance
 * on, tick two to six, and open them side by side. The comparison is named after its speakers
 * and the proposition, as from the conflict board, and can be renamed there.
 */
export function NewComparisonPicker({ onGo }: { onGo: (view: ViewName, id?: string) => void }) {
  const { attempt } = useApp();
  const [query, setQuery] = useState('');
  const [propositionId, setPropositionId] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<Choice[]>([]);
  const words = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const propositions =
    useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), []).data?.items ?? [];

  const found =
    useApi<Choice[]>(
      async (c) => {
        const onProposition = propositionId
          ? (await c.listStatements({ propositionId, limit: 1000 })).items
          : null;
        if (!words) {
          return (onProposition ?? (await c.listStatements({ limit: SHOWN })).items)
            .slice(0, SHOWN)
            .map(choiceOf);
        }
        const within = onProposition ? new Set(onProposition.map((s) => s.id)) : null;
        const { results } = await c.search({ query: words, limit: SHOWN });
        return results
          .filter((r) => !within || within.has(r.statementId))
          .map((r) => ({ ...r, id: r.statementId }));
      },
      [words, propositionId],
    ).data ?? [];

  const isChosen = (id: string) => chosen.some((c) => c.id === id);
  const toggle = (s: Choice) =>
    setChosen((all) =>
      all.some((c) => c.id === s.id)
        ? all.filter((c) => c.id !== s.id)
        : all.length < MAX_COMPARISON_ITEMS
          ? [...all, s]
          : all,
    );
  const create = async () => {
    const made = await attempt((c) =>
      c.createComparison({ statementIds: chosen.map((s) => s.id), propositionId }),
    );
    if (made) onGo('comparison', made.id);
  };
  const ready = chosen.length >= MIN_COMPARISON_ITEMS;

  return (
    <form
      className="detail new-comparison"
      aria-label="New comparison"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void create();
      }}
    >
      <div className="detail-header">
        <h2 className="detail-title">New comparison</h2>
      </div>
      <p className="field-hint">
        Choose {MIN_COMPARISON_ITEMS} to {MAX_COMPARISON_ITEMS} statements to read side by side.
      </p>
      <div className="new-comparison-filters">
        <input
          className="input"
          type="search"
          aria-label="Find statements by their words or speaker"
          placeholder="Words or speaker…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <OptionSelect
          label="Only statements on a proposition"
          none="Any proposition"
          value={propositionId}
          items={propositions}
          text={(p) => p.text}
          onChange={setPropositionId}
        />
      </div>
      <fieldset className="new-comparison-list">
        <legend className="visually-hidden">Statements to compare</legend>
        {found.length === 0 ? (
          <p className="field-hint">No statement matches.</p>
        ) : (
          found.map((s) => (
            <label key={s.id} className="new-comparison-item">
              <input
                type="checkbox"
                checked={isChosen(s.id)}
                disabled={!isChosen(s.id) && chosen.length >= MAX_COMPARISON_ITEMS}
                onChange={() => toggle(s)}
              />
              <span className="new-comparison-words">
                <span className="row-line">
                  <strong dir="auto">{s.speaker}</strong>
                  <SaidOnDate date={s.saidOn} precision={s.saidOnPrecision} from={s.saidOnFrom} />
                </span>
                <span className="new-comparison-text" dir="auto">
                  {quoted(s.text, s.kind)}
                </span>
              </span>
            </label>
          ))
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={!ready}>
          Compare {chosen.length > 0 ? chosen.length : ''} side by side
        </button>
        <span className="field-hint" aria-live="polite">
          {chosen.length === 0
            ? 'None chosen yet.'
            : `Chosen: ${chosen.map((c) => c.speaker).join(', ')}`}
        </span>
      </div>
    </form>
  );
}
