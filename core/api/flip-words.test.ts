import { describe, expect, it } from 'vitest';
import { flipSentence, inSaidOrder, type FlipSide } from './flip-words';

const denied: FlipSide = {
  speaker: 'Government of Iran',
  stance: 'denies',
  date: '2020-01-08',
  precision: 'day',
};
const affirmed: FlipSide = {
  speaker: 'Government of Iran',
  stance: 'affirms',
  date: '2020-01-11',
  precision: 'day',
};

describe('a flip in words', () => {
  it('says the earlier stance first, each with its date', () => {
    expect(flipSentence(denied, affirmed, null)).toBe(
      'Government of Iran denied on 8 January 2020; affirmed on 11 January 2020',
    );
    expect(inSaidOrder(affirmed, denied)).toEqual([denied, affirmed]);
  });

  it('names each member when the organisation flipped through them, and fits the date style', () => {
    const president: FlipSide = { ...affirmed, speaker: 'President Ana Ruiz', precision: 'week' };
    const spokesman: FlipSide = { ...denied, speaker: 'Spokesman Omid Rahimi', precision: 'month' };
    expect(flipSentence(spokesman, president, 'Government of Iran', 'iso')).toBe(
      'Government of Iran, through its members: Spokesman Omid Rahimi denied in 2020-01; ' +
        'President Ana Ruiz affirmed in the week of 2020-01-11',
    );
  });
});
