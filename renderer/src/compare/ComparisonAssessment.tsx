import { useEffect, useState } from 'react';
import { useApp } from '../app/app-context';

/** The analyst's assessment of a comparison: what the statements show, side by side. */
export function ComparisonAssessment({ id, saved }: { id: string; saved: string }) {
  const { attempt, notify } = useApp();
  const [assessment, setAssessment] = useState(saved);
  // An undo, or a save elsewhere, replaces what the field shows.
  useEffect(() => setAssessment(saved), [saved]);
  return (
    <form
      className="comparison-assessment"
      aria-label="Assessment"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await attempt((c) => c.updateComparison({ id, assessment })))
          notify('info', 'Assessment saved');
      }}
    >
      <label className="section-title" htmlFor="assessment">
        Assessment
      </label>
      <textarea
        id="assessment"
        className="textarea"
        rows={6}
        dir="auto"
        value={assessment}
        placeholder="What do these statements show, side by side? Which claim does the evidence support?"
        onChange={(e) => setAssessment(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={assessment === saved}>
          Save assessment
        </button>
      </div>
    </form>
  );
}
