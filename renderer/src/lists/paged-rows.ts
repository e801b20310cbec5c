import type { Page } from '../../../core/api';

export const PAGE_SIZE = 200;

/**
 * A window onto a long server-side list: pages are fetched when the visible range first needs
 * them and kept until the list is reset. Pure (no React) so it can be tested on its own.
 */
export class PagedRows<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly inFlight = new Set<number>();
  total: number | null = null;

  constructor(
    private readonly fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
    private readonly onChange: () => void,
    private readonly pageSize = PAGE_SIZE,
  ) {}

  get(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Makes sure rows [start, end] are loaded or loading. */
  ensure(start: number, end: number): void {
    const first = Math.max(0, Math.floor(start / this.pageSize));
    const last = Math.floor(Math.max(start, end) / this.pageSize);
    for (let page = first; page <= last; page++) {
      if (this.total !== null && page * this.pageSize >= this.total && page > 0) break;
      if (this.pages.has(page) || this.inFlight.has(page)) continue;
      this.load(page);
    }
  }

  private load(page: number): void {
    this.inFlight.add(page);
    this.fetchPage(page * this.pageSize, this.pageSize).then(
      (result) => {
        this.inFlight.delete(page);
        this.pages.set(page, result.items);
        this.total = result.total;
        this.onChange();
      },
      () => {
        // Leave the page unloaded; the next scroll over it tries again.
        this.inFlight.delete(page);
      },
    );
  }
}
