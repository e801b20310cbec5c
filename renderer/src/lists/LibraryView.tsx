import { useState, type ReactNode } from 'react';
import type { Page } from '../../../core/api';
import { useDebounced } from '../hooks/use-debounced';
import { EmptyState } from '../ui/EmptyState';
import { PaneHeader } from './PaneHeader';
import { usePagedRows } from './use-paged-rows';
import { VirtualList } from './VirtualList';

export interface EditorProps {
  id: string | null;
  onSaved: (id: string) => void;
  onDeleted: () => void;
}

/**
 * The shape shared by sources, actors and propositions: a titled, filterable, virtualised list
 * on the left and the selected record's editor on the right.
 */
export function LibraryView<T extends { id: string }>({
  kind,
  title,
  rowHeight,
  initialId,
  fetchPage,
  renderRow,
  renderEditor,
  emptyTitle,
  emptyHint,
  newLabel,
  placeholder,
  onActivate,
  extraAction,
  emptyAction,
}: {
  kind: string;
  title: string;
  rowHeight: number;
  initialId?: string;
  fetchPage: (query: string, offset: number, limit: number) => Promise<Page<T>>;
  renderRow: (item: T | undefined) => ReactNode;
  renderEditor: (props: EditorProps) => ReactNode;
  emptyTitle: string;
  emptyHint: string;
  newLabel: string;
  placeholder: string;
  /** Enter or double-click on a row. */
  onActivate?: (item: T) => void;
  /** Another button beside “New …”. */
  extraAction?: ReactNode;
  /** What the empty list offers first (Import, for sources). */
  emptyAction?: ReactNode;
}) {
  const [query, setQuery] = useState('');
  const filter = useDebounced(query.trim(), 200);
  const [selected, setSelected] = useState<{ id: string; index: number | null } | null>(
    initialId ? { id: initialId, index: null } : null,
  );
  const rows = usePagedRows<T>(`${kind}:${filter}`, (offset, limit) =>
    fetchPage(filter, offset, limit),
  );
  const total = rows.total;

  return (
    <>
      <section className="list-pane" aria-labelledby={`${kind}-title`}>
        <PaneHeader
          id={`${kind}-title`}
          title={title}
          subtitle={
            total === null
              ? 'Loading…'
              : `${total.toLocaleString('en')} ${filter ? 'matching' : 'in this workspace'}`
          }
          query={query}
          onQuery={setQuery}
          searchLabel={`Filter ${title.toLowerCase()}`}
          placeholder={placeholder}
          newLabel={newLabel}
          onNew={() => setSelected({ id: 'new', index: null })}
          extraAction={extraAction}
        />
        <VirtualList
          rows={rows}
          rowHeight={rowHeight}
          label={title}
          selectedIndex={selected?.index ?? null}
          onSelect={(index, item) => setSelected({ id: item.id, index })}
          onActivate={onActivate && ((_, item) => onActivate(item))}
          renderRow={renderRow}
          empty={
            <EmptyState title={filter ? `Nothing matches “${filter}”` : emptyTitle}>
              {filter ? null : <p>{emptyHint}</p>}
              {filter ? null : emptyAction}
            </EmptyState>
          }
        />
      </section>
      <aside className="detail-pane" aria-label={`${title} details`}>
        {selected ? (
          <div key={selected.id}>
            {renderEditor({
              id: selected.id === 'new' ? null : selected.id,
              onSaved: (id) => setSelected({ id, index: null }),
              onDeleted: () => setSelected(null),
            })}
          </div>
        ) : (
          <EmptyState title="Nothing selected">
            <p>Choose an entry in the list to see and edit it here.</p>
          </EmptyState>
        )}
      </aside>
    </>
  );
}
