import { describe, expect, it } from 'vitest';
import { resolveSaidDate } from './dates';

// 2017-10-19 was a Thursday.
const published = '2017-10-19';

describe('resolveSaidDate', () => {
  it('resolves weekdays to the most recent such day on or before publication', () => {
    expect(resolveSaidDate('said on Monday', published)).toEqual({
      date: '2017-10-16',
      precision: 'day',
    });
    expect(resolveSaidDate('claimed on Tuesday', published)).toEqual({
      date: '2017-10-17',
      precision: 'day',
    });
    expect(resolveSaidDate('reported on Wednesday that', published)).toEqual({
      date: '2017-10-18',
      precision: 'day',
    });
    // chrono alone would pick Friday 2017-10-20, the day after publication.
    expect(resolveSaidDate('Trump said on Friday', published)).toEqual({
      date: '2017-10-13',
      precision: 'day',
    });
    expect(resolveSaidDate('said late Sunday', published)).toEqual({
      date: '2017-10-15',
      precision: 'day',
    });
    expect(resolveSaidDate('said on Thursday', published)).toEqual({
      date: '2017-10-19',
      precision: 'day',
    });
  });

  it('gives a week as its Monday and a month as its first day', () => {
    expect(resolveSaidDate('Dillon said this week', published)).toEqual({
      date: '2017-10-16',
      precision: 'week',
    });
    expect(resolveSaidDate('said last week', published)).toEqual({
      date: '2017-10-09',
      precision: 'week',
    });
    expect(resolveSaidDate('earlier this month', published)).toEqual({
      date: '2017-10-01',
      precision: 'month',
    });
    expect(resolveSaidDate('In February, Chakrapani said', published)).toEqual({
      date: '2017-02-01',
      precision: 'month',
    });
  });

  it('resolves yesterday and dates without a year into the past', () => {
    expect(resolveSaidDate('told TASS yesterday', published)).toEqual({
      date: '2017-10-18',
      precision: 'day',
    });
    expect(resolveSaidDate('said on December 3', published)).toEqual({
      date: '2016-12-03',
      precision: 'day',
    });
    expect(resolveSaidDate('said on October 5', published)).toEqual({
      date: '2017-10-05',
      precision: 'day',
    });
  });

  it('without a publication date, keeps only absolute dates', () => {
    expect(resolveSaidDate('said on Monday')).toBeNull();
    expect(resolveSaidDate('said on October 5, 2017')).toEqual({
      date: '2017-10-05',
      precision: 'day',
    });
  });

  it('finds nothing in cues without a date, or in a name like May', () => {
    expect(resolveSaidDate('said in a statement', published)).toBeNull();
    expect(resolveSaidDate("called Prime Minister Theresa May's deal", published)).toBeNull();
  });
});
