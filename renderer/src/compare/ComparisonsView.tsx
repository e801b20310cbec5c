import type { Comparison } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { formatTimestamp } from '../format/dates';
import { LibraryView } from '../lists/LibraryView';
import { NewComparisonPicker } from './NewComparisonPicker';

/** Saved comparisons; opening one shows its columns. */
export function ComparisonsView({ onGo }: { onGo: (view: ViewName, id?: string) => void }) {
  const { client } = useApp();
  return (
    <LibraryView<Comparison>
      kind="comparisons"
      title="Comparisons"
      rowHeight={60}
      fetchPage={async (query, offset, limit) => {
        if (!query) return client.listComparisons({ offset, limit });
        // Titles are filtered here, over the first thousand comparisons, so the count shown
        // is the count of matches, not of every comparison.
        const wanted = query.toLocaleLowerCase();
        const all = await client.listComparisons({ offset: 0, limit: 1000 });
        const matches = all.items.filter((c) => c.title.toLocaleLowerCase().includes(wanted));
        return { items: matches.slice(offset, offset + limit), total: matches.length };
      }}
      renderRow={(c) =>
        c ? (
          <>
            <div className="row-line">
              <span className="row-primary" dir="auto">
                {c.title}
              </span>
              <span className="row-meta">{c.itemCount} statements</span>
            </div>
            <div className="row-secondary" dir="auto">
              {c.assessment ? c.assessment : 'No assessment yet'} · changed{' '}
              {formatTimestamp(c.updatedAt)}
            </div>
          </>
        ) : (
          <div className="row-placeholder" aria-hidden="true" />
        )
      }
      renderEditor={({ id }) =>
        id ? (
          <div className="detail">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => onGo('comparison', id)}
            >
              Open side by side
            </button>
          </div>
        ) : (
          <NewComparisonPicker onGo={onGo} />
        )
      }
      onActivate={(c) => onGo('comparison', c.id)}
      emptyTitle="No comparisons yet"
      emptyHint="Compare statements from a proposition or from the conflict board."
      placeholder="Filter comparisons"
      newLabel="New comparison"
    />
  );
}
