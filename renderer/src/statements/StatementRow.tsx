import type { SearchResult, Statement } from '../../../core/api';
import { formatSaidOn } from '../format/dates';
import { Snippet } from '../format/snippet';

export const STATEMENT_ROW_HEIGHT = 84;

export function StatementRow({ statement }: { statement: Statement | undefined }) {
  if (!statement) return <div className="row-placeholder" aria-hidden="true" />;
  return (
    <>
      <div className="row-line">
        <span className="row-primary" dir="auto">
          {statement.speakerName}
        </span>
        {statement.role ? (
          <span className="row-secondary" dir="auto">
            {statement.role}
          </span>
        ) : null}
        <span className="row-meta">{formatSaidOn(statement.saidOn, statement.saidOnPrecision)}</span>
      </div>
      <div className="row-text" dir="auto">
        {statement.kind === 'quote' ? `“${statement.text}”` : statement.text}
      </div>
      <div className="row-line">
        <span className={`badge badge-${statement.kind}`}>{statement.kind}</span>
        <span className="row-secondary" dir="auto">
          {statement.sourceTitle ?? 'No source'}
          {statement.reportedViaName ? ` · via ${statement.reportedViaName}` : ''}
        </span>
      </div>
    </>
  );
}

export function SearchResultRow({ result }: { result: SearchResult | undefined }) {
  if (!result) return <div className="row-placeholder" aria-hidden="true" />;
  return (
    <>
      <div className="row-line">
        <span className="row-primary" dir="auto">
          {result.speaker}
        </span>
      </div>
      <div className="row-text">
        <Snippet html={result.snippet} />
      </div>
    </>
  );
}
