import type { StatementDetail } from '../../../core/api';
import { SaidOnDate } from '../statements/SaidOnDate';
import { StanceBadge } from '../statements/StanceBadge';
import { COMPARISON_FIELDS, FIELD_SUMMARY } from './comparison-fields';
import type { MarkedStatement } from './statement-marks';
import { StatementWords } from './StatementWords';

/** The column's head: number, speaker, stance on the shared proposition, date; moving it. */
function ColumnHead({
  statement,
  index,
  count,
  focused,
  propositionId,
  onFocus,
  onMove,
  onRemove,
}: {
  statement: StatementDetail;
  index: number;
  count: number;
  focused: boolean;
  propositionId: string | null;
  onFocus: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: ((index: number) => void) | null;
}) {
  const stance = statement.stances.find((st) => st.propositionId === propositionId);
  const name = statement.speakerName;
  return (
    <th scope="col" className={focused ? 'comparison-focused' : undefined}>
      <button
        type="button"
        className="link-button comparison-head-name"
        aria-pressed={focused}
        onClick={() => onFocus(index)}
      >
        {index + 1}. <span dir="auto">{name}</span>
      </button>
      <div className="comparison-head-meta">
        {stance ? <StanceBadge stance={stance.stance} /> : null}
        <SaidOnDate
          date={statement.saidOn}
          precision={statement.saidOnPrecision}
          from={statement.saidOnFrom}
          className=""
        />
        <span className="comparison-head-tools">
          <button
            type="button"
            className="btn btn-ghost btn-icon comparison-tool"
            aria-label={`Move ${name} left`}
            title="Move left (Alt+Shift+←)"
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ←
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-icon comparison-tool"
            aria-label={`Move ${name} right`}
            title="Move right (Alt+Shift+→)"
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            →
          </button>
          {onRemove ? (
            <button
              type="button"
              className="btn btn-ghost btn-icon comparison-tool"
              aria-label={`Take ${name} out of the comparison`}
              title="Take out (Delete)"
              onClick={() => onRemove(index)}
            >
              ×
            </button>
          ) : null}
        </span>
      </div>
    </th>
  );
}

/**
 * Statements side by side, one column each. The words come first, in full, right under the
 * column heads; the facts every column lines up on (speaker, role, date, …) follow and fold
 * away. Nothing in here scrolls on its own: the view scrolls as one page, so no statement is
 * ever cut short by a box.
 */
export function ComparisonColumns({
  statements,
  focused,
  propositionId,
  marksFor,
  detailsOpen,
  onToggleDetails,
  onFocus,
  onMove,
  onRemove,
}: {
  statements: StatementDetail[];
  focused: number;
  propositionId: string | null;
  marksFor: (index: number) => MarkedStatement | null;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  onFocus: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: ((index: number) => void) | null;
}) {
  const span = statements.length;
  const cellClass = (i: number) => (i === focused ? 'comparison-focused' : undefined);
  return (
    <table className="comparison-table">
      <thead>
        <tr>
          {statements.map((s, i) => (
            <ColumnHead
              key={s.id}
              statement={s}
              index={i}
              count={span}
              focused={i === focused}
              propositionId={propositionId}
              onFocus={onFocus}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </tr>
      </thead>
      <tbody aria-label="Statements">
        <tr className="comparison-words-row">
          {statements.map((s, i) => (
            <td key={s.id} className={cellClass(i)}>
              <StatementWords statement={s} marks={marksFor(i)} />
              {s.translation ? (
                <p className="comparison-translation" dir="auto">
                  {s.translation}
                </p>
              ) : null}
            </td>
          ))}
        </tr>
      </tbody>
      <tbody>
        <tr>
          <td colSpan={span} className="comparison-details-toggle">
            <button
              type="button"
              className="link-button"
              aria-expanded={detailsOpen}
              onClick={onToggleDetails}
            >
              <span aria-hidden="true">{detailsOpen ? '▾' : '▸'}</span>{' '}
              {detailsOpen ? 'Hide details' : 'Show details'}
              <span className="field-hint"> ({FIELD_SUMMARY})</span>
            </button>
          </td>
        </tr>
      </tbody>
      {detailsOpen
        ? COMPARISON_FIELDS.map((field) => (
            <tbody
              key={field.id}
              id={`comparison-field-${field.id}`}
              aria-labelledby={`comparison-label-${field.id}`}
              className="comparison-field"
            >
              <tr>
                <th colSpan={span} scope="rowgroup" id={`comparison-label-${field.id}`}>
                  {field.label}
                </th>
              </tr>
              <tr>
                {statements.map((s, i) => (
                  <td key={s.id} className={cellClass(i)}>
                    {field.value(s)}
                  </td>
                ))}
              </tr>
            </tbody>
          ))
        : null}
    </table>
  );
}
