import { useState } from 'react';
import type { ReviewCandidate, StatementKind } from '../../../core/api';
import { useApp } from '../app/app-context';
import { formatSaidOn } from '../format/dates';
import { quoted } from '../statements/StatementRow';

interface Edits {
  speaker: string;
  kind: StatementKind;
}

/**
 * What the extractor proposes for this source, one decision per key: A accept, E edit (then
 * Enter accepts), M merge with the next, R reject; arrow keys move. Nothing becomes a statement
 * until it is accepted here.
 */
export function ReviewQueue({
  candidates,
  selectedId,
  onSelect,
}: {
  candidates: ReviewCandidate[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { attempt, notify } = useApp();
  const [editing, setEditing] = useState<Edits | null>(null);
  const index = candidates.findIndex((c) => c.id === selectedId);
  const selected = index >= 0 ? candidates[index]! : null;

  const after = (i: number) => onSelect(candidates[i + 1]?.id ?? candidates[i - 1]?.id ?? null);
  const accept = async (c: ReviewCandidate, edits: Partial<Edits> = {}) => {
    const speaker = edits.speaker?.trim() || c.speaker;
    if (!speaker) {
      setEditing({ speaker: '', kind: c.kind });
      notify('error', 'Who said it? Type the speaker, then press Enter.');
      return;
    }
    const statement = await attempt((api) =>
      api.acceptCandidate({ id: c.id, speaker, kind: edits.kind ?? c.kind }),
    );
    if (statement) {
      setEditing(null);
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
    await attempt((api) => api.mergeCandidates({ ids: [c.id, next.id] }));
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
      e: () => selected && setEditing({ speaker: selected.speaker ?? '', kind: selected.kind }),
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
              <span className="row-meta">
                {c.saidOn ? formatSaidOn(c.saidOn, c.saidOnPrecision) : ''}
              </span>
            </div>
            <p className="review-text" dir="auto">
              {quoted(c.text, c.kind)}
            </p>
          </li>
        ))}
      </ul>
      {selected ? (
        <div className="review-actions" aria-label="Decide on the selected proposal" role="group">
          {editing ? (
            <div className="review-edit" onKeyDown={(e) => e.stopPropagation()}>
              <input
                className="input"
                aria-label="Speaker"
                autoFocus
                value={editing.speaker}
                dir="auto"
                onChange={(e) => setEditing({ ...editing, speaker: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void accept(selected, editing);
                  if (e.key === 'Escape') setEditing(null);
                }}
              />
              <select
                className="select"
                aria-label="Kind"
                value={editing.kind}
                onChange={(e) => setEditing({ ...editing, kind: e.target.value as StatementKind })}
              >
                <option value="quote">Quote</option>
                <option value="paraphrase">Paraphrase</option>
              </select>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => void accept(selected, editing)}
              >
                Accept
              </button>
            </div>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => void accept(selected)}
              >
                Accept
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => setEditing({ speaker: selected.speaker ?? '', kind: selected.kind })}
              >
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
