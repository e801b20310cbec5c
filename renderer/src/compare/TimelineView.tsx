import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Conflict, Page, Proposition, PropositionDetail } from '../../../core/api';
import { DATE_OF_THE_SOURCE } from '../../../core/api/date-origin';
import { formatSaidOn } from '../format/dates';
import { useApi } from '../hooks/use-api';
import { EmptyState } from '../ui/EmptyState';
import { OptionSelect } from '../ui/OptionSelect';
import '../styles/timeline.css';
import { TimelineDrawing } from './TimelineDrawing';
import { layoutTimeline, type TimelineConflict, type TimelineItem } from './timeline-layout';
import { clampZoom } from './timeline-scale';
import { useTextMeasure } from './use-text-measure';

/** "1 conflict", "4 conflicts". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The width of the element `ref` points at, followed as the window is resized. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Statements on a proposition along a time axis — affirming above, denying below, qualifying
 * under those — with each conflict drawn as a line between its two statements. Opens zoomed to
 * fit every dated statement; undated ones are counted and can be shown in a row of their own.
 */
export function TimelineView() {
  const propositions =
    useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), []).data?.items ?? [];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const propositionId = chosen ?? propositions[0]?.id;
  // Null: fit every dated statement into the view's width.
  const [zoom, setZoom] = useState<number | null>(null);
  const [showUndated, setShowUndated] = useState(false);
  const detail = useApi<PropositionDetail>(
    propositionId ? (c) => c.getProposition({ id: propositionId }) : null,
    [propositionId],
  ).data;
  const conflictList =
    useApi<{ items: Conflict[]; total: number }>(
      propositionId ? (c) => c.listConflicts({ propositionId, limit: 1000 }) : null,
      [propositionId],
    ).data?.items ?? [];
  const body = useRef<HTMLDivElement>(null);
  const viewWidth = useWidth(body);
  const measure = useTextMeasure('11px');

  const items: TimelineItem[] = useMemo(
    () =>
      (detail?.stances ?? []).map((s) => ({
        statementId: s.statementId,
        speaker: s.statement.speakerName,
        stance: s.stance,
        date: s.statement.saidOn,
        precision: s.statement.saidOnPrecision,
        fromSource: s.statement.saidOnFrom === 'source',
      })),
    [detail],
  );
  const conflicts: TimelineConflict[] = conflictList.map((c) => ({
    a: c.a.statementId,
    b: c.b.statementId,
    flip: c.flip,
    title: c.flip
      ? `${c.a.speaker} affirmed and later denied it`
      : `${c.a.speaker} affirms, ${c.b.speaker} denies`,
  }));
  const undated = items.filter((i) => i.date === null).length;
  const dated = items.length - undated;
  // The view's padding is not room for the drawing.
  const layout = layoutTimeline({
    items,
    conflicts,
    pxPerDay: zoom ?? undefined,
    viewWidth: Math.max(320, viewWidth - 32),
    showUndated,
    measure,
  });
  const choose = (id: string | undefined) => {
    setChosen(id);
    setZoom(null);
  };

  return (
    <section className="compare" aria-labelledby="timeline-title">
      <div className="pane-header">
        <div>
          <h1 className="pane-title" id="timeline-title">
            Timeline
          </h1>
          <div className="pane-subtitle">
            {count(dated, 'dated statement')} · {count(layout.conflicts.length, 'conflict')} drawn
            {undated > 0 && (
              <>
                {' · '}
                <span className="timeline-undated-count">
                  {undated} undated {showUndated ? 'shown in their own row' : 'not on the axis'}
                </span>{' '}
                <button
                  type="button"
                  className="btn btn-ghost timeline-undated-toggle"
                  aria-pressed={showUndated}
                  onClick={() => setShowUndated((v) => !v)}
                >
                  {showUndated ? 'Hide undated' : `Show ${undated} undated`}
                </button>
              </>
            )}
          </div>
        </div>
        <div className="actions actions-end">
          <OptionSelect
            label="Proposition"
            none="Choose a proposition…"
            value={propositionId}
            items={propositions}
            text={(p) => p.text}
            onChange={choose}
          />
          <button
            type="button"
            className="btn btn-icon"
            aria-label="Zoom out"
            onClick={() => setZoom(clampZoom(layout.pxPerDay / 1.5))}
          >
            −
          </button>
          <button
            type="button"
            className="btn btn-icon"
            aria-label="Zoom in"
            onClick={() => setZoom(clampZoom(layout.pxPerDay * 1.5))}
          >
            +
          </button>
          <button
            type="button"
            className="btn"
            disabled={zoom === null}
            onClick={() => setZoom(null)}
          >
            Fit
          </button>
        </div>
      </div>
      <div className="compare-body" ref={body}>
        {items.length === 0 || (dated === 0 && !showUndated) ? (
          <EmptyState title="Nothing to place on the time axis">
            <p>
              {undated > 0
                ? `The ${undated} statements on this proposition are undated: show them in their own row, or give them dates.`
                : 'Dated statements that take a stance on this proposition appear here.'}
            </p>
          </EmptyState>
        ) : (
          <>
            {items.some((i) => i.fromSource && i.date) && (
              <p className="timeline-legend">
                <span className="timeline-key timeline-key-stated" aria-hidden="true" /> date stated
                in the text or entered ·{' '}
                <span className="timeline-key timeline-key-source" aria-hidden="true" />{' '}
                <em>{DATE_OF_THE_SOURCE}</em>: the text gives none, so the day it was published
                stands in (said on or before it)
              </p>
            )}
            <TimelineDrawing
              layout={layout}
              title={`Timeline of statements on “${detail?.text ?? ''}”`}
              describe={(p) =>
                `${p.speaker} ${p.stance}, ${formatSaidOn(p.date, p.precision)}${p.fromSource ? ` (${DATE_OF_THE_SOURCE})` : ''}`
              }
            />
          </>
        )}
      </div>
    </section>
  );
}
