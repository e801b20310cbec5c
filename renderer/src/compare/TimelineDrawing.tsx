import { LABEL_BASELINE, type PlacedItem, type TimelineLayout } from './timeline-layout';

const BAND_NAMES = {
  affirms: 'affirms',
  denies: 'denies',
  qualifies: 'qualifies',
  undated: 'undated',
} as const;

/**
 * Draws a laid-out timeline as SVG (so a report could reuse it). Everything's place comes from
 * `layoutTimeline`; this only says how each thing looks. A date that is only the source's
 * publication date is drawn hollow with its label in italics.
 */
export function TimelineDrawing({
  layout,
  title,
  describe,
}: {
  layout: TimelineLayout;
  title: string;
  describe: (item: PlacedItem) => string;
}) {
  const dated = layout.placed.filter((p) => p.band !== 'undated');
  const undated = layout.placed.filter((p) => p.band === 'undated');
  const tickTop = layout.bands[0]!.top;
  return (
    <svg
      className="timeline timeline-lanes"
      width={layout.width}
      height={layout.height}
      role="img"
      aria-label={title}
      xmlns="http://www.w3.org/2000/svg"
    >
      {layout.bands.map((b) => (
        <g key={b.band} className={`band band-${b.band}`}>
          <rect
            x={0}
            y={b.top}
            width={layout.width}
            height={b.bottom - b.top}
            className="band-bg"
          />
          <text x={8} y={(b.top + b.bottom) / 2 + 4} className="lane-label">
            {BAND_NAMES[b.band]}
          </text>
        </g>
      ))}
      {layout.axis.ticks.map((t) => (
        <g key={t.day}>
          <line x1={t.x} x2={t.x} y1={tickTop} y2={layout.axis.y} className="tick" />
          <text x={t.x + 3} y={layout.axis.y + 16} className="tick-label">
            {t.label}
          </text>
        </g>
      ))}
      <line
        x1={layout.axis.x0}
        x2={layout.axis.x1}
        y1={layout.axis.y}
        y2={layout.axis.y}
        className="axis"
      />
      {layout.conflicts.map((c) => (
        <path
          key={`${c.a}-${c.b}`}
          className={c.flip ? 'conflict-line flip' : 'conflict-line'}
          d={c.d}
        >
          <title>{c.title}</title>
        </path>
      ))}
      {dated.map((p) => (
        <g
          key={p.statementId}
          className={`point point-${p.stance}${p.fromSource ? ' from-source' : ''}`}
          data-statement-id={p.statementId}
        >
          <rect x={p.bar.x} y={p.bar.y} width={p.bar.width} height={p.bar.height} rx={3} />
          <text x={p.label.x} y={p.label.y + LABEL_BASELINE} className="point-label">
            {p.speaker}
          </text>
          <title>{describe(p)}</title>
        </g>
      ))}
      {undated.map((p) => (
        <g
          key={p.statementId}
          className={`point undated-chip point-${p.stance}`}
          data-statement-id={p.statementId}
        >
          <rect x={p.bar.x} y={p.bar.y} width={p.bar.width} height={p.bar.height} rx={4} />
          <text x={p.label.x} y={p.label.y + LABEL_BASELINE} className="point-label">
            {p.speaker}
          </text>
          <title>{`${p.speaker} ${p.stance}, undated`}</title>
        </g>
      ))}
    </svg>
  );
}
