import type { PositionMatrix } from '../../../core/api';
import type { ViewName } from '../app/views';
import { SaidOnDate } from '../statements/SaidOnDate';
import { useApi } from '../hooks/use-api';
import { StanceBadge } from '../statements/StanceBadge';
import { EmptyState } from '../ui/EmptyState';

/**
 * Who stands where: actors down the side, propositions across the top, and in each cell the
 * stances the actor's statements take, by symbol and word as well as colour, with their dates.
 */
export function MatrixView({ onGo }: { onGo: (view: ViewName, id?: string) => void }) {
  const matrix = useApi<PositionMatrix>((c) => c.positionMatrix({}), []).data;
  if (!matrix) return null;
  const cell = (actorId: string, propositionId: string) =>
    matrix.cells.find((c) => c.actorId === actorId && c.propositionId === propositionId);
  return (
    <section className="compare" aria-labelledby="matrix-title">
      <div className="pane-header">
        <div>
          <h1 className="pane-title" id="matrix-title">
            Positions
          </h1>
          <div className="pane-subtitle">
            {matrix.actors.length} actors × {matrix.propositions.length} propositions · select a
            stance to open its statement
          </div>
        </div>
      </div>
      <div className="compare-body">
        {matrix.propositions.length === 0 ? (
          <EmptyState title="No positions yet">
            <p>
              Link statements to propositions (a statement’s “Positions”) and each actor’s stance
              appears here.
            </p>
          </EmptyState>
        ) : (
          <table className="compare-table matrix">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                {matrix.propositions.map((p) => (
                  <th key={p.id} scope="col" dir="auto">
                    {p.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.actors.map((a) => (
                <tr key={a.id}>
                  <th scope="row" dir="auto">
                    {a.name}
                  </th>
                  {matrix.propositions.map((p) => (
                    <td key={p.id}>
                      {cell(a.id, p.id)?.stances.map((s) => (
                        <button
                          key={s.statementId}
                          type="button"
                          className="matrix-stance"
                          onClick={() => onGo('statements', s.statementId)}
                          title="Open the statement"
                        >
                          <StanceBadge stance={s.stance} />
                          <SaidOnDate date={s.date} precision={s.datePrecision} from={s.dateFrom} />
                        </button>
                      )) ?? <span className="field-hint">—</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
