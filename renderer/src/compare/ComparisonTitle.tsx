import { useState } from 'react';
import { useApp } from '../app/app-context';

/**
 * The comparison's title, renamed in place: Rename (or a double click) turns it into a field;
 * Enter or Save keeps the new title (one step on the Undo menu), Escape or Cancel leaves it.
 * The title is the comparison's heading in reports, so it is worth getting right here.
 */
export function ComparisonTitle({ id, title }: { id: string; title: string }) {
  const { attempt } = useApp();
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <div className="comparison-title">
        <h1
          className="pane-title"
          id="compare-title"
          dir="auto"
          onDoubleClick={() => setDraft(title)}
        >
          {title}
        </h1>
        <button type="button" className="btn comparison-rename" onClick={() => setDraft(title)}>
          Rename
        </button>
      </div>
    );
  }

  const trimmed = draft.trim();
  const save = async () => {
    if (trimmed === title) {
      setDraft(null);
      return;
    }
    if (await attempt((c) => c.updateComparison({ id, title: trimmed }))) setDraft(null);
  };
  return (
    <form
      className="comparison-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 className="visually-hidden" id="compare-title" dir="auto">
        {title}
      </h1>
      <input
        className="input comparison-title-input"
        aria-label="Comparison title"
        dir="auto"
        maxLength={500}
        autoFocus
        aria-invalid={trimmed === ''}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(null);
          }
        }}
      />
      <button type="submit" className="btn btn-primary" disabled={trimmed === ''}>
        Save
      </button>
      <button type="button" className="btn" onClick={() => setDraft(null)}>
        Cancel
      </button>
      {trimmed === '' ? (
        <span className="comparison-title-error" role="alert">
          A comparison needs a title.
        </span>
      ) : null}
    </form>
  );
}
