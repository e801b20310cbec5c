import type { DateOrigin, DatePrecision } from '../../../core/api';
import { dateOriginNote } from '../../../core/api/date-origin';
import { formatSaidOn } from '../format/dates';
import '../styles/said-on.css';

/** Why a "date of the source" is not simply the day the words were said. */
export const SOURCE_DATE_EXPLAINED =
  'The text gives no date for this statement, so the day its source was published stands in: it was said on or before then.';

/**
 * A statement's date as a list or a queue shows it. A date that is only its source's publication
 * date is set in muted italics and says so ("date of the source"), unlike a date the text
 * states or a person typed.
 */
export function SaidOnDate({
  date,
  precision,
  from,
  className = 'row-meta',
}: {
  date: string | null;
  precision: DatePrecision | null;
  from?: DateOrigin | null;
  className?: string;
}) {
  const note = date ? dateOriginNote(from) : null;
  if (!note) return <span className={className}>{formatSaidOn(date, precision)}</span>;
  return (
    <span className={`${className} said-on-source`} title={SOURCE_DATE_EXPLAINED}>
      {formatSaidOn(date, precision)}
      <span className="said-on-note"> · {note}</span>
    </span>
  );
}

/** Under the editor's date: says the date shown is the source's, and what that means. */
export function SourceDateHint({ id }: { id: string }) {
  return (
    <p id={id} className="field-hint said-on-source-hint">
      <strong>Date of the source.</strong> {SOURCE_DATE_EXPLAINED} Change it if you know the day.
    </p>
  );
}
