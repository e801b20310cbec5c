import type { StatementDetail } from '../../../core/api';
import { quoted } from '../statements/StatementRow';
import type { MarkedStatement } from './statement-marks';

/**
 * A statement's words in full, as the comparison prints them, with the word diff's marks when
 * there are any: words only this column has are highlighted, content words both share are
 * bold, negations are underlined. Without marks it is the same words, unmarked.
 */
export function StatementWords({
  statement,
  marks,
}: {
  statement: StatementDetail;
  marks: MarkedStatement | null;
}) {
  if (!marks) {
    return (
      <p className="comparison-text" dir="auto">
        {quoted(statement.text, statement.kind)}
      </p>
    );
  }
  return (
    <p className="comparison-text" dir="auto">
      {marks.open}
      {marks.runs.map((run, i) => {
        const classes = [
          run.only ? 'comparison-only' : '',
          run.shared ? 'comparison-shared' : '',
          run.negation ? 'comparison-negation' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return classes ? (
          <span key={i} className={classes} title={run.negation ? 'negation' : undefined}>
            {run.text}
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        );
      })}
      {marks.close}
    </p>
  );
}
