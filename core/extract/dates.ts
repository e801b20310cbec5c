import * as chrono from 'chrono-node';

export interface SaidDate {
  date: string;
  precision: 'day' | 'week' | 'month';
}

const DAY_MS = 86_400_000;
const WEEK = /\b(this|last|past|previous)\s+week\b/i;
const MONTH = /\b(this|last|previous)\s+month\b/i;
/** Parts of the day of publication, or of the day before ("last night"). */
const PART_OF_TODAY =
  /\b(?:this|earlier\s+this|early\s+this|late\s+this)\s+(?:morning|afternoon|evening)\b/i;
const LAST_NIGHT = /\blast\s+night\b/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
const DAYS_AGO = /\b(a|an|one|two|three|four|five|six|[1-6])\s+days?\s+ago\b/i;
const WEEK_AGO = /\b(?:a|one)\s+week\s+ago\b/i;
/** "at the weekend", "over the weekend", "this weekend", "last weekend". */
const WEEKEND = /\b(?:(this|last|past)|(?:over|during|at|on)\s+the)\s+weekend\b/i;
/** What a date expression in a cue looks like; anything else chrono finds is ignored. */
const DATE_LIKE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/i;
const MONTH_CONTEXT = /\b(?:in|since|during|early|late|mid|last|this|of|until)\s+$/i;

function iso(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  return `${y}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Noon, local time, so that adding days never crosses a daylight-saving edge into another date. */
function noon(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return iso(d) === isoDate ? d : null;
}

function addDays(d: Date, days: number): Date {
  const out = new Date(d.getTime() + days * DAY_MS);
  out.setHours(12, 0, 0, 0);
  return out;
}

/** The Monday of the week `d` is in (weeks start on Monday, as ISO 8601 has them). */
function mondayOf(d: Date): Date {
  return addDays(d, -((d.getDay() + 6) % 7));
}

/**
 * Cues chrono does not read, or reads as a time of the reference day: "this morning", "last
 * night", "two days ago", "a week ago", "over the weekend". A weekend (Saturday and Sunday) is
 * given as the week that holds it: a day would claim more than the words say.
 */
function relativeToPublication(cue: string, ref: Date): SaidDate | null {
  if (PART_OF_TODAY.test(cue)) return { date: iso(ref), precision: 'day' };
  if (LAST_NIGHT.test(cue)) return { date: iso(addDays(ref, -1)), precision: 'day' };
  const daysAgo = DAYS_AGO.exec(cue);
  if (daysAgo) {
    const n = NUMBER_WORDS[daysAgo[1]!.toLowerCase()] ?? Number(daysAgo[1]);
    return { date: iso(addDays(ref, -n)), precision: 'day' };
  }
  if (WEEK_AGO.test(cue)) return { date: iso(mondayOf(addDays(ref, -7))), precision: 'week' };
  const weekend = WEEKEND.exec(cue);
  if (weekend) {
    // The most recent Saturday on or before publication (a Sunday paper's is yesterday's).
    let saturday = addDays(ref, -((ref.getDay() + 1) % 7));
    const inWeekend = ref.getDay() === 6 || ref.getDay() === 0;
    if (weekend[1]?.toLowerCase() === 'last' && inWeekend) saturday = addDays(saturday, -7);
    return { date: iso(mondayOf(saturday)), precision: 'week' };
  }
  return null;
}

/**
 * When the words of a cue say something was said ("Dillon said this week", "claimed on Tuesday"),
 * resolved against the publication date. News speaks of the past, so a bare weekday is the most
 * recent such day on or before publication (chrono would pick the nearest, even a future one),
 * and a date without a year that would fall after publication is taken from the year before.
 * Without a publication date only absolute dates count.
 */
export function resolveSaidDate(cue: string, published?: string): SaidDate | null {
  const ref = published ? noon(published) : null;
  if (ref) {
    const relative = relativeToPublication(cue, ref);
    if (relative) return relative;
    const week = WEEK.exec(cue);
    if (week) {
      const monday = mondayOf(ref);
      const which = week[1]!.toLowerCase();
      return { date: iso(which === 'this' ? monday : addDays(monday, -7)), precision: 'week' };
    }
    const month = MONTH.exec(cue);
    if (month) {
      const first = new Date(ref.getFullYear(), ref.getMonth(), 1, 12);
      if (month[1]!.toLowerCase() !== 'this') first.setMonth(first.getMonth() - 1);
      return { date: iso(first), precision: 'month' };
    }
  }
  // chrono takes about 2 ms a call: ask it only when the cue has something date-like.
  if (!DATE_LIKE.test(cue)) return null;
  for (const result of chrono.parse(cue, ref ?? new Date(2000, 0, 1, 12))) {
    if (!DATE_LIKE.test(result.text)) continue;
    // "yesterday" is certain of its year only against the stand-in reference: without a
    // publication date, a date counts only when it writes its year out.
    if (!ref && !/\d{4}/.test(result.text)) continue;
    const start = result.start;
    const hasYear = start.isCertain('year');
    if (start.isCertain('day') && start.isCertain('month')) {
      if (!ref && !hasYear) continue;
      let d = start.date();
      d = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12);
      if (ref && !hasYear && d > ref) d.setFullYear(d.getFullYear() - 1);
      return { date: iso(d), precision: 'day' };
    }
    if (start.isCertain('weekday')) {
      if (!ref) continue;
      const weekday = start.get('weekday') ?? ref.getDay();
      return { date: iso(addDays(ref, -((ref.getDay() - weekday + 7) % 7))), precision: 'day' };
    }
    if (start.isCertain('month')) {
      if (!MONTH_CONTEXT.test(cue.slice(0, result.index)) && !hasYear) continue;
      if (!ref && !hasYear) continue;
      const d = start.date();
      const first = new Date(d.getFullYear(), d.getMonth(), 1, 12);
      if (ref && !hasYear && first > ref) first.setFullYear(first.getFullYear() - 1);
      return { date: iso(first), precision: 'month' };
    }
  }
  return null;
}
