import type {
  DateOrigin,
  DatePrecision,
  SearchResult,
  Statement,
  StatementKind,
} from '../../../core/api';
import { printedWords } from '../../../core/api/statement-words';
import { Snippet } from '../format/snippet';
import { SaidOnDate } from './SaidOnDate';

export const STATEMENT_ROW_HEIGHT = 84;

/**
 * A statement as it reads in a list, as reports print it: a quote in quotation marks, without
 * the comma the article ran on with.
 */
export function quoted(text: string, kind: StatementKind): string {
  return printedWords({ text, kind });
}

function Placeholder() {
  return <div className="row-placeholder" aria-hidden="true" />;
}

/** Speaker, role and date on the first line of every statement row. */
function Heading({
  speaker,
  role,
  date,
  precision,
  from,
}: {
  speaker: string;
  role?: string | null;
  date: string | null;
  precision: DatePrecision | null;
  from?: DateOrigin | null;
}) {
  return (
    <div className="row-line">
      <span className="row-primary" dir="auto">
        {speaker}
      </span>
      {role ? (
        <span className="row-secondary" dir="auto">
          {role}
        </span>
      ) : null}
      <SaidOnDate date={date} precision={precision} from={from} />
    </div>
  );
}

/** Kind, source and relaying outlet on the last line. */
function Provenance({
  kind,
  source,
  via,
}: {
  kind: StatementKind;
  source: string | null;
  via?: string | null;
}) {
  return (
    <div className="row-line">
      <span className={`badge badge-${kind}`}>{kind}</span>
      <span className="row-secondary" dir="auto">
        {source ?? 'No source'}
        {via ? ` · via ${via}` : ''}
      </span>
    </div>
  );
}

export function StatementRow({ statement: s }: { statement: Statement | undefined }) {
  if (!s) return <Placeholder />;
  return (
    <>
      <Heading
        speaker={s.speakerName}
        role={s.role}
        date={s.saidOn}
        precision={s.saidOnPrecision}
        from={s.saidOnFrom}
      />
      <div className="row-text" dir="auto">
        {quoted(s.text, s.kind)}
      </div>
      <Provenance kind={s.kind} source={s.sourceTitle} via={s.reportedViaName} />
    </>
  );
}

export function SearchResultRow({ result: r }: { result: SearchResult | undefined }) {
  if (!r) return <Placeholder />;
  return (
    <>
      <Heading speaker={r.speaker} date={r.saidOn} precision={r.saidOnPrecision} />
      <div className="row-text">
        <Snippet html={r.snippet} />
      </div>
      <Provenance kind={r.kind} source={r.sourceTitle} />
    </>
  );
}
