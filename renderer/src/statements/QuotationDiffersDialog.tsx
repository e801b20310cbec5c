import { useEffect, useState } from 'react';
import type { WordDiffResult } from '../../../core/diff';
import { DiffText } from '../compare/DiffText';
import { requestWordDiff } from '../compare/use-word-diff';
import { Dialog } from '../ui/Dialog';
import '../styles/quotation-differs.css';

/**
 * Shown instead of saving a quotation whose words no longer match the span of the source it is
 * anchored in: the two texts with their differences marked, and the three honest ways on —
 * anchor the quotation to the new words (when the source has them, once), keep the edit marked
 * "differs from the source" (reports say so), or undo the edit.
 */
export function QuotationDiffersDialog({
  sourceWords,
  newWords,
  canReanchor,
  onReanchor,
  onKeep,
  onUndo,
  onClose,
}: {
  sourceWords: string;
  newWords: string;
  /** The source's text holds the new words exactly once. */
  canReanchor: boolean;
  onReanchor: () => void;
  onKeep: () => void;
  onUndo: () => void;
  onClose: () => void;
}) {
  const [diff, setDiff] = useState<WordDiffResult | null>(null);
  useEffect(() => {
    let live = true;
    void requestWordDiff(sourceWords, newWords).then((result) => live && setDiff(result));
    return () => {
      live = false;
    };
  }, [sourceWords, newWords]);

  return (
    <Dialog
      title="These words differ from the source"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onUndo}>
            Undo the edit
          </button>
          <button type="button" className="btn" onClick={onKeep}>
            Keep, marked “differs from the source”
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canReanchor}
            onClick={onReanchor}
          >
            Anchor to the new words
          </button>
        </>
      }
    >
      <p>
        A quotation must be the source’s words. The edited words are not what the source says where
        this quotation is anchored.
        {canReanchor
          ? ' The source has the new words: the quotation can be anchored there instead.'
          : ' The source does not have the new words (or has them more than once).'}
      </p>
      <div className="quotation-differs">
        <section aria-label="In the source">
          <h3 className="field-label">In the source</h3>
          {diff ? (
            <DiffText result={diff} side="left" />
          ) : (
            <p className="compare-text">{sourceWords}</p>
          )}
        </section>
        <section aria-label="As edited">
          <h3 className="field-label">As edited</h3>
          {diff ? (
            <DiffText result={diff} side="right" />
          ) : (
            <p className="compare-text">{newWords}</p>
          )}
        </section>
      </div>
    </Dialog>
  );
}
