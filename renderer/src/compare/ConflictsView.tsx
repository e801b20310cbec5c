import { useState } from 'react';
import type { Conflict, ConflictSide, Page, Proposition } from '../../../core/api';
import { flipSentence, inSaidOrder } from '../../../core/api/flip-words';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useApi } from '../hooks/use-api';
import { SaidOnDate } from '../statements/SaidOnDate';
import { StanceBadge } from '../statements/StanceBadge';
import { quoted } from '../statements/StatementRow';
import { EmptyState } from '../ui/EmptyState';
import { OptionSelect } from '../ui/OptionSelect';

const PAGE = 100;

function Side({ side }: { side: ConflictSide }) {
  return (
    <div className="conflict-side">
      <div className="row-line">
        <StanceBadge stance={side.stance} />
        <span className="row-primary" dir="auto">
          {side.speaker}
        </span>
        <SaidOnDate date={side.date} precision={side.datePrecision} from={side.dateFrom} />
      </div>
      <p className="review-text" dir="auto">
        {quoted(side.text, side.kind)}
      </p>
    </div>
  );
}

/**
 * A flip's two statements in the order they were said, so it reads as a change of position;
 * any other pair affirming left, denying right.
 */
function sidesInOrder(conflict: Conflict): [ConflictSide, ConflictSide] {
  return conflict.flip ? inSaidOrder(conflict.a, conflict.b) : [conflict.a, conflict.b];
}

/** The flip said in words, earlier first, under a badge a reader notices. */
function FlipLine({ conflict }: { conflict: Conflict }) {
  const [earlier, later] = sidesInOrder(conflict).map((s) => ({
    speaker: s.speaker,
    stance: s.stance,
    date: s.date,
    precision: s.datePrecision,
  }));
  return (
    <p className="flip-line" dir="auto">
      <span className="flip-badge">Flip{conflict.organisation ? ' through its members' : ''}</span>{' '}
      {flipSentence(earlier!, later!, conflict.organisation?.name ?? null)}
    </p>
  );
}

/**
 * The conflict board: every pair of statements that affirm and deny the same proposition,
 * grouped by proposition, different speakers first, then by date; flips (one actor, or one
 * organisation through its members, changing its stance) are marked.
 */
export function ConflictsView({ onGo }: { onGo: (view: ViewName, id?: string) => void }) {
  const { attempt } = useApp();
  const [propositionId, setPropositionId] = useState<string | undefined>(undefined);
  const [flipsOnly, setFlipsOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const propositions = useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), [], {
    deferred: true,
  });
  const conflicts = useApi<{ items: Conflict[]; total: number }>(
    (c) => c.listConflicts({ propositionId, flipsOnly, limit: Math.min(shown, 1000) }),
    [propositionId, flipsOnly, shown],
  );
  const items = conflicts.data?.items ?? [];
  const compare = async (conflict: Conflict) => {
    // As on the board: the affirming statement left, the denying one right. The service
    // titles it with the speakers and this proposition.
    const comparison = await attempt((c) =>
      c.createComparison({
        statementIds: [conflict.a.statementId, conflict.b.statementId],
        propositionId: conflict.proposition.id,
      }),
    );
    if (comparison) onGo('comparison', comparison.id);
  };

  return (
    <section className="compare" aria-labelledby="conflicts-title">
      <div className="pane-header">
        <div>
          <h1 className="pane-title" id="conflicts-title">
            Conflicts
          </h1>
          <div className="pane-subtitle" aria-live="polite">
            {conflicts.data
              ? `${conflicts.data.total.toLocaleString('en')} opposed pairs`
              : 'Loading…'}
          </div>
        </div>
        <div className="actions actions-end">
          <OptionSelect
            label="Proposition"
            none="Every proposition"
            value={propositionId}
            items={propositions.data?.items ?? []}
            text={(p) => p.text}
            onChange={setPropositionId}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={flipsOnly}
              onChange={(e) => setFlipsOnly(e.target.checked)}
            />{' '}
            Flips only
          </label>
        </div>
      </div>
      <div className="compare-body">
        {conflicts.data && items.length === 0 ? (
          <EmptyState title={flipsOnly ? 'No flips' : 'No conflicts yet'}>
            <p>
              A conflict appears when one statement affirms a proposition and another denies it.
              Link statements to propositions from a statement’s “Positions”.
            </p>
          </EmptyState>
        ) : (
          <ol className="conflicts" aria-label="Opposed statements">
            {items.map((conflict, i) => (
              <li key={`${conflict.a.statementId}-${conflict.b.statementId}`} className="conflict">
                {i === 0 || items[i - 1]!.proposition.id !== conflict.proposition.id ? (
                  <h2 className="conflict-proposition" dir="auto">
                    {conflict.proposition.text}
                  </h2>
                ) : null}
                {conflict.flip ? <FlipLine conflict={conflict} /> : null}
                <div className={`conflict-pair${conflict.flip ? ' conflict-flip' : ''}`}>
                  {sidesInOrder(conflict).map((side) => (
                    <Side key={side.statementId} side={side} />
                  ))}
                  <div className="conflict-actions">
                    <button type="button" className="btn" onClick={() => void compare(conflict)}>
                      Compare side by side
                    </button>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        )}
        {conflicts.data && items.length < conflicts.data.total && shown < 1000 ? (
          <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE)}>
            Show more
          </button>
        ) : null}
      </div>
    </section>
  );
}
