import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredDays, dateOfDayNumber, dayNumber, fitPxPerDay, ticksFor } from './timeline-scale';

const measure = (text: string) => text.length * 6.5;

describe('timeline scale', () => {
  it('covers a month from its 1st to the next month, whatever day is stored', () => {
    const feb = coveredDays('2016-02-15', 'month');
    expect(dateOfDayNumber(feb.start)).toBe('2016-02-01');
    expect(dateOfDayNumber(feb.end)).toBe('2016-03-01');
    const dec = coveredDays('2017-12-01', 'month');
    expect(dec.end - dec.start).toBe(31);
    expect(dateOfDayNumber(dec.end)).toBe('2018-01-01');
    expect(coveredDays('2017-10-16', 'week').end - dayNumber('2017-10-16')).toBe(7);
    const year = coveredDays('2016-06-01', 'year');
    expect(year.end - year.start).toBe(366);
  });

  it('fits the days into the width it is given', () => {
    expect(fitPxPerDay(100, 110, 500)).toBe(50);
    // One day on a wide screen is not blown up past the closest zoom.
    expect(fitPxPerDay(100, 101, 5000)).toBe(400);
  });

  it('starts weeks on Mondays and months on the 1st', () => {
    const first = dayNumber('2017-10-11');
    const weeks = ticksFor(first, first + 30, 14, measure);
    expect(weeks.map((t) => dateOfDayNumber(t.day))).toEqual([
      '2017-10-16',
      '2017-10-23',
      '2017-10-30',
      '2017-11-06',
    ]);
    expect(weeks[0]!.label).toBe('16 October');
    const months = ticksFor(first, first + 100, 4, measure);
    expect(months.map((t) => t.label)).toEqual(['November 2017', 'December 2017', 'January 2018']);
  });

  it('never lets tick labels run into each other', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2030-01-01') }),
        fc.integer({ min: 1, max: 1500 }),
        fc.double({ min: 0.05, max: 400, noNaN: true }),
        (first, length, pxPerDay) => {
          const ticks = ticksFor(first, first + length, pxPerDay, measure);
          for (let i = 1; i < ticks.length; i++) {
            const gap = (ticks[i]!.day - ticks[i - 1]!.day) * pxPerDay;
            expect(gap).toBeGreaterThanOrEqual(measure(ticks[i - 1]!.label) + 12);
          }
          for (const t of ticks) expect(t.day).toBeGreaterThanOrEqual(first);
        },
      ),
      { numRuns: 120 },
    );
  });
});
