import { describe, expect, it } from 'vitest';
import { dateOfDay, layoutTimeline, LANES } from './timeline-layout';

describe('layoutTimeline', () => {
  it('places statements by date and stance, a week as a bar, overlaps stacked', () => {
    const { placed, first } = layoutTimeline(
      [
        {
          statementId: 'a',
          speaker: 'Velayati',
          stance: 'denies',
          date: '2017-10-17',
          precision: 'day',
        },
        {
          statementId: 'b',
          speaker: 'Ministry',
          stance: 'affirms',
          date: '2017-10-16',
          precision: 'week',
        },
        {
          statementId: 'c',
          speaker: 'Mustafa',
          stance: 'affirms',
          date: '2017-10-16',
          precision: 'day',
        },
      ],
      10,
    );
    const byId = new Map(placed.map((p) => [p.statementId, p]));
    expect(dateOfDay(first, 1)).toBe('2017-10-16');
    expect(byId.get('a')!.x - byId.get('b')!.x).toBe(10);
    expect(byId.get('b')!.width).toBe(70);
    expect(byId.get('c')!.width).toBe(10);
    expect(byId.get('a')!.y).toBe(LANES.denies);
    expect(byId.get('c')!.y).not.toBe(byId.get('b')!.y);
  });

  it('is empty without dated statements', () => {
    expect(layoutTimeline([], 10).placed).toEqual([]);
  });
});
