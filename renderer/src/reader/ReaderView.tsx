import { useRef, useState } from 'react';
import type {
  Page,
  ReviewCandidate,
  SourceDetail,
  Statement,
  StatementSuggestion,
} from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { formatSaidOn } from '../format/dates';
import { useApi } from '../hooks/use-api';
import { StatementEditor } from '../statements/StatementEditor';
import { EmptyState } from '../ui/EmptyState';
import { GoneRecord } from '../ui/GoneRecord';
import { ReviewQueue } from './ReviewQueue';
import type { Span } from './segments';
import { selectedSpan } from './selection';
import { SourceText } from './SourceText';

/**
 * Reading a source: its text with every statement highlighted, the extractor's proposals to
 * review beside it, and any selection of words one click away from a new statement.
 */
export function ReaderView({
  sourceId,
  onGo,
}: {
  sourceId: string;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const source = useApi<SourceDetail>((c) => c.getSource({ id: sourceId }), [sourceId]);
  const statements = useApi<Page<Statement>>(
    (c) => c.listStatements({ sourceId, limit: 1000 }),
    [sourceId],
  );
  const queue = useApi<ReviewCandidate[]>(
    (c) => c.listCandidates({ sourceId, status: 'pending' }),
    [sourceId],
  );
  const [selectedCandidate, setSelectedCandidate] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [drafting, setDrafting] = useState<{
    start: number;
    end: number;
    suggestion: StatementSuggestion;
  } | null>(null);
  const { attempt } = useApp();
  const [openStatement, setOpenStatement] = useState<string | null>(null);
  // A proposal's span as an edit in the review queue has moved it, shown in the text.
  const [preview, setPreview] = useState<{
    id: string;
    span: { start: number; end: number };
  } | null>(null);
  const text = useRef<HTMLDivElement>(null);

  if (source.error) {
    return (
      <div className="reader-empty">
        <GoneRecord noun="source" />
      </div>
    );
  }
  if (!source.data) return null;
  const body = source.data.body;
  const candidates = queue.data ?? [];
  const recorded = (statements.data?.items ?? []).filter(
    (s) => s.anchor?.start != null && !s.anchor.lost,
  );
  const lost = (statements.data?.items ?? []).filter((s) => s.anchor?.lost);
  const spans: Span[] = [
    ...recorded.map((s) => ({
      start: s.anchor!.start!,
      end: s.anchor!.end!,
      kind: 'statement' as const,
      id: s.id,
    })),
    ...candidates.map((c) => ({
      ...(preview?.id === c.id ? preview.span : { start: c.start, end: c.end }),
      kind: 'candidate' as const,
      id: c.id,
    })),
  ];
  const selectCandidate = (id: string | null) => {
    setSelectedCandidate(id);
    if (id)
      text.current
        ?.querySelector(`[data-id="${id}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  // The extractor's reading of the selected words pre-fills the new statement.
  const draftFromSelection = async () => {
    if (!selection) return;
    const suggestion = await attempt((c) => c.suggestStatement({ sourceId, ...selection }));
    if (suggestion) setDrafting({ ...selection, suggestion });
  };

  return (
    <div className="reader">
      <section className="reader-main" aria-labelledby="reader-title">
        <div className="pane-header">
          <div>
            <button type="button" className="link-button" onClick={() => onGo('sources', sourceId)}>
              ← Sources
            </button>
            <h1 className="pane-title" id="reader-title" dir="auto">
              {source.data.title}
            </h1>
            <div className="pane-subtitle" dir="auto">
              {[
                source.data.outlet,
                source.data.author,
                source.data.publishedOn && formatSaidOn(source.data.publishedOn, 'day'),
                `${recorded.length} statement${recorded.length === 1 ? '' : 's'} highlighted`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </div>
          <div className="actions actions-end">
            {source.data.versionCount > 0 ? (
              <button type="button" className="btn" onClick={() => onGo('versions', sourceId)}>
                Compare versions ({source.data.versionCount})
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn-primary"
              disabled={!selection}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void draftFromSelection()}
            >
              New statement from selection
            </button>
          </div>
        </div>
        {lost.length > 0 ? (
          <p className="reader-warning" role="status">
            {lost.length} statement{lost.length === 1 ? '' : 's'} could not be found again in this
            text after it changed: {lost.map((s) => s.speakerName).join(', ')}. Check them in
            Statements.
          </p>
        ) : null}
        {body.trim() === '' ? (
          <EmptyState title="No text kept for this source">
            <p>
              Import the article (drop its file on the window) to read it here and anchor its
              statements.
            </p>
          </EmptyState>
        ) : (
          <div
            className="reader-scroll"
            onMouseUp={() => text.current && setSelection(selectedSpan(text.current))}
            onKeyUp={() => text.current && setSelection(selectedSpan(text.current))}
          >
            <SourceText
              ref={text}
              body={body}
              spans={spans}
              activeId={selectedCandidate}
              lostIds={new Set()}
              onSpan={(span) => {
                setDrafting(null);
                if (span.kind === 'statement') setOpenStatement(span.id);
                else {
                  setOpenStatement(null);
                  selectCandidate(span.id);
                }
              }}
            />
          </div>
        )}
      </section>
      <aside
        className="reader-side"
        aria-label={drafting ? 'New statement' : openStatement ? 'Statement' : 'Review'}
      >
        {openStatement && !drafting ? (
          <>
            <button type="button" className="link-button" onClick={() => setOpenStatement(null)}>
              ← Back to the review queue
            </button>
            {/* The statement, its positions (link it to propositions here), tags and notes. */}
            <StatementEditor
              key={openStatement}
              id={openStatement}
              onSaved={() => {}}
              onDeleted={() => setOpenStatement(null)}
              onGo={onGo}
            />
          </>
        ) : drafting ? (
          <StatementEditor
            key={`${drafting.start}-${drafting.end}`}
            id={null}
            initial={{
              text: body.slice(drafting.start, drafting.end),
              sourceId,
              kind: drafting.suggestion.kind,
              speaker: drafting.suggestion.speaker ?? '',
              role: drafting.suggestion.role ?? '',
              saidOn: drafting.suggestion.saidOn ?? '',
              saidOnPrecision: drafting.suggestion.saidOnPrecision ?? 'day',
              cue: drafting.suggestion.cue ?? '',
            }}
            anchor={{
              exact: body.slice(drafting.start, drafting.end),
              start: drafting.start,
              end: drafting.end,
            }}
            onSaved={(id) => {
              setDrafting(null);
              setOpenStatement(id);
            }}
            onDeleted={() => setDrafting(null)}
            onGo={onGo}
          />
        ) : (
          <>
            <h2 className="section-title reader-side-title">
              To review <span className="nav-count">{candidates.length}</span>
            </h2>
            <ReviewQueue
              candidates={candidates}
              selectedId={selectedCandidate}
              onSelect={selectCandidate}
              body={body}
              readerSelection={selection}
              onPreviewSpan={setPreview}
              sourcePublishedOn={source.data.publishedOn}
            />
          </>
        )}
      </aside>
    </div>
  );
}
