import { useState } from 'react';
import type { Conflict, Page, Proposition, PropositionDetail } from '../../../core/api';
import { formatSaidOn } from '../format/dates';
import { useApi } from '../hooks/use-api';
import { EmptyState } from '../ui/EmptyState';
import { OptionSelect } from '../ui/OptionSelect';
import {
  dateOfDay,
  layoutTimeline,
  LANES,
  MARGIN,
  TIMELINE_HEIGHT,
  type TimelineItem,
} from './timeline-layout';

/**
 * Statements on a proposition along a time axis — affirming above, denying below — with each
 * conflict drawn as a line between its two statements. SVG, so a report can reuse it.
 */
export function TimelineView() {
  const propositions =
    useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), []).data?.items ?? [];
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const propositionId = chosen ?? propositions[0]?.id;
  const [pxPerDay, setPxPerDay] = useState(60);
  const detail = useApi<PropositionDetail>(
    propositionId ? (c) => c.getProposition({ id: propositionId }) : null,
    [propositionId],
  ).data;
  const conflicts =
    useApi<{ items: Conflict[]; total: number }>(
      propositionId ? (c) => c.listConflicts({ propositionId, limit: 1000 }) : null,
      [propositionId],
    ).data?.items ?? [];

  const items: TimelineItem[] = (detail?.stances ?? [])
    .filter((s) => s.statement.saidOn)
    .map((s) => ({
      statementId: s.statementId,
      speaker: s.statement.speakerName,
      stance: s.stance,
      date: s.statement.saidOn!,
      precision: s.statement.saidOnPrecision ?? 'day',
    }));
  const undated = (detail?.stances.length ?? 0) - items.length;
  const { placed, width, first, days } = layoutTimeline(items, pxPerDay);
  const at = new Map(placed.map((p) => [p.statementId, p]));
  const tickEvery = pxPerDay >= 40 ? 1 : pxPerDay >= 8 ? 7 : 30;

  return (
    <section className="compare" aria-labelledby="timeline-title">
      <div className="pane-header">
        <div>
          <h1 className="pane-title" id="timeline-title">
            Timeline
          </h1>
          <div className="pane-subtitle">
            {items.length} dated statements{undated ? `, ${undated} undated not shown` : ''} ·{' '}
            {conflicts.length} conflicts drawn
          </div>
        </div>
        <div className="actions actions-end">
          <OptionSelect
            label="Proposition"
            none="Choose a proposition…"
            value={propositionId}
            items={propositions}
            text={(p) => p.text}
            onChange={setChosen}
          />
          <button
            type="button"
            className="btn btn-icon"
            aria-label="Zoom out"
            onClick={() => setPxPerDay((z) => Math.max(2, z / 1.5))}
          >
            −
          </button>
          <button
            type="button"
            className="btn btn-icon"
            aria-label="Zoom in"
            onClick={() => setPxPerDay((z) => Math.min(400, z * 1.5))}
          >
            +
          </button>
        </div>
      </div>
      <div className="compare-body">
        {placed.length === 0 ? (
          <EmptyState title="Nothing to place on the time axis">
            <p>Dated statements that take a stance on this proposition appear here.</p>
          </EmptyState>
        ) : (
          <svg
            className="timeline"
            width={width}
            height={TIMELINE_HEIGHT}
            role="img"
            aria-label={`Timeline of statements on “${detail?.text}”`}
            xmlns="http://www.w3.org/2000/svg"
          >
            {Object.entries(LANES).map(([stance, y]) => (
              <g key={stance}>
                <line
                  x1={MARGIN}
                  x2={width - MARGIN}
                  y1={y}
                  y2={y}
                  className={`lane lane-${stance}`}
                />
                <text x={4} y={y - 16} className="lane-label">
                  {stance}
                </text>
              </g>
            ))}
            {Array.from({ length: Math.floor(days / tickEvery) + 1 }, (_, i) => i * tickEvery).map(
              (d) => (
                <g key={d}>
                  <line
                    x1={MARGIN + d * pxPerDay}
                    x2={MARGIN + d * pxPerDay}
                    y1={30}
                    y2={235}
                    className="tick"
                  />
                  <text
                    x={MARGIN + d * pxPerDay + 3}
                    y={TIMELINE_HEIGHT - 12}
                    className="tick-label"
                  >
                    {formatSaidOn(dateOfDay(first, d), tickEvery >= 30 ? 'month' : 'day').replace(
                      / \d{4}$/,
                      '',
                    )}
                  </text>
                </g>
              ),
            )}
            {conflicts.map((c) => {
              const a = at.get(c.a.statementId);
              const b = at.get(c.b.statementId);
              if (!a || !b) return null;
              return (
                <path
                  key={`${c.a.statementId}-${c.b.statementId}`}
                  className={c.flip ? 'conflict-line flip' : 'conflict-line'}
                  d={`M${a.x + 4},${a.y} C${a.x + 4},${(a.y + b.y) / 2} ${b.x + 4},${(a.y + b.y) / 2} ${b.x + 4},${b.y}`}
                >
                  <title>{`${c.a.speaker} affirms, ${c.b.speaker} denies`}</title>
                </path>
              );
            })}
            {placed.map((p) => (
              <g key={p.statementId} className={`point point-${p.stance}`}>
                <rect x={p.x} y={p.y - 4} width={p.width} height={8} rx={4} />
                <text x={p.x} y={p.y - 8} className="point-label">
                  {p.speaker}
                </text>
                <title>{`${p.speaker} ${p.stance}, ${formatSaidOn(p.date, p.precision)}`}</title>
              </g>
            ))}
          </svg>
        )}
      </div>
    </section>
  );
}
