import { forwardRef } from 'react';
import { paragraphsOf, type Span } from './segments';

/**
 * A source's text with its statements highlighted (solid) and the proposals under review
 * underlined. Clicking a highlight opens what it marks.
 */
export const SourceText = forwardRef<
  HTMLDivElement,
  {
    body: string;
    spans: Span[];
    activeId: string | null;
    onSpan: (span: Span) => void;
    lostIds: Set<string>;
  }
>(function SourceText({ body, spans, activeId, onSpan, lostIds }, ref) {
  const paragraphs = paragraphsOf(body, spans);
  return (
    <div className="reader-text" ref={ref}>
      {paragraphs.map((segments) => (
        <p key={segments[0]!.start} dir="auto">
          {segments.map((segment) =>
            segment.span ? (
              <mark
                key={segment.start}
                data-start={segment.start}
                data-id={segment.span.id}
                className={`span-${segment.span.kind}${segment.span.id === activeId ? ' span-active' : ''}${lostIds.has(segment.span.id) ? ' span-lost' : ''}`}
                onClick={() => onSpan(segment.span!)}
                title={
                  segment.span.kind === 'statement'
                    ? 'A recorded statement: click to open it'
                    : 'Proposed: review it on the right'
                }
              >
                {segment.text}
              </mark>
            ) : (
              <span key={segment.start} data-start={segment.start}>
                {segment.text}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
});
