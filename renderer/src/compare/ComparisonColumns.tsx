import type { StatementDetail } from '../../../core/api';
import { formatSaidOn } from '../format/dates';
import { StanceBadge } from '../statements/StanceBadge';
import { quoted } from '../statements/StatementRow';

/** The rows every column of a comparison lines up on, in order. */
const ROWS: Array<{ label: string; value: (s: StatementDetail) => React.ReactNode }> = [
  { label: 'Speaker', value: (s) => <strong dir="auto">{s.speakerName}</strong> },
  {
    label: 'Role and affiliation at the time',
    value: (s) =>
      [
        s.role,
        ...s.affiliations.map((m) => [m.role, m.organisationName].filter(Boolean).join(', ')),
      ]
        .filter(Boolean)
        .join(' · ') || '—',
  },
  { label: 'Date', value: (s) => formatSaidOn(s.saidOn, s.saidOnPrecision) },
  { label: 'Venue', value: (s) => s.venue ?? '—' },
  { label: 'Kind', value: (s) => <span className={`badge badge-${s.kind}`}>{s.kind}</span> },
  {
    label: 'Source',
    value: (s) =>
      s.sourceTitle ? (
        <>
          <span dir="auto">{s.sourceTitle}</span>
          {s.sourceOutlet ? <span className="field-hint"> — {s.sourceOutlet}</span> : null}
          {s.sourceUrl ? (
            <div>
              <a href={s.sourceUrl} target="_blank" rel="noopener noreferrer">
                {s.sourceUrl}
              </a>
            </div>
          ) : null}
        </>
      ) : (
        '—'
      ),
  },
  { label: 'Reported via', value: (s) => s.reportedViaName ?? '—' },
  {
    label: 'Stance',
    value: (s) =>
      s.stances.length === 0 ? (
        '—'
      ) : (
        <ul className="plain-list">
          {s.stances.map((st) => (
            <li key={st.id}>
              <StanceBadge stance={st.stance} /> <span dir="auto">{st.propositionText}</span>
            </li>
          ))}
        </ul>
      ),
  },
];

/**
 * Statements side by side in a table: one column each, one row per attribute, so a reader's
 * eye runs across the same fact for every speaker. The text row is rendered by the caller
 * (it may show a word diff).
 */
export function ComparisonColumns({
  statements,
  focused,
  onFocus,
  renderText,
}: {
  statements: StatementDetail[];
  focused: number;
  onFocus: (index: number) => void;
  renderText: (s: StatementDetail, index: number) => React.ReactNode;
}) {
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Attribute</span>
          </th>
          {statements.map((s, i) => (
            <th key={s.id} scope="col" className={i === focused ? 'compare-focused' : undefined}>
              <button type="button" className="link-button" onClick={() => onFocus(i)}>
                {i + 1}. <span dir="auto">{s.speakerName}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {statements.map((s, i) => (
              <td key={s.id} className={i === focused ? 'compare-focused' : undefined}>
                {row.value(s)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="compare-text-row">
          <th scope="row">Text</th>
          {statements.map((s, i) => (
            <td key={s.id} className={i === focused ? 'compare-focused' : undefined} dir="auto">
              {renderText(s, i)}
              {s.translation ? (
                <p className="compare-translation" dir="auto">
                  {s.translation}
                </p>
              ) : null}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

export function plainText(s: StatementDetail): React.ReactNode {
  return <p className="compare-text">{quoted(s.text, s.kind)}</p>;
}
