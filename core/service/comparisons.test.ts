import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

describe('comparisons', () => {
  const ws = useTempWorkspace();

  function statements(n: number) {
    const speaker = ws.client.createActor({ name: 'Speaker' });
    return Array.from({ length: n }, (_, i) =>
      ws.client.createStatement({ speakerId: speaker.id, text: `Statement ${i}` }),
    );
  }
  const ids = (list: Array<{ id: string }>) => list.map((s) => s.id);
  const order = (comparisonId: string) =>
    ws.client.getComparison({ id: comparisonId }).items.map((i) => [i.position, i.statement.text]);

  it('holds 2 to 6 distinct statements', () => {
    const c = ws.client;
    const s = statements(7);
    expectError(
      () => c.createComparison({ title: 'One', statementIds: ids(s.slice(0, 1)) }),
      'invalid_input',
      /at least 2/,
    );
    expectError(
      () => c.createComparison({ title: 'Seven', statementIds: ids(s) }),
      'invalid_input',
      /at most 6/,
    );
    expectError(
      () => c.createComparison({ title: 'Twice', statementIds: [s[0]!.id, s[0]!.id] }),
      'invalid_input',
      /only once/,
    );
    expect(c.createComparison({ title: 'Two', statementIds: ids(s.slice(0, 2)) }).itemCount).toBe(
      2,
    );
    expect(c.createComparison({ title: 'Six', statementIds: ids(s.slice(0, 6)) }).itemCount).toBe(
      6,
    );
  });

  it('keeps items in the given order, positions 0..n-1', () => {
    const c = ws.client;
    const s = statements(3);
    const comparison = c.createComparison({
      title: 'Order',
      statementIds: [s[2]!.id, s[0]!.id, s[1]!.id],
    });
    expect(order(comparison.id)).toEqual([
      [0, 'Statement 2'],
      [1, 'Statement 0'],
      [2, 'Statement 1'],
    ]);
  });

  it('adds an item at a position or at the end, refusing a seventh or a duplicate', () => {
    const c = ws.client;
    const s = statements(7);
    const comparison = c.createComparison({ title: 'Grow', statementIds: ids(s.slice(0, 2)) });
    c.addComparisonItem({ comparisonId: comparison.id, statementId: s[2]!.id, position: 0 });
    c.addComparisonItem({ comparisonId: comparison.id, statementId: s[3]!.id });
    c.addComparisonItem({ comparisonId: comparison.id, statementId: s[4]!.id, position: 2 });
    c.addComparisonItem({ comparisonId: comparison.id, statementId: s[5]!.id, position: 99 });
    expect(order(comparison.id)).toEqual([
      [0, 'Statement 2'],
      [1, 'Statement 0'],
      [2, 'Statement 4'],
      [3, 'Statement 1'],
      [4, 'Statement 3'],
      [5, 'Statement 5'],
    ]);
    const before = snapshotTables(ws.db);
    expectError(
      () => c.addComparisonItem({ comparisonId: comparison.id, statementId: s[6]!.id }),
      'invalid_input',
      /at most 6/,
    );
    expectError(
      () => c.addComparisonItem({ comparisonId: comparison.id, statementId: s[0]!.id }),
      'conflict',
    );
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('removes an item, closing the gap, but never below two', () => {
    const c = ws.client;
    const s = statements(3);
    const comparison = c.createComparison({ title: 'Shrink', statementIds: ids(s) });
    const detail = c.removeComparisonItem({ comparisonId: comparison.id, statementId: s[1]!.id });
    expect(detail.itemCount).toBe(2);
    expect(order(comparison.id)).toEqual([
      [0, 'Statement 0'],
      [1, 'Statement 2'],
    ]);
    expectError(
      () => c.removeComparisonItem({ comparisonId: comparison.id, statementId: s[0]!.id }),
      'invalid_input',
      /at least 2/,
    );
    expectError(
      () => c.removeComparisonItem({ comparisonId: comparison.id, statementId: s[1]!.id }),
      'not_found',
    );
  });

  it('reorders only to a permutation of the statements already there', () => {
    const c = ws.client;
    const s = statements(4);
    const comparison = c.createComparison({ title: 'Shuffle', statementIds: ids(s.slice(0, 3)) });
    const detail = c.reorderComparison({
      id: comparison.id,
      statementIds: [s[1]!.id, s[2]!.id, s[0]!.id],
    });
    expect(detail.items.map((i) => [i.position, i.statement.id])).toEqual([
      [0, s[1]!.id],
      [1, s[2]!.id],
      [2, s[0]!.id],
    ]);
    const before = snapshotTables(ws.db);
    expectError(
      () => c.reorderComparison({ id: comparison.id, statementIds: [s[1]!.id, s[2]!.id] }),
      'invalid_input',
    );
    expectError(
      () =>
        c.reorderComparison({ id: comparison.id, statementIds: [s[1]!.id, s[2]!.id, s[3]!.id] }),
      'invalid_input',
    );
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('edits the title and the assessment', () => {
    const c = ws.client;
    const s = statements(2);
    const comparison = c.createComparison({ title: 'Draft', statementIds: ids(s) });
    expect(comparison.assessment).toBe('');
    expect(
      c.updateComparison({ id: comparison.id, assessment: 'They **disagree**.' }),
    ).toMatchObject({
      title: 'Draft',
      assessment: 'They **disagree**.',
    });
    expect(c.historyState().undoSummary).toBe('Edit assessment of comparison “Draft”');
    expect(c.updateComparison({ id: comparison.id, title: 'Final' })).toMatchObject({
      title: 'Final',
      assessment: 'They **disagree**.',
    });
    expect(c.updateComparison({ id: comparison.id, assessment: '' }).assessment).toBe('');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists comparisons, most recently changed first, with a total', () => {
    const c = ws.client;
    const s = statements(3);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
    const a = c.createComparison({ title: 'A', statementIds: ids(s.slice(0, 2)) });
    vi.setSystemTime(new Date('2024-01-02T00:00:00Z'));
    c.createComparison({ title: 'B', statementIds: ids(s.slice(1, 3)) });
    expect(c.listComparisons({}).items.map((x) => x.title)).toEqual(['B', 'A']);
    expect(c.listComparisons({}).total).toBe(2);
    vi.setSystemTime(new Date('2024-01-03T00:00:00Z'));
    c.addComparisonItem({ comparisonId: a.id, statementId: s[2]!.id });
    const listed = c.listComparisons({});
    expect(listed.items[0]!.title).toBe('A');
    expect(listed.items[0]!.itemCount).toBe(3);
    expect(c.listComparisons({ limit: 1, offset: 1 }).items.map((x) => x.title)).toEqual(['B']);
    c.deleteComparison({ id: a.id });
    expect(c.listComparisons({}).items.map((x) => x.title)).toEqual(['B']);
  });
});
