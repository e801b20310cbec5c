import type { DatePrecision } from '../../../core/api';
import { formatSaidOn } from '../format/dates';

/**
 * The timeline's calendar: day numbers, the days a date of some precision covers, the zoom that
 * fits them, and tick marks whose labels have room. Pure, so it is tested without a browser.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The days a date covers, end exclusive: a day is one, a week seven from its Monday, a month
 * its calendar month (28 to 31 days, from the 1st whatever day is stored), a year Jan to Dec.
 */
export function coveredDays(
  date: string,
  precision: DatePrecision,
): { start: number; end: number } {
  switch (precision) {
    case 'month': {
      const first = `${date.slice(0, 7)}-01`;
      return { start: dayNumber(first), end: dayNumber(addMonths(first, 1)) };
    }
    case 'year': {
      const first = `${date.slice(0, 4)}-01-01`;
      return { start: dayNumber(first), end: dayNumber(addMonths(first, 12)) };
    }
    case 'week':
      return { start: dayNumber(date), end: dayNumber(date) + 7 };
    default:
      return { start: dayNumber(date), end: dayNumber(date) + 1 };
  }
}

export const MIN_PX_PER_DAY = 0.05;
export const MAX_PX_PER_DAY = 400;

export function clampZoom(pxPerDay: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, pxPerDay));
}

/**
 * The zoom at which days `first`..`last` fill `axisWidth` pixels: what the view opens with, so
 * every dated statement is in sight without scrolling.
 */
export function fitPxPerDay(first: number, last: number, axisWidth: number): number {
  return clampZoom(Math.max(1, axisWidth) / Math.max(1, last - first));
}

export interface Tick {
  day: number;
  label: string;
}

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The shortest gap, in days, between two ticks of a unit. */
const MIN_DAYS: Record<Unit, number> = { day: 1, week: 7, month: 28, quarter: 90, year: 365 };

function tickLabel(date: string, unit: Unit): string {
  if (unit === 'year') return date.slice(0, 4);
  if (unit === 'month' || unit === 'quarter') return formatSaidOn(date, 'month');
  // "16 October": the year is in the month ticks and the statements' own dates.
  return formatSaidOn(date, 'day').replace(/ \d{4}$/, '');
}

function tickDates(first: number, last: number, unit: Unit): string[] {
  const dates: string[] = [];
  if (unit === 'day' || unit === 'week') {
    // Weeks start on Monday (1970-01-01, day 0, was a Thursday).
    const step = unit === 'day' ? 1 : 7;
    let day = unit === 'day' ? first : first + ((7 - ((first + 3) % 7)) % 7);
    for (; day <= last; day += step) dates.push(dateOfDayNumber(day));
    return dates;
  }
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  let date = `${dateOfDayNumber(first).slice(0, 7)}-01`;
  const firstMonth = Number(date.slice(5, 7)) - 1;
  // Quarters and years start on their calendar boundary, not on the first statement's month.
  date = addMonths(date, (months - (firstMonth % months)) % months);
  if (dayNumber(date) < first) date = addMonths(date, months);
  for (; dayNumber(date) <= last; date = addMonths(date, months)) dates.push(date);
  return dates;
}

/**
 * Tick marks between days `first` and `last`: the finest calendar unit whose labels, measured
 * by `measure`, do not run into each other at this zoom.
 */
export function ticksFor(
  first: number,
  last: number,
  pxPerDay: number,
  measure: (text: string) => number,
  gap = 12,
): Tick[] {
  const units: Unit[] = ['day', 'week', 'month', 'quarter', 'year'];
  for (const unit of units) {
    const dates = tickDates(first, last, unit);
    const widest = Math.max(0, ...dates.map((d) => measure(tickLabel(d, unit))));
    const room = MIN_DAYS[unit] * pxPerDay;
    if (room >= widest + gap || unit === 'year') {
      // Years too close for their labels: every second, fifth… year.
      const every = Math.max(1, Math.ceil((widest + gap) / Math.max(room, 1e-9)));
      return dates
        .filter((_, i) => i % every === 0)
        .map((date) => ({ day: dayNumber(date), label: tickLabel(date, unit) }));
    }
  }
  return [];
}
