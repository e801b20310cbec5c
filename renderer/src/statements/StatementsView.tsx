import { useState, type RefObject } from 'react';
import type { SearchResult, Statement } from '../../../core/api';
import { MAX_COMPARISON_ITEMS, MIN_COMPARISON_ITEMS } from '../../../core/api/comparisons';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { useDebounced } from '../hooks/use-debounced';
import { usePagedRows } from '../lists/use-paged-rows';
import { PaneHeader } from '../lists/PaneHeader';
import { VirtualList } from '../lists/VirtualList';
import { EmptyState } from '../ui/EmptyState';
import { cleanFilters, countActive, type StatementFilters } from './filters';
import { SetStanceDialog } from './SetStanceDialog';
import { StatementEditor } from './StatementEditor';
import { StatementFilterBar } from './StatementFilterBar';
import { SearchResultRow, STATEMENT_ROW_HEIGHT, StatementRow } from './StatementRow';

const SEARCH_LIMIT = 200;

/** All statements, filtered or searched, with the selected one in the editor. */
export function StatementsView({
  initialId,
  searchBox,
  onGo,
  onImport,
}: {
  initialId?: string;
  searchBox: RefObject<HTMLInputElement | null>;
  onGo: (view: ViewName, id?: string) => void;
  /** Opens the file chooser to import sources, whose statements are then proposed for review. */
  onImport: () => void;
}) {
  const [filters, setFilters] = useState<StatementFilters>({});
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<{ id: string | 'new'; index: number | null } | null>(
    initialId ? { id: initialId, index: null } : null,
  );
  const searchText = useDebounced(query.trim(), 200);
  // Statements marked (Ctrl/Cmd+click or Space) to compare side by side (up to six) or to give
  // one stance at once (any number).
  const [marked, setMarked] = useState<string[]>([]);
  const [settingStance, setSettingStance] = useState(false);
  const toggle = (id: string) =>
    setMarked((m) => (m.includes(id) ? m.filter((x) => x !== id) : [...m, id]));
  const { attempt, client } = useApp();
  const compareMarked = async () => {
    const comparison = await attempt((c) =>
      // No title: the service names the speakers and what they take a stance on.
      c.createComparison({ statementIds: marked }),
    );
    if (comparison) onGo('comparison', comparison.id);
  };
  const searching = searchText !== '';
  // Set when the words are so common that only the newest matches were ranked.
  const [rankedNewest, setRankedNewest] = useState<number | null>(null);

  const statements = usePagedRows<Statement>(`list:${JSON.stringify(filters)}`, (offset, limit) =>
    client.listStatements({ ...cleanFilters(filters), offset, limit }),
  );
  const results = usePagedRows<SearchResult>(
    `search:${searchText}:${filters.speakerId ?? ''}`,
    async (offset) => {
      if (!searching || offset > 0) return { items: [], total: 0 };
      const found = await client.search({
        query: searchText,
        limit: SEARCH_LIMIT,
        speakerId: filters.speakerId,
      });
      setRankedNewest(found.rankedNewest);
      return { items: found.results, total: found.results.length };
    },
  );

  const total = searching ? results.total : statements.total;
  const subtitle =
    total === null
      ? 'Loading…'
      : searching
        ? `${total === SEARCH_LIMIT ? `Best ${SEARCH_LIMIT}` : total.toLocaleString('en')} matching “${searchText}”${rankedNewest ? ` among the newest ${rankedNewest.toLocaleString('en')} matches` : ''}`
        : `${total.toLocaleString('en')} statement${total === 1 ? '' : 's'}${countActive(filters) ? ' (filtered)' : ''}`;

  return (
    <>
      <section className="list-pane" aria-labelledby="statements-title">
        <PaneHeader
          id="statements-title"
          title="Statements"
          subtitle={subtitle}
          query={query}
          onQuery={setQuery}
          searchLabel="Search statements"
          placeholder="Search words, names, “phrases”"
          newLabel="New statement"
          onNew={() => setSelected({ id: 'new', index: null })}
          searchRef={searchBox}
          extraAction={
            marked.length > 0 ? (
              <>
                <button
                  type="button"
                  className="btn"
                  disabled={
                    marked.length < MIN_COMPARISON_ITEMS || marked.length > MAX_COMPARISON_ITEMS
                  }
                  onClick={() => void compareMarked()}
                  title={
                    marked.length > MAX_COMPARISON_ITEMS
                      ? `A comparison holds at most ${MAX_COMPARISON_ITEMS} statements`
                      : 'Ctrl/Cmd+click or Space marks statements to compare'
                  }
                >
                  Compare {marked.length} marked
                </button>
                <button type="button" className="btn" onClick={() => setSettingStance(true)}>
                  Set stance…
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => setMarked([])}>
                  Unmark
                </button>
              </>
            ) : null
          }
        />
        <StatementFilterBar filters={filters} onChange={setFilters} />
        {searching ? (
          <VirtualList
            key="search"
            rows={results}
            rowHeight={STATEMENT_ROW_HEIGHT}
            label="Search results"
            selectedIndex={selected?.index ?? null}
            onSelect={(index, r) => setSelected({ id: r.statementId, index })}
            onToggle={(_, r) => toggle(r.statementId)}
            isMarked={(r) => marked.includes(r.statementId)}
            renderRow={(r) => <SearchResultRow result={r} />}
            empty={
              <EmptyState title="No statements match">
                <p>Try fewer words, a prefix such as kirk*, or the speaker’s other spelling.</p>
              </EmptyState>
            }
          />
        ) : (
          <VirtualList
            key="list"
            rows={statements}
            rowHeight={STATEMENT_ROW_HEIGHT}
            label="Statements"
            selectedIndex={selected?.index ?? null}
            onSelect={(index, s) => setSelected({ id: s.id, index })}
            onToggle={(_, s) => toggle(s.id)}
            isMarked={(s) => marked.includes(s.id)}
            renderRow={(s) => <StatementRow statement={s} />}
            empty={
              countActive(filters) > 0 ? (
                <EmptyState title="No statements match these filters">
                  <button type="button" className="btn" onClick={() => setFilters({})}>
                    Clear filters
                  </button>
                </EmptyState>
              ) : (
                <EmptyState title="No statements yet">
                  <p>
                    Import an article, transcript or press release (.txt, .md, .html, .pdf, .docx):
                    Parallax proposes the quotes and reported speech in it for you to review. Or
                    record what someone said by hand.
                  </p>
                  <div className="actions">
                    <button type="button" className="btn btn-primary" onClick={onImport}>
                      Import sources…
                    </button>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setSelected({ id: 'new', index: null })}
                    >
                      New statement
                    </button>
                  </div>
                </EmptyState>
              )
            }
          />
        )}
      </section>
      {settingStance ? (
        <SetStanceDialog
          statementIds={marked}
          onClose={() => setSettingStance(false)}
          onDone={() => {
            setSettingStance(false);
            setMarked([]);
          }}
        />
      ) : null}
      <aside className="detail-pane" aria-label="Statement details">
        {selected ? (
          <StatementEditor
            key={selected.id}
            id={selected.id === 'new' ? null : selected.id}
            onSaved={(id) => setSelected({ id, index: null })}
            onDeleted={() => setSelected(null)}
            onGo={onGo}
          />
        ) : (
          <EmptyState title="No statement selected">
            <p>
              Choose a statement in the list — or use the arrow keys — to read and edit it here.
            </p>
          </EmptyState>
        )}
      </aside>
    </>
  );
}
