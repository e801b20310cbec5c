import { useState } from 'react';
import type { Page, Proposition, StanceValue, StatementDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useApi } from '../hooks/use-api';
import { OptionSelect } from '../ui/OptionSelect';
import { StanceBadge } from './StanceBadge';
import { StanceSelect } from './StanceSelect';

/** The propositions this statement takes a position on, and adding one. */
export function StatementStances({
  statement,
  onGo,
}: {
  statement: StatementDetail;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { attempt } = useApp();
  const propositions =
    useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), []).data?.items ?? [];
  const [propositionId, setPropositionId] = useState('');
  const [stance, setStance] = useState<StanceValue>('affirms');
  const linked = new Set(statement.stances.map((s) => s.propositionId));
  const free = propositions.filter((p) => !linked.has(p.id));
  const suggested =
    useApi<Array<{ id: string; text: string }>>(
      (c) => c.suggestPropositions({ statementId: statement.id, limit: 3 }),
      [statement.id, statement.stances.length],
      { deferred: true },
    ).data ?? [];

  return (
    <section className="section" aria-labelledby="stances-title">
      <h3 className="section-title" id="stances-title">
        Positions
      </h3>
      {statement.stances.length === 0 ? (
        <p className="field-hint">Not yet linked to any proposition.</p>
      ) : null}
      {statement.stances.map((s) => (
        <div key={s.id} className="stance-line">
          <StanceBadge stance={s.stance} />
          <button
            type="button"
            className="link-button"
            dir="auto"
            onClick={() => onGo('propositions', s.propositionId)}
          >
            {s.propositionText}
          </button>
          <StanceSelect
            label={`Stance on ${s.propositionText}`}
            value={s.stance}
            onChange={(stance) =>
              void attempt((c) =>
                c.setStance({ statementId: statement.id, propositionId: s.propositionId, stance }),
              )
            }
          />
          <button
            type="button"
            className="btn btn-ghost btn-danger"
            onClick={() =>
              void attempt((c) =>
                c.removeStance({ statementId: statement.id, propositionId: s.propositionId }),
              )
            }
          >
            Unlink
          </button>
        </div>
      ))}
      {suggested.length > 0 ? (
        <div className="suggestions">
          <span className="field-hint">Likely about:</span>
          {suggested.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip suggestion"
              onClick={() => setPropositionId(p.id)}
              title="Choose this proposition below, then a stance"
              dir="auto"
            >
              {p.text}
            </button>
          ))}
        </div>
      ) : null}
      {free.length > 0 ? (
        <div className="actions">
          <StanceSelect label="Stance to add" value={stance} onChange={setStance} />
          <OptionSelect
            label="Proposition to link"
            none="Choose a proposition…"
            value={propositionId}
            items={free}
            text={(p) => p.text}
            onChange={(id) => setPropositionId(id ?? '')}
          />
          <button
            type="button"
            className="btn"
            disabled={!propositionId}
            onClick={async () => {
              if (
                await attempt((c) =>
                  c.setStance({ statementId: statement.id, propositionId, stance }),
                )
              )
                setPropositionId('');
            }}
          >
            Link
          </button>
        </div>
      ) : null}
    </section>
  );
}
