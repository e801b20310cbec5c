import type { DatePrecision, StanceValue } from '../../../core/api';

export interface TimelineItem {
  statementId: string;
  speaker: string;
  stance: StanceValue;
  date: string;
  precision: DatePrecision;
}

export interface PlacedItem extends TimelineItem {
  x: number;
  /** Width of the span the date covers (a week is drawn as a bar, a day as a dot). */
  width: number;
  y: number;
}

const DAY = 86_400_000;
const SPAN_DAYS: Record<DatePrecision, number> = { day: 1, week: 7, month: 30, year: 365 };
export const LANES: Record<StanceValue, number> = { affirms: 50, qualifies: 170, denies: 290 };
/** Vertical room for one stacked row (label above a bar) and the width a label needs. */
const ROW = 24;
const LABEL_WIDTH = 130;
export const TIMELINE_HEIGHT = 400;
export const MARGIN = 40;

const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);

/**
 * Places statements on a time axis: x by date (scaled by `pxPerDay`), a lane per stance, and
 * statements that would overlap in one lane stacked a little apart. Pure, so it is tested
 * without a browser.
 */
export function layoutTimeline(items: TimelineItem[], pxPerDay: number) {
  if (items.length === 0) return { placed: [] as PlacedItem[], width: 0, first: 0, days: 0 };
  const first = Math.min(...items.map((i) => dayNumber(i.date))) - 1;
  const last = Math.max(...items.map((i) => dayNumber(i.date) + SPAN_DAYS[i.precision])) + 1;
  // In each lane, rows of stacked items; an item goes in the first row whose last item ends
  // (bar or label) before it starts.
  const rowsEnd = new Map<StanceValue, number[]>();
  const placed = [...items]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((item) => {
      const x = MARGIN + (dayNumber(item.date) - first) * pxPerDay;
      const width = Math.max(8, SPAN_DAYS[item.precision] * pxPerDay);
      const ends = rowsEnd.get(item.stance) ?? [];
      let row = ends.findIndex((end) => end < x);
      if (row === -1) row = ends.length;
      ends[row] = x + Math.max(width, LABEL_WIDTH);
      rowsEnd.set(item.stance, ends);
      return { ...item, x, width, y: LANES[item.stance] + row * ROW };
    });
  return { placed, width: MARGIN * 2 + (last - first) * pxPerDay, first, days: last - first };
}

/** The date of day `offset` after day number `first`, YYYY-MM-DD. */
export function dateOfDay(first: number, offset: number): string {
  return new Date((first + offset) * DAY).toISOString().slice(0, 10);
}
