import { useEffect, useRef, useState } from 'react';
import type { ReviewCandidate } from '../../../core/api';
import { useApp } from '../app/app-context';
import { SaidOnDate } from '../statements/SaidOnDate';
import { quoted } from '../statements/StatementRow';
import { CandidateEditor, type CandidateEdits } from './CandidateEditor';
import type { TextSpan } from './span-steps';

/**
 * What the extractor proposes for this source, one decision per key: A accept, E edit (every
 * field, then Enter accepts), M merge with the next, R reject; arrow keys move. Nothing becomes
 * a statement until it is accepted here. After each decision the focus is back on the list, on
 * the proposal to look at next.
 */
export function ReviewQueue({
  candidates,
  selectedId,
  onSelect,
  body,
  readerSelection,
  onPreviewSpan,
  sourcePublishedOn = null,
}: {
  candidates: ReviewCandidate[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** The source's text, for moving a proposal's span word by word. */
  body: string;
  /** The words selected in the reader, which an edit can take as the proposal's span. */
  readerSelection: TextSpan | null;
  /** Told while an edit moves the span (null when the edit ends), so the text can show it. */
  onPreviewSpan: (preview: { id: string; span: TextSpan } | null) => void;
  /** What a proposal whose words give no date will be dated when accepted. */
  sourcePublishedOn?: string | null;
}) {
  const { attempt, notify } = useApp();
  const [editing, setEditing] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const index = candidates.findIndex((c) => c.id === selectedId);
  const selected = index >= 0 ? candidates[index]! : null;

  // An edit belongs to the proposal it was opened on: choosing another one ends it.
  useEffect(() => {
    setEditing(false);
    onPreviewSpan(null);
  }, [selectedId]);

  // Back to the list once the editor that held the focus has gone (after React's render).
  const focusList = () => requestAnimationFrame(() => list.current?.focus());
  const stopEditing = () => {
    setEditing(false);
    onPreviewSpan(null);
    focusList();
  };
  const after = (i: number) => {
    onSelect(candidates[i + 1]?.id ?? candidates[i - 1]?.id ?? null);
    focusList();
  };
  const accept = async (c: ReviewCandidate, edits: CandidateEdits = {}) => {
    const speaker = edits.speaker?.trim() || c.speaker;
    if (!speaker) {
      setEditing(true);
      notify('error', 'Who said it? Type the speaker, then press Enter.');
      return;
    }
    const statement = await attempt((api) => api.acceptCandidate({ ...edits, id: c.id, speaker }));
    if (statement) {
      setEditing(false);
      onPreviewSpan(null);
      notify('info', `Accepted: a statement by ${statement.speakerName}`);
      after(index);
    }
  };
  const reject = async (c: ReviewCandidate) => {
    if (await attempt((api) => api.rejectCandidate({ id: c.id }))) after(index);
  };
  const merge = async (c: ReviewCandidate) => {
    const next = candidates[index + 1];
    if (!next) return notify('error', 'There is no next proposal to merge with.');
    if (await attempt((api) => api.mergeCandidates({ ids: [c.id, next.id] }))) focusList();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (editing || event.ctrlKey || event.metaKey || event.altKey) return;
    const move = (to: number) => candidates[to] && onSelect(candidates[to]!.id);
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(Math.max(0, index - 1)),
      a: () => selected && void accept(selected),
      r: () => selected && void reject(selected),
      m: () => selected && void merge(selected),
      e: () => selected && setEditing(true),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (candidates.length === 0) {
    return (
      <p className="field-hint review-empty">
        Nothing waiting for review. Select words in the text to record a statement yourself.
      </p>
    );
  }
  return (
    <div className="review" onKeyDown={onKeyDown}>
      <p className="field-hint">
        <kbd>A</kbd> accept · <kbd>E</kbd> edit · <kbd>M</kbd> merge with next · <kbd>R</kbd> reject
      </p>
      <ul
        ref={list}
        className="review-list"
        role="listbox"
        aria-label="Proposed statements"
        tabIndex={0}
        aria-activedescendant={selected ? `candidate-${selected.id}` : undefined}
      >
        {candidates.map((c) => (
          <li
            key={c.id}
            id={`candidate-${c.id}`}
            role="option"
            aria-selected={c.id === selectedId}
            className="review-item"
            onClick={() => onSelect(c.id)}
          >
            <div className="row-line">
              <span className="row-primary" dir="auto">
                {c.speaker ?? 'Speaker unknown'}
              </span>
              <span className={`badge badge-${c.kind}`}>{c.kind}</span>
              {c.saidOn ? (
                <SaidOnDate date={c.saidOn} precision={c.saidOnPrecision} />
              ) : sourcePublishedOn ? (
                <SaidOnDate date={sourcePublishedOn} precision="day" from="source" />
              ) : (
                <span className="row-meta">undated</span>
              )}
            </div>
            <p className="review-text" dir="auto">
              {quoted(c.text, c.kind)}
            </p>
          </li>
        ))}
      </ul>
      {selected ? (
        <div
          className={editing ? 'review-actions review-actions-editing' : 'review-actions'}
          aria-label="Decide on the selected proposal"
          role="group"
        >
          {editing ? (
            <CandidateEditor
              key={selected.id}
              candidate={selected}
              body={body}
              readerSelection={readerSelection}
              onSpanChange={(span) => onPreviewSpan({ id: selected.id, span })}
              onAccept={(edits) => void accept(selected, edits)}
              onCancel={stopEditing}
            />
          ) : (
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => void accept(selected)}
              >
                Accept
              </button>
              <button type="button" className="btn" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="btn" onClick={() => void merge(selected)}>
                Merge with next
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-danger"
                onClick={() => void reject(selected)}
              >
                Reject
              </button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
