// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PagedRows } from './paged-rows';
import { VirtualList } from './VirtualList';

/** happy-dom has no layout: tell the virtualiser the viewport is 400 px tall. */
const fixedViewport = {
  observeElementRect: (_: unknown, callback: (rect: { width: number; height: number }) => void) => {
    callback({ width: 600, height: 400 });
    return () => {};
  },
  initialRect: { width: 600, height: 400 },
};

function Harness({ total }: { total: number }) {
  const [, rerender] = useState(0);
  const [rows] = useState(
    () =>
      new PagedRows<string>(
        async (offset, limit) => ({
          items: Array.from(
            { length: Math.min(limit, total - offset) },
            (_, i) => `Statement ${offset + i}`,
          ),
          total,
        }),
        () => rerender((n) => n + 1),
      ),
  );
  const [selected, setSelected] = useState<number | null>(null);
  if (rows.total === null) rows.ensure(0, 0);
  return (
    <>
      <VirtualList
        rows={rows}
        rowHeight={40}
        label="Statements"
        selectedIndex={selected}
        onSelect={(index) => setSelected(index)}
        renderRow={(item) => <span>{item ?? '…'}</span>}
        empty={<p>Nothing</p>}
        virtualizerOptions={fixedViewport}
      />
      <output>{selected === null ? 'none' : `selected ${selected}`}</output>
    </>
  );
}

describe('VirtualList', () => {
  afterEach(cleanup);

  it('renders only the rows in view, even for 100,000 rows', async () => {
    render(<Harness total={100_000} />);
    await screen.findByText('Statement 0');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(30);
    expect(options[0]!.getAttribute('aria-setsize')).toBe('100000');
  });

  it('moves the selection with the keyboard, also onto rows not loaded yet', async () => {
    render(<Harness total={100_000} />);
    await screen.findByText('Statement 0');
    const list = screen.getByRole('listbox', { name: 'Statements' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(screen.getByText('selected 0')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(screen.getByText('selected 2')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(screen.getByText('selected 1')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'End' });
    await waitFor(() => expect(screen.getByText('selected 99999')).toBeTruthy());
    fireEvent.keyDown(list, { key: 'Home' });
    expect(screen.getByText('selected 0')).toBeTruthy();
    expect(list.getAttribute('aria-activedescendant')).toMatch(/-0$/);
  });

  it('shows the empty state when there are no rows', async () => {
    render(<Harness total={0} />);
    await screen.findByText('Nothing');
  });
});
