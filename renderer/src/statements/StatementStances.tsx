import { useState } from 'react';
import type { Page, Proposition, StanceValue, StatementDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useApi } from '../hooks/use-api';
import { StanceBadge } from './StanceBadge';

/** The propositions this statement takes a position on, and adding one. */
export function StatementStances({
  statement,
  onGo,
}: {
  statement: StatementDetail;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { attempt } = useApp();
  const propositions = useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), []).data?.items ?? [];
  const [propositionId, setPropositionId] = useState('');
  const [stance, setStance] = useState<StanceValue>('affirms');
  const linked = new Set(statement.stances.map((s) => s.propositionId));
  const free = propositions.filter((p) => !linked.has(p.id));

  return (
    <section className="section" aria-labelledby="stances-title">
      <h3 className="section-title" id="stances-title">
        Positions
      </h3>
      {statement.stances.length === 0 ? <p className="field-hint">Not yet linked to any proposition.</p> : null}
      {statement.stances.map((s) => (
        <div key={s.id} className="stance-line">
          <StanceBadge stance={s.stance} />
          <button type="button" className="link-button" dir="auto" onClick={() => onGo('propositions', s.propositionId)}>
            {s.propositionText}
          </button>
          <select
            className="select stance-select"
            aria-label={`Stance on ${s.propositionText}`}
            value={s.stance}
            onChange={(e) =>
              void attempt((c) =>
                c.setStance({ statementId: statement.id, propositionId: s.propositionId, stance: e.target.value as StanceValue }),
              )
            }
          >
            <option value="affirms">affirms</option>
            <option value="denies">denies</option>
            <option value="qualifies">qualifies</option>
          </select>
          <button
            type="button"
            className="btn btn-ghost btn-danger"
            onClick={() => void attempt((c) => c.removeStance({ statementId: statement.id, propositionId: s.propositionId }))}
          >
            Unlink
          </button>
        </div>
      ))}
      {free.length > 0 ? (
        <div className="actions">
          <select className="select" aria-label="Stance to add" value={stance} onChange={(e) => setStance(e.target.value as StanceValue)}>
            <option value="affirms">affirms</option>
            <option value="denies">denies</option>
            <option value="qualifies">qualifies</option>
          </select>
          <select className="select" aria-label="Proposition to link" value={propositionId} onChange={(e) => setPropositionId(e.target.value)}>
            <option value="">Choose a proposition…</option>
            {free.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn"
            disabled={!propositionId}
            onClick={async () => {
              if (await attempt((c) => c.setStance({ statementId: statement.id, propositionId, stance }))) setPropositionId('');
            }}
          >
            Link
          </button>
        </div>
      ) : null}
    </section>
  );
}
