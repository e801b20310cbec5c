import type { DatePrecision } from '../../../core/api';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A statement's date as precisely as it is known: "16 Oct 2017", "week of 16 Oct 2017",
 * "Oct 2017", "2017". Written out by hand so it reads the same in every locale and host.
 */
export function formatSaidOn(date: string | null, precision: DatePrecision | null): string {
  if (!date) return 'Undated';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? '';
  switch (precision ?? 'day') {
    case 'year':
      return String(year);
    case 'month':
      return `${monthName} ${year}`;
    case 'week':
      return `week of ${day} ${monthName} ${year}`;
    default:
      return `${day} ${monthName} ${year}`;
  }
}

/** "2017-10-16T09:30:00.000Z" → "16 Oct 2017, 09:30" in the reader's time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
