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

describe('resolveSaidDate: days and weeks counted back from publication', () => {
  // 2020-01-09 was a Thursday; 2020-01-11 a Saturday, 2020-01-12 a Sunday.
  const thursday = '2020-01-09';
  const day = (date: string) => ({ date, precision: 'day' });
  const week = (date: string) => ({ date, precision: 'week' });

  it('reads today, this morning, yesterday and last night', () => {
    expect(resolveSaidDate('the ministry said today', thursday)).toEqual(day('2020-01-09'));
    expect(resolveSaidDate('told a briefing this morning', thursday)).toEqual(day('2020-01-09'));
    expect(resolveSaidDate('the envoy said yesterday', thursday)).toEqual(day('2020-01-08'));
    expect(resolveSaidDate('said in a speech last night', thursday)).toEqual(day('2020-01-08'));
  });

  it('reads "on Saturday" and its variants as the Saturday before publication', () => {
    for (const cue of ['said on Saturday', 'said late on Saturday', 'said last Saturday']) {
      expect(resolveSaidDate(cue, thursday), cue).toEqual(day('2020-01-04'));
    }
    expect(resolveSaidDate('said on Saturday night', '2020-01-11')).toEqual(day('2020-01-11'));
  });

  it('counts days back: "two days ago", "3 days ago"', () => {
    expect(resolveSaidDate('the spokesman said two days ago', thursday)).toEqual(day('2020-01-07'));
    expect(resolveSaidDate('said 3 days ago', thursday)).toEqual(day('2020-01-06'));
  });

  it('gives this week, last week and a week ago as a Monday', () => {
    expect(resolveSaidDate('said earlier this week', thursday)).toEqual(week('2020-01-06'));
    expect(resolveSaidDate('said last week', thursday)).toEqual(week('2019-12-30'));
    expect(resolveSaidDate('said a week ago', thursday)).toEqual(week('2019-12-30'));
  });

  it('gives a weekend as the week that holds it', () => {
    // On a Thursday the weekend spoken of is the one just past (4 and 5 January).
    expect(resolveSaidDate('said over the weekend', thursday)).toEqual(week('2019-12-30'));
    // A Sunday paper's "this weekend" is its own; its "last weekend" the one before.
    expect(resolveSaidDate('said this weekend', '2020-01-12')).toEqual(week('2020-01-06'));
    expect(resolveSaidDate('said last weekend', '2020-01-12')).toEqual(week('2019-12-30'));
  });

  it('gives last month as its first day', () => {
    expect(resolveSaidDate('said last month', thursday)).toEqual({
      date: '2019-12-01',
      precision: 'month',
    });
  });

  it('reads none of these without a publication date', () => {
    for (const cue of [
      'said yesterday',
      'said last night',
      'said two days ago',
      'said last week',
    ]) {
      expect(resolveSaidDate(cue), cue).toBeNull();
    }
  });
});
