import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSaidOn, storedSaidOn } from './said-on';

const DAY_MS = 86_400_000;

describe('the date a statement is stored under', () => {
  it('is the Monday of its week for a week, across months and years', () => {
    expect(storedSaidOn('2020-01-09', 'week')).toBe('2020-01-06'); // a Thursday
    expect(storedSaidOn('2020-01-12', 'week')).toBe('2020-01-06'); // the Sunday that ends it
    expect(storedSaidOn('2020-01-06', 'week')).toBe('2020-01-06'); // the Monday itself
    expect(storedSaidOn('2021-01-01', 'week')).toBe('2020-12-28'); // a Friday, new year
    expect(storedSaidOn('2024-03-02', 'week')).toBe('2024-02-26'); // after a 29 February
    expect(formatSaidOn(storedSaidOn('2020-01-09', 'week'), 'week')).toBe('week of 6 January 2020');
  });

  it('is the date as given for any other precision', () => {
    for (const precision of ['day', 'month', 'year', null] as const)
      expect(storedSaidOn('2020-01-09', precision)).toBe('2020-01-09');
  });

  it('is, for any day, a Monday at most six days before it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const monday = new Date(`${storedSaidOn(iso, 'week')}T00:00:00Z`);
          const given = new Date(`${iso}T00:00:00Z`);
          const back = (given.getTime() - monday.getTime()) / DAY_MS;
          return monday.getUTCDay() === 1 && back >= 0 && back <= 6;
        },
      ),
    );
  });
});
