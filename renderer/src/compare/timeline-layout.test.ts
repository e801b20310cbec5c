import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StanceValue } from '../../../core/api';
import {
  GUTTER,
  layoutTimeline,
  type LayoutInput,
  type Rect,
  type TimelineConflict,
  type TimelineItem,
} from './timeline-layout';
import { dayNumber } from './timeline-scale';

/** Roughly what an 11 px sans-serif label measures: enough for the geometry to be realistic. */
const measure = (text: string) => text.length * 6.5;

function item(
  statementId: string,
  stance: StanceValue,
  date: string | null,
  precision: TimelineItem['precision'] = date ? 'day' : null,
  speaker = `Speaker ${statementId}`,
): TimelineItem {
  return { statementId, speaker, stance, date, precision, fromSource: false };
}

function layout(input: Partial<LayoutInput> & Pick<LayoutInput, 'items'>) {
  return layoutTimeline({
    conflicts: [],
    viewWidth: 1200,
    showUndated: false,
    measure,
    ...input,
  });
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every way the drawing could be unreadable: labels on labels, lines through labels. */
function expectReadable(result: ReturnType<typeof layoutTimeline>): void {
  const labels = result.placed.map((p) => ({ id: p.statementId, ...p.label }));
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(overlaps(labels[i]!, labels[j]!), `${labels[i]!.id} × ${labels[j]!.id}`).toBe(false);
  for (const line of result.conflicts) {
    for (const v of line.verticals) {
      const segment = {
        x: v.x,
        y: Math.min(v.y0, v.y1),
        width: 0.001,
        height: Math.abs(v.y1 - v.y0),
      };
      for (const label of labels)
        expect(overlaps(segment, label), `${line.a}-${line.b} through ${label.id}`).toBe(false);
    }
  }
  // The curved part stays in the channel, where no label is.
  const channel = {
    x: -1e9,
    y: result.channel.top,
    width: 2e9,
    height: result.channel.bottom - result.channel.top,
  };
  for (const label of labels) expect(overlaps(channel, label)).toBe(false);
}

describe('layoutTimeline', () => {
  it('draws a month over its calendar month, a week over seven days, a day as one', () => {
    const result = layout({
      items: [
        item('feb', 'affirms', '2016-02-01', 'month'),
        item('oct', 'affirms', '2017-10-01', 'month'),
        item('week', 'denies', '2017-10-16', 'week'),
        item('day', 'denies', '2017-10-17', 'day'),
      ],
      pxPerDay: 2,
    });
    const bar = (id: string) => result.placed.find((p) => p.statementId === id)!.bar;
    expect(bar('feb').width).toBe(29 * 2); // 2016 was a leap year
    expect(bar('oct').width).toBe(31 * 2);
    expect(bar('oct').x).toBe(GUTTER + (dayNumber('2017-10-01') - result.first) * 2);
    expect(bar('week').width).toBe(7 * 2);
    // A single day is narrower than a bar can usefully be: it gets the smallest bar.
    expect(bar('day').width).toBe(6);
    expect(bar('day').x - bar('week').x).toBe(2);
  });

  it('opens zoomed so that every dated statement is in view', () => {
    const items = [
      item('a', 'affirms', '2017-01-03'),
      item('b', 'denies', '2017-10-17'),
      item('c', 'qualifies', '2018-06-01', 'month'),
    ];
    const result = layout({ items, viewWidth: 1000 });
    for (const p of result.placed) {
      expect(p.bar.x).toBeGreaterThanOrEqual(GUTTER);
      expect(p.bar.x + p.bar.width).toBeLessThanOrEqual(1000);
    }
    expect(result.width).toBeLessThanOrEqual(1000);
  });

  it('puts statements that would collide on further rows, and keeps lines off labels', () => {
    const items = [
      item('ministry', 'affirms', '2017-10-16', 'week', 'Ministry of Peshmerga'),
      item('officials', 'affirms', '2017-10-16', 'week', 'Peshmerga officials'),
      item('mustafa', 'affirms', '2017-10-16', 'day', 'Sheikh Jaafar Mustafa'),
      item('basnews', 'affirms', '2017-10-18', 'day', 'Bas News'),
      item('velayati', 'denies', '2017-10-17', 'day', 'Ali Akbar Velayati'),
      item('iraq', 'qualifies', '2017-10-16', 'week', 'Government of Iraq'),
    ];
    const conflicts: TimelineConflict[] = ['ministry', 'officials', 'mustafa', 'basnews'].map(
      (a) => ({ a, b: 'velayati', flip: false, title: `${a} / velayati` }),
    );
    const result = layout({ items, conflicts, pxPerDay: 60 });
    expect(result.conflicts).toHaveLength(4);
    // Three lines leave from the same day for the same statement: each is drawn apart.
    expect(new Set(result.conflicts.map((c) => c.d)).size).toBe(4);
    expect(
      new Set(result.placed.filter((p) => p.band === 'affirms').map((p) => p.row)).size,
    ).toBeGreaterThan(1);
    expectReadable(result);
  });

  it('draws apart the lines between statements that all start on the same day', () => {
    const items = [
      item('rudaw', 'affirms', '2017-10-16', 'week', 'Rudaw'),
      item('fighter', 'affirms', '2017-10-16', 'week', 'PMF fighter'),
      item('dillon1', 'denies', '2017-10-16', 'week', 'Col. Ryan Dillon'),
      item('dillon2', 'denies', '2017-10-16', 'week', 'Col. Ryan Dillon'),
    ];
    const conflicts = ['rudaw', 'fighter'].flatMap((a) =>
      ['dillon1', 'dillon2'].map((b) => ({ a, b, flip: false, title: '' })),
    );
    const result = layout({ items, conflicts });
    // Straight down from one day to the same day, the lines would all be one; each bows apart.
    const bows = result.conflicts.map((c) => /C([\d.]+),/.exec(c.d)![1]);
    expect(new Set(bows).size).toBe(4);
    expectReadable(result);
  });

  it('keeps a label out of the way of a line from a further row', () => {
    // Dillon's line leaves from the second row (Velayati's label crowds him out of the first);
    // Khan's label would fit in the first row, right where Dillon's line passes.
    const items = [
      item('velayati', 'affirms', '2017-10-10', 'day', 'Ali Akbar Velayati'),
      item('dillon', 'affirms', '2017-10-09', 'day', 'Col. Ryan Dillon of the coalition'),
      item('khan', 'affirms', '2017-10-08', 'day', 'Sadiq Khan'),
      item('denier', 'denies', '2017-10-12', 'day', 'Denier'),
    ];
    const conflicts = ['velayati', 'dillon'].map((a) => ({
      a,
      b: 'denier',
      flip: false,
      title: '',
    }));
    const result = layout({ items, conflicts, pxPerDay: 60 });
    const row = (id: string) => result.placed.find((p) => p.statementId === id)!.row;
    expect(row('velayati')).toBe(0);
    expect(row('dillon')).toBe(1);
    expect(row('khan')).not.toBe(0);
    expectReadable(result);
  });

  it('shows undated statements in a row of their own only when asked, without lines', () => {
    const items = [
      item('dated', 'affirms', '2017-10-17'),
      item('u1', 'denies', null),
      item('u2', 'affirms', null),
    ];
    const conflicts = [{ a: 'u2', b: 'u1', flip: false, title: '' }];
    const hidden = layout({ items, conflicts });
    expect(hidden.placed.map((p) => p.statementId)).toEqual(['dated']);
    const shown = layout({ items, conflicts, showUndated: true });
    const undated = shown.placed.filter((p) => p.band === 'undated');
    expect(undated.map((p) => p.statementId)).toEqual(['u1', 'u2']);
    expect(Math.min(...undated.map((p) => p.bar.y))).toBeGreaterThan(shown.axis.y);
    expect(shown.conflicts).toEqual([]);
    expect(shown.bands.map((b) => b.band)).toContain('undated');
    expectReadable(shown);
  });

  it('has nothing to place without dated statements', () => {
    const result = layout({ items: [item('u', 'affirms', null)] });
    expect(result.placed).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('never overlaps labels nor runs a line through one, whatever the statements', () => {
    const stances: StanceValue[] = ['affirms', 'denies', 'qualifies'];
    const anItem = fc.record({
      stance: fc.constantFrom(...stances),
      day: fc.integer({ min: 0, max: 40 }),
      precision: fc.constantFrom(
        'day' as const,
        'week' as const,
        'month' as const,
        'year' as const,
      ),
      name: fc.string({ minLength: 1, maxLength: 40 }),
      undated: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(anItem, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
        fc.option(fc.double({ min: 0.05, max: 400, noNaN: true }), { nil: undefined }),
        fc.boolean(),
        (raw, pairs, pxPerDay, showUndated) => {
          const items = raw.map((r, i) =>
            item(
              `s${i}`,
              r.stance,
              r.undated ? null : new Date(Date.UTC(2017, 0, 1 + r.day)).toISOString().slice(0, 10),
              r.undated ? null : r.precision,
              r.name,
            ),
          );
          const affirming = items.filter((i) => i.stance === 'affirms');
          const denying = items.filter((i) => i.stance === 'denies');
          const conflicts =
            affirming.length && denying.length
              ? pairs.map(([x, y]) => ({
                  a: affirming[x % affirming.length]!.statementId,
                  b: denying[y % denying.length]!.statementId,
                  flip: false,
                  title: '',
                }))
              : [];
          const result = layout({ items, conflicts, pxPerDay, showUndated });
          expectReadable(result);
          const drawable = new Set(items.filter((i) => i.date !== null).map((i) => i.statementId));
          expect(result.conflicts).toHaveLength(
            conflicts.filter((c) => drawable.has(c.a) && drawable.has(c.b)).length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
