import { useEffect, useState } from 'react';
import type { ComparisonDetail, Page, Statement, StatementDetail } from '../../../core/api';
import { MAX_COMPARISON_ITEMS, MIN_COMPARISON_ITEMS } from '../../../core/api/comparisons';
import type { WordDiffResult } from '../../../core/diff';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useApi } from '../hooks/use-api';
import { StatementStances } from '../statements/StatementStances';
import { GoneRecord } from '../ui/GoneRecord';
import { OptionSelect } from '../ui/OptionSelect';
import { ComparisonAssessment } from './ComparisonAssessment';
import { ComparisonColumns } from './ComparisonColumns';
import { ComparisonTitle } from './ComparisonTitle';
import { sharedProposition } from './shared-proposition';
import { markStatement } from './statement-marks';
import { useRememberedFlag } from './use-remembered-flag';
import { useWordDiff } from './use-word-diff';

/** What the word diff of columns `pair` amounts to, in one line under the toolbar. */
function DiffNote({ diff, pair }: { diff: WordDiffResult | null; pair: string }) {
  if (diff === null) return <>Comparing the words of columns {pair}…</>;
  if (diff.status !== 'ok') {
    return (
      <>
        No useful alignment between columns {pair} (
        {diff.reason === 'timeout' ? 'too long to compare in time' : 'too different'}): their words
        are shown as written.
      </>
    );
  }
  return (
    <>
      Columns {pair}: <span className="comparison-only">words only one of them has</span> ·{' '}
      <span className="comparison-shared">words both use</span> ·{' '}
      <span className="comparison-negation">negations</span>
    </>
  );
}

/**
 * A saved comparison: 2 to 6 statements in columns, their words first, the facts they line up
 * on after, then the chosen column's positions and the analyst's assessment.
 * Keyboard: ←/→ choose a column, Alt+Shift+←/→ move it, Delete takes it out.
 */
export function ComparisonView({
  id,
  onGo,
}: {
  id: string;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { attempt } = useApp();
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
  const [showDiff, setShowDiff] = useState(false);
  const [detailsOpen, toggleDetails] = useRememberedFlag('parallax.comparison.details', true);
  useEffect(() => setFocused((f) => Math.min(f, Math.max(0, ids.length - 1))), [ids.length]);

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
  const proposition = sharedProposition(statements);
  const pair = `${left + 1} and ${left + 2}`;

  const reorder = (from: number, to: number) => {
    if (to < 0 || to >= ids.length) return;
    const order = [...ids];
    const [moved] = order.splice(from, 1);
    order.splice(to, 0, moved!);
    setFocused(to);
    void attempt((c) => c.reorderComparison({ id, statementIds: order }));
  };
  const remove = (index: number) => {
    const statementId = ids[index];
    if (!statementId || ids.length <= MIN_COMPARISON_ITEMS) return;
    void attempt((c) => c.removeComparisonItem({ comparisonId: id, statementId }));
    // Focus stays on the statement it was on; on the removed one's neighbour when it was that one.
    setFocused((f) => (index < f ? f - 1 : Math.max(0, Math.min(f, ids.length - 2))));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('textarea, input, select')) return;
    if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') reorder(focused, focused - 1);
    else if (e.altKey && e.shiftKey && e.key === 'ArrowRight') reorder(focused, focused + 1);
    else if (e.key === 'ArrowLeft') setFocused((f) => Math.max(0, f - 1));
    else if (e.key === 'ArrowRight') setFocused((f) => Math.min(ids.length - 1, f + 1));
    else if (e.key === 'Delete') remove(focused);
    else return;
    e.preventDefault();
  };
  const addable = (candidates.data?.items ?? []).filter((s) => !ids.includes(s.id));
  const marksFor = (i: number) => {
    if (!showDiff || !diff || (i !== left && i !== left + 1)) return null;
    const s = statements[i]!;
    return markStatement(s.text, s.kind, diff, i === left ? 'left' : 'right');
  };
  const chosen = statements[focused];

  return (
    <section
      className="compare comparison"
      aria-labelledby="compare-title"
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <div className="pane-header comparison-header">
        <div className="comparison-header-main">
          <button type="button" className="link-button" onClick={() => onGo('comparisons')}>
            ← Comparisons
          </button>
          <ComparisonTitle id={id} title={data.title} />
          <div className="pane-subtitle" dir="auto">
            {ids.length} statements
            {proposition && !data.title.includes(proposition.text) ? (
              <> on “{proposition.text}”</>
            ) : null}{' '}
            · ←/→ choose a column, Alt+Shift+←/→ move it, Delete takes it out
          </div>
        </div>
        <div className="actions actions-end">
          <label className="check">
            <input
              type="checkbox"
              checked={showDiff}
              onChange={(e) => setShowDiff(e.target.checked)}
            />{' '}
            Word differences (columns {pair})
          </label>
          {ids.length < MAX_COMPARISON_ITEMS ? (
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
      <div className="compare-body comparison-body" tabIndex={0} aria-label="Columns">
        <p className="comparison-diff-note" role="status">
          {showDiff ? <DiffNote diff={diff} pair={pair} /> : null}
        </p>
        <ComparisonColumns
          statements={statements}
          focused={focused}
          propositionId={proposition?.id ?? null}
          marksFor={marksFor}
          detailsOpen={detailsOpen}
          onToggleDetails={toggleDetails}
          onFocus={setFocused}
          onMove={reorder}
          onRemove={ids.length > MIN_COMPARISON_ITEMS ? remove : null}
        />
        <div className="comparison-lower">
          {chosen ? (
            <div className="comparison-positions">
              <p className="field-hint">
                Column {focused + 1}, <span dir="auto">{chosen.speakerName}</span>
              </p>
              <StatementStances statement={chosen} onGo={onGo} />
            </div>
          ) : null}
          <ComparisonAssessment id={id} saved={data.assessment} />
        </div>
      </div>
    </section>
  );
}
