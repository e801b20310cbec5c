import { describe, expect, it } from 'vitest';
import { INITIAL_DRAFT, sameSettings, settingsOf, toRequest } from './report-draft';

describe('the report draft', () => {
  it('starts with dates as "17 October 2017" and sends the chosen date style', () => {
    expect(INITIAL_DRAFT.dateStyle).toBe('day-month-year');
    const wanted = toRequest({ ...INITIAL_DRAFT, dateStyle: 'iso' });
    expect('request' in wanted && wanted.request.dateStyle).toBe('iso');
  });

  it('remembers everything but the date, whatever order the sections were ticked in', () => {
    const draft = {
      ...INITIAL_DRAFT,
      date: '2017-10-20',
      sections: ['sources' as const, 'summary' as const],
    };
    expect(settingsOf(draft)).not.toHaveProperty('date');
    expect(settingsOf(draft).sections).toEqual(['summary', 'sources']);
    expect(sameSettings(draft, { ...INITIAL_DRAFT, sections: ['summary', 'sources'] })).toBe(true);
    expect(sameSettings(draft, { ...draft, citationStyle: 'apa' })).toBe(false);
  });

  it('says why a draft cannot make a report yet', () => {
    expect(toRequest({ ...INITIAL_DRAFT, scope: 'comparisons' })).toEqual({
      why: 'Choose at least one comparison.',
    });
    expect(toRequest({ ...INITIAL_DRAFT, scope: 'proposition' })).toEqual({
      why: 'Choose a proposition.',
    });
    expect(toRequest({ ...INITIAL_DRAFT, sections: [] })).toEqual({
      why: 'Choose at least one section.',
    });
  });
});
