import { useState } from 'react';
import type { PropositionDetail, SearchResult, StanceValue } from '../../../core/api';
import { useApp } from '../app/app-context';
import { SaidOnDate } from '../statements/SaidOnDate';
import { Snippet } from '../format/snippet';
import { useApi } from '../hooks/use-api';
import { useDebounced } from '../hooks/use-debounced';
import { STANCE_SYMBOL, STANCES } from '../statements/StanceBadge';
import '../styles/tidy.css';

/** How long typing must pause before the search runs. */
const SEARCH_DELAY_MS = 200;

/**
 * Statements that may take a position on the proposition and are not linked yet: those sharing
 * its words, or what the researcher searches for. One click links a statement with a stance;
 * it then leaves this list for the one above.
 */
export function CandidateStatements({ proposition }: { proposition: PropositionDetail }) {
  const { attempt, notify } = useApp();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const { data, loading } = useApi(
    (c) =>
      c.findStatementsForProposition({
        propositionId: proposition.id,
        query: settled || undefined,
      }),
    [proposition.id, settled],
  );
  const link = async (r: SearchResult, stance: StanceValue) => {
    const done = await attempt((c) =>
      c.setStance({ statementId: r.statementId, propositionId: proposition.id, stance }),
    );
    if (done) notify('info', `${r.speaker}: ${stance}.`);
  };
  const results = data?.results ?? [];
  const searching = settled !== '';
  return (
    <section className="section" aria-labelledby="candidates-title">
      <h3 className="section-title" id="candidates-title">
        Candidate statements
      </h3>
      <input
        className="input"
        type="search"
        aria-label="Search statements to link"
        placeholder="Search all statements…"
        value={query}
        dir="auto"
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="field-hint" aria-live="polite">
        {loading && !data
          ? 'Looking for statements…'
          : results.length === 0
            ? searching
              ? 'No unlinked statement matches that search.'
              : 'No unlinked statement shares words with this proposition. Search for one above.'
            : searching
              ? `${results.length} unlinked statement${results.length === 1 ? '' : 's'} match.`
              : 'Unlinked statements that share words with this proposition, closest first.'}
      </p>
      {results.length > 0 ? (
        <ul className="candidate-list">
          {results.map((r) => (
            <li key={r.statementId} className="candidate-statement">
              <div className="actions">
                <strong dir="auto">{r.speaker}</strong>
                <SaidOnDate date={r.saidOn} precision={r.saidOnPrecision} from={r.saidOnFrom} />
              </div>
              <p className="row-text candidate-text" dir="auto">
                <Snippet html={r.snippet} />
              </p>
              <div className="candidate-stances" role="group" aria-label={`Link ${r.speaker}`}>
                {STANCES.map((s) => (
                  <button
                    key={s.value}
                    type="button"
                    className={`btn btn-sm stance-button stance-button-${s.value}`}
                    aria-label={`${s.label}: ${r.speaker}, “${r.text}”`}
                    onClick={() => void link(r, s.value)}
                  >
                    <span aria-hidden="true">{STANCE_SYMBOL[s.value]}</span> {s.label}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
