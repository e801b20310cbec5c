import type { z } from 'zod';
import type { DatePrecision as DatePrecisionSchema } from './common';

type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * How a report writes dates. One style per report, chosen in the builder; the UI uses
 * `day-month-year`. CSV and JSON always carry ISO dates.
 */
export type DateStyle = 'day-month-year' | 'month-day-year' | 'iso';

export const DATE_STYLES: ReadonlyArray<{ id: DateStyle; label: string; example: string }> = [
  { id: 'day-month-year', label: 'Day month year', example: '17 October 2017' },
  { id: 'month-day-year', label: 'Month day, year', example: 'October 17, 2017' },
  { id: 'iso', label: 'ISO 8601', example: '2017-10-17' },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/**
 * The date a statement of this precision is stored under: a week is stored as its Monday
 * (weeks start on Monday, as in ISO 8601), so "said that week" on Thursday 9 January 2020 is
 * the week of 6 January; other precisions keep the date as given.
 */
export function storedSaidOn(date: string, precision: DatePrecision | null): string {
  const p = parts(date);
  if (precision !== 'week' || !p) return date;
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

function dayDate(date: string, style: DateStyle): string {
  const p = parts(date);
  if (!p || style === 'iso') return date;
  const month = MONTHS[p.month - 1]!;
  return style === 'month-day-year'
    ? `${month} ${p.day}, ${p.year}`
    : `${p.day} ${month} ${p.year}`;
}

/**
 * A statement's date written as precisely as it is known: "17 October 2017",
 * "week of 16 October 2017" (a week is stored as its Monday), "October 2017", "2017", "undated".
 * Written out by hand so it reads the same in every locale and host.
 */
export function formatSaidOn(
  date: string | null,
  precision: DatePrecision | null,
  style: DateStyle = 'day-month-year',
): string {
  if (!date) return 'undated';
  const p = parts(date);
  if (!p) return date;
  switch (precision ?? 'day') {
    case 'year':
      return String(p.year);
    case 'month':
      return style === 'iso' ? date.slice(0, 7) : `${MONTHS[p.month - 1]} ${p.year}`;
    case 'week':
      return `week of ${dayDate(date, style)}`;
    default:
      return dayDate(date, style);
  }
}
