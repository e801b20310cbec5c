import { useVirtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { PagedRows } from './paged-rows';

interface VirtualListProps<T> {
  rows: PagedRows<T>;
  rowHeight: number;
  label: string;
  selectedIndex: number | null;
  onSelect: (index: number, item: T) => void;
  onActivate?: (index: number, item: T) => void;
  renderRow: (item: T | undefined, index: number) => ReactNode;
  empty: ReactNode;
  /** Ctrl/Cmd+click or Space marks a row (for acting on several); absent, nothing is marked. */
  onToggle?: (index: number, item: T) => void;
  isMarked?: (item: T) => boolean;
  /** Lets component tests measure without a layout engine. */
  virtualizerOptions?: Partial<VirtualizerOptions<HTMLDivElement, Element>>;
}

/**
 * A keyboard-navigable listbox that renders only the rows in view (TanStack Virtual), so a
 * list of 100,000 statements costs as much DOM as a list of 20. Arrow keys, Page Up/Down,
 * Home and End move the selection; Enter activates.
 */
export function VirtualList<T>({
  rows,
  rowHeight,
  label,
  selectedIndex,
  onSelect,
  onActivate,
  renderRow,
  empty,
  virtualizerOptions,
  onToggle,
  isMarked,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const total = rows.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    ...virtualizerOptions,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) rows.ensure(first, last);
  }, [rows, first, last, total]);

  // A row the keyboard moved to before its page arrived: selected as soon as it loads.
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const item = rows.get(pending.current);
    if (item !== undefined) {
      onSelect(pending.current, item);
      pending.current = null;
    }
  });

  const move = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    rows.ensure(next, next);
    const item = rows.get(next);
    if (item !== undefined) onSelect(next, item);
    else pending.current = next;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const current = selectedIndex ?? -1;
    const pageRows = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? rowHeight) / rowHeight) - 1,
    );
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current <= 0 ? 0 : current - 1),
      PageDown: () => move(current + pageRows),
      PageUp: () => move(current - pageRows),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => {
        const item = selectedIndex === null ? undefined : rows.get(selectedIndex);
        if (item !== undefined && selectedIndex !== null) onActivate?.(selectedIndex, item);
      },
      ' ': () => {
        const item = selectedIndex === null ? undefined : rows.get(selectedIndex);
        if (item !== undefined && selectedIndex !== null) onToggle?.(selectedIndex, item);
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (rows.total === 0) return <>{empty}</>;

  return (
    <div
      ref={scroller}
      className="vlist"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={selectedIndex !== null ? `${baseId}-${selectedIndex}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="virtual-list"
    >
      <div className="vlist-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((virtual) => {
          const item = rows.get(virtual.index);
          return (
            <div
              key={virtual.key}
              id={`${baseId}-${virtual.index}`}
              role="option"
              aria-selected={virtual.index === selectedIndex}
              aria-setsize={total}
              aria-posinset={virtual.index + 1}
              className="row"
              style={{ height: rowHeight, transform: `translateY(${virtual.start}px)` }}
              data-marked={item !== undefined && isMarked?.(item) ? 'true' : undefined}
              onClick={(e) => {
                if (item === undefined) return;
                if ((e.ctrlKey || e.metaKey) && onToggle) onToggle(virtual.index, item);
                else onSelect(virtual.index, item);
              }}
              onDoubleClick={() => item !== undefined && onActivate?.(virtual.index, item)}
            >
              {renderRow(item, virtual.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
