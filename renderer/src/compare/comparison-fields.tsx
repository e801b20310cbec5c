import { capacityOf } from '../../../core/api/capacity';
import type { StatementDetail } from '../../../core/api';
import { SaidOnDate } from '../statements/SaidOnDate';
import { StanceBadge } from '../statements/StanceBadge';

/** One line of facts every column of a comparison lines up on, under the statements' words. */
export interface ComparisonField {
  id: string;
  label: string;
  value: (s: StatementDetail) => React.ReactNode;
}

function roleAtTheTime(s: StatementDetail): string {
  return capacityOf(s.role, s.affiliations).join(' · ') || '—';
}

function source(s: StatementDetail): React.ReactNode {
  if (!s.sourceTitle) return '—';
  return (
    <>
      <span dir="auto">{s.sourceTitle}</span>
      {s.sourceOutlet ? <span className="field-hint"> — {s.sourceOutlet}</span> : null}
      {s.sourceUrl ? (
        <div>
          <a
            className="comparison-url"
            href={s.sourceUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            {s.sourceUrl}
          </a>
        </div>
      ) : null}
    </>
  );
}

function stances(s: StatementDetail): React.ReactNode {
  if (s.stances.length === 0) return '—';
  return (
    <ul className="plain-list">
      {s.stances.map((st) => (
        <li key={st.id}>
          <StanceBadge stance={st.stance} /> <span dir="auto">{st.propositionText}</span>
        </li>
      ))}
    </ul>
  );
}

export const COMPARISON_FIELDS: ComparisonField[] = [
  { id: 'speaker', label: 'Speaker', value: (s) => <strong dir="auto">{s.speakerName}</strong> },
  { id: 'role', label: 'Role and affiliation at the time', value: roleAtTheTime },
  {
    id: 'date',
    label: 'Date',
    value: (s) => (
      <SaidOnDate date={s.saidOn} precision={s.saidOnPrecision} from={s.saidOnFrom} className="" />
    ),
  },
  { id: 'venue', label: 'Venue', value: (s) => s.venue ?? '—' },
  {
    id: 'kind',
    label: 'Kind',
    value: (s) => <span className={`badge badge-${s.kind}`}>{s.kind}</span>,
  },
  { id: 'source', label: 'Source', value: source },
  { id: 'relayed', label: 'Relayed by', value: (s) => s.reportedViaName ?? '—' },
  { id: 'stance', label: 'Stance', value: stances },
];

/** "speaker, role, date, …": what the collapsed details hold, said on their toggle. */
export const FIELD_SUMMARY = COMPARISON_FIELDS.map((f) =>
  f.id === 'role' ? 'role' : f.label.toLowerCase(),
).join(', ');
