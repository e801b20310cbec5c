import type { WordDiffResult } from '../../../core/diff';

/**
 * One side of a word diff: the words both texts share (shared content words in bold), and the
 * words only this side has, marked. Negations are underlined wherever they are: they are where
 * two statements usually part ways.
 */
export function DiffText({ result, side }: { result: WordDiffResult; side: 'left' | 'right' }) {
  if (result.status !== 'ok') {
    return (
      <p className="field-hint" role="status">
        No useful alignment between these two texts (
        {result.reason === 'timeout' ? 'too long to compare' : 'too different'}).
      </p>
    );
  }
  const hidden = side === 'left' ? 'added' : 'removed';
  return (
    <p className="compare-text" dir="auto">
      {result.parts
        .filter((part) => part.kind !== hidden)
        .map((part, i) => {
          const classes = [
            part.kind === 'same' ? '' : `diff-${part.kind}`,
            part.shared ? 'diff-shared' : '',
            part.negation ? 'diff-negation' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return classes ? (
            <span key={i} className={classes} title={part.negation ? 'negation' : undefined}>
              {part.text}
            </span>
          ) : (
            <span key={i}>{part.text}</span>
          );
        })}
    </p>
  );
}
