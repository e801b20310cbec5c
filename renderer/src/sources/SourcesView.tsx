import type { Source } from '../../../core/api';
import { useApp } from '../app/app-context';
import { formatSaidOn } from '../format/dates';
import type { ViewName } from '../app/views';
import { LibraryView } from '../lists/LibraryView';
import { SourceEditor } from './SourceEditor';

export function SourcesView({
  initialId,
  onGo,
  onImport,
}: {
  initialId?: string;
  onGo: (view: ViewName, id?: string) => void;
  onImport: () => void;
}) {
  const { client } = useApp();
  return (
    <LibraryView<Source>
      kind="sources"
      title="Sources"
      rowHeight={64}
      initialId={initialId}
      fetchPage={(query, offset, limit) =>
        client.listSources({ query: query || undefined, offset, limit })
      }
      renderRow={(s) =>
        s ? (
          <>
            <div className="row-line">
              <span className="row-primary" dir="auto">
                {s.title}
              </span>
              <span className="row-meta">
                {s.publishedOn ? formatSaidOn(s.publishedOn, 'day') : ''}
              </span>
            </div>
            <div className="row-secondary" dir="auto">
              {[
                s.outlet,
                s.author,
                `${s.statementCount} statement${s.statementCount === 1 ? '' : 's'}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </>
        ) : (
          <div className="row-placeholder" aria-hidden="true" />
        )
      }
      renderEditor={(props) => <SourceEditor {...props} onRead={(id) => onGo('reader', id)} />}
      onActivate={(s) => onGo('reader', s.id)}
      extraAction={
        <button
          type="button"
          className="btn"
          onClick={onImport}
          title="Or drop files on the window"
        >
          Import…
        </button>
      }
      emptyTitle="No sources yet"
      emptyHint="Import articles, transcripts and press releases (.txt, .md, .html, .pdf, .docx) — or drop their files on the window."
      emptyAction={
        <button type="button" className="btn btn-primary" onClick={onImport}>
          Import sources…
        </button>
      }
      placeholder="Filter by title or outlet"
      newLabel="New source"
    />
  );
}
