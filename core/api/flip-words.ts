import { formatSaidOn, type DateStyle } from './said-on';
import type { DatePrecision, StanceValue } from './types';

/** One of a flip's two statements: who said it, the stance it takes, and when. */
export interface FlipSide {
  speaker: string;
  stance: StanceValue;
  date: string | null;
  precision: DatePrecision | null;
}

const PAST: Record<StanceValue, string> = {
  affirms: 'affirmed',
  denies: 'denied',
  qualifies: 'qualified',
};

/** "denied on 8 January 2020", "affirmed in March 2021", "denied in the week of 6 January 2020". */
function saidWhen(side: FlipSide, style: DateStyle): string {
  const on = side.precision === 'day' || !side.precision ? 'on' : 'in';
  const the = side.precision === 'week' ? 'the ' : '';
  return `${PAST[side.stance]} ${on} ${the}${formatSaidOn(side.date, side.precision, style)}`;
}

/**
 * A flip in words, earlier statement first: "Government of Iran denied on 8 January 2020;
 * affirmed on 11 January 2020", or, through an organisation's members, naming each. The board
 * and every report format say it the same way.
 */
export function flipSentence(
  earlier: FlipSide,
  later: FlipSide,
  organisation: string | null,
  style: DateStyle = 'day-month-year',
): string {
  if (organisation === null) {
    return `${earlier.speaker} ${saidWhen(earlier, style)}; ${saidWhen(later, style)}`;
  }
  return (
    `${organisation}, through its members: ${earlier.speaker} ${saidWhen(earlier, style)}; ` +
    `${later.speaker} ${saidWhen(later, style)}`
  );
}

/** A flip's two sides in the order they were said (a flip always has both dates). */
export function inSaidOrder<S extends { date: string | null }>(a: S, b: S): [S, S] {
  return (a.date ?? '') <= (b.date ?? '') ? [a, b] : [b, a];
}
