import { describe, expect, it } from 'vitest';
import type { Page } from '../../../core/api';
import { PagedRows } from './paged-rows';

/** A fake server list of `total` numbers that records which pages were asked for. */
function numbers(total: number) {
  const asked: number[] = [];
  const pending: Array<() => void> = [];
  const fetchPage = (offset: number, limit: number) =>
    new Promise<Page<number>>((resolve) => {
      asked.push(offset);
      pending.push(() =>
        resolve({
          items: Array.from(
            { length: Math.max(0, Math.min(limit, total - offset)) },
            (_, i) => offset + i,
          ),
          total,
        }),
      );
    });
  const flush = async () => {
    while (pending.length) pending.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { asked, fetchPage, flush };
}

describe('PagedRows', () => {
  it('loads only the pages a visible range needs, once each', async () => {
    const server = numbers(100_000);
    let changes = 0;
    const rows = new PagedRows(server.fetchPage, () => changes++, 200);
    rows.ensure(0, 30);
    rows.ensure(10, 40);
    expect(server.asked).toEqual([0]);
    await server.flush();
    expect(rows.total).toBe(100_000);
    expect(rows.get(30)).toBe(30);
    expect(rows.get(250)).toBeUndefined();
    rows.ensure(50_000, 50_020);
    rows.ensure(199, 201);
    expect(server.asked).toEqual([0, 50_000, 200]);
    await server.flush();
    expect(rows.get(50_010)).toBe(50_010);
    expect(rows.get(201)).toBe(201);
    expect(changes).toBe(3);
  });

  it('does not ask for pages past the end once the total is known', async () => {
    const server = numbers(250);
    const rows = new PagedRows(server.fetchPage, () => {}, 200);
    rows.ensure(0, 0);
    await server.flush();
    rows.ensure(0, 10_000);
    expect(server.asked).toEqual([0, 200]);
  });

  it('retries a page whose request failed', async () => {
    let fail = true;
    const rows = new PagedRows<number>(
      (offset) =>
        fail
          ? Promise.reject(new Error('offline'))
          : Promise.resolve({ items: [offset], total: 1 }),
      () => {},
    );
    rows.ensure(0, 0);
    await new Promise((r) => setTimeout(r, 0));
    expect(rows.get(0)).toBeUndefined();
    fail = false;
    rows.ensure(0, 0);
    await new Promise((r) => setTimeout(r, 0));
    expect(rows.get(0)).toBe(0);
  });
});
