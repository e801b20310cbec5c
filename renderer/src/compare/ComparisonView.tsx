import { useEffect, useState } from 'react';
import type { ComparisonDetail, Page, Statement, StatementDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useApi } from '../hooks/use-api';
import { GoneRecord } from '../ui/GoneRecord';
import { OptionSelect } from '../ui/OptionSelect';
import { ComparisonColumns, plainText } from './ComparisonColumns';
import { DiffText } from './DiffText';
import { StatementStances } from '../statements/StatementStances';
import { useWordDiff } from './use-word-diff';

/**
 * A saved comparison: 2 to 6 statements in aligned columns and the analyst's assessment.
 * Keyboard: ←/→ choose a column, Alt+Shift+←/→ move it, Delete takes it out.
 */
export function ComparisonView({
  id,
  onGo,
}: {
  id: string;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { attempt, notify } = useApp();
  const comparison = useApi<ComparisonDetail>((c) => c.getComparison({ id }), [id]);
  const ids = comparison.data?.items.map((i) => i.statement.id) ?? [];
  const details = useApi<StatementDetail[]>(
    ids.length ? (c) => Promise.all(ids.map((sid) => c.getStatement({ id: sid }))) : null,
    [ids.join(',')],
  );
  const candidates = useApi<Page<Statement>>((c) => c.listStatements({ limit: 1000 }), [], {
    deferred: true,
  });
  const [focused, setFocused] = useState(0);
  const [assessment, setAssessment] = useState('');
  const [showDiff, setShowDiff] = useState(false);
  useEffect(() => setAssessment(comparison.data?.assessment ?? ''), [comparison.data?.assessment]);

  // The diff compares the chosen column with its right-hand neighbour (or the last two).
  const left = Math.min(focused, Math.max(0, ids.length - 2));
  const leftStatement = details.data?.[left];
  const rightStatement = details.data?.[left + 1];
  const diff = useWordDiff(
    showDiff && leftStatement ? leftStatement.text : '',
    showDiff && rightStatement ? rightStatement.text : '',
    leftStatement?.language ?? undefined,
  );
  if (comparison.error) return <GoneRecord noun="comparison" />;
  if (!comparison.data || !details.data) return null;
  const statements = details.data;
  const data = comparison.data;

  const reorder = (from: number, to: number) => {
    if (to < 0 || to >= ids.length) return;
    const order = [...ids];
    const [moved] = order.splice(from, 1);
    order.splice(to, 0, moved!);
    setFocused(to);
    void attempt((c) => c.reorderComparison({ id, statementIds: order }));
  };
  const removeFocused = () => {
    const statementId = ids[focused];
    if (statementId) void attempt((c) => c.removeComparisonItem({ comparisonId: id, statementId }));
    setFocused((f) => Math.max(0, f - 1));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('textarea, input, select')) return;
    if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') reorder(focused, focused - 1);
    else if (e.altKey && e.shiftKey && e.key === 'ArrowRight') reorder(focused, focused + 1);
    else if (e.key === 'ArrowLeft') setFocused((f) => Math.max(0, f - 1));
    else if (e.key === 'ArrowRight') setFocused((f) => Math.min(ids.length - 1, f + 1));
    else if (e.key === 'Delete') removeFocused();
    else return;
    e.preventDefault();
  };
  const addable = (candidates.data?.items ?? []).filter((s) => !ids.includes(s.id));

  return (
    <section
      className="compare"
      aria-labelledby="compare-title"
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <div className="pane-header">
        <div>
          <button type="button" className="link-button" onClick={() => onGo('comparisons')}>
            ← Comparisons
          </button>
          <h1 className="pane-title" id="compare-title" dir="auto">
            {data.title}
          </h1>
          <div className="pane-subtitle">
            {ids.length} statements side by side · ←/→ choose a column, Alt+Shift+←/→ move it,
            Delete removes it
          </div>
        </div>
        <div className="actions actions-end">
          <label className="check">
            <input
              type="checkbox"
              checked={showDiff}
              onChange={(e) => setShowDiff(e.target.checked)}
            />{' '}
            Word differences (columns {left + 1} and {left + 2})
          </label>
          {ids.length < 6 ? (
            <OptionSelect
              label="Add a statement"
              none="Add a statement…"
              value={undefined}
              items={addable}
              text={(s) => `${s.speakerName}: ${s.text.slice(0, 60)}`}
              onChange={(statementId) =>
                statementId &&
                void attempt((c) => c.addComparisonItem({ comparisonId: id, statementId }))
              }
            />
          ) : null}
        </div>
      </div>
      <div className="compare-body" tabIndex={0} aria-label="Columns">
        <ComparisonColumns
          statements={statements}
          focused={focused}
          onFocus={setFocused}
          renderText={(s, i) =>
            showDiff && diff && (i === left || i === left + 1) ? (
              <DiffText result={diff} side={i === left ? 'left' : 'right'} />
            ) : (
              plainText(s)
            )
          }
        />
      </div>
      {statements[focused] ? (
        <div className="compare-positions">
          <StatementStances statement={statements[focused]!} onGo={onGo} />
        </div>
      ) : null}
      <form
        className="compare-assessment"
        aria-label="Assessment"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await attempt((c) => c.updateComparison({ id, assessment })))
            notify('info', 'Assessment saved');
        }}
      >
        <label className="field-label" htmlFor="assessment">
          Assessment
        </label>
        <textarea
          id="assessment"
          className="textarea"
          rows={4}
          dir="auto"
          value={assessment}
          placeholder="What do these statements show, side by side? Which claim does the evidence support?"
          onChange={(e) => setAssessment(e.target.value)}
        />
        <div className="actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={assessment === data.assessment}
          >
            Save assessment
          </button>
        </div>
      </form>
    </section>
  );
}
