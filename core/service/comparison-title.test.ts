import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';
import { composeComparisonTitle, shorten } from './comparison-title';

const undated = (name: string) => ({ name, saidOn: null, saidOnPrecision: null });

describe('composing a comparison title', () => {
  it('names the speakers in column order and the proposition', () => {
    expect(
      composeComparisonTitle(
        [undated('Harbour Authority'), undated('Dockworkers Union')],
        'The night shift was cancelled.',
      ),
    ).toBe('Harbour Authority vs Dockworkers Union on: The night shift was cancelled');
  });

  it('tells one speaker apart from itself by date', () => {
    expect(
      composeComparisonTitle(
        [
          { name: 'Mayor Okafor', saidOn: '2019-04-02', saidOnPrecision: 'day' },
          { name: 'Mayor Okafor', saidOn: '2019-09-01', saidOnPrecision: 'month' },
        ],
        null,
      ),
    ).toBe('Mayor Okafor (2 April 2019) vs Mayor Okafor (September 2019)');
  });

  it('counts the speakers past the third instead of listing them', () => {
    const five = ['Ana', 'Ben', 'Cai', 'Dov', 'Eli'].map(undated);
    expect(composeComparisonTitle(five, null)).toBe('Ana vs Ben vs Cai and 2 others');
    expect(composeComparisonTitle(five.slice(0, 4), null)).toBe('Ana vs Ben vs Cai vs Dov');
  });

  it('shortens a long proposition at a word and marks the cut', () => {
    const long =
      'The regional water board knowingly released untreated runoff into the estuary during every week of the spring flood season';
    const title = composeComparisonTitle([undated('Board'), undated('Fishers')], long);
    expect(title.startsWith('Board vs Fishers on: The regional water board knowingly')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThan(130);
    expect(long).toContain(title.slice('Board vs Fishers on: '.length, -1));
  });

  it('cuts a name without spaces mid-word rather than dropping it', () => {
    expect(shorten('x'.repeat(60), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(shorten('  short   name ', 40)).toBe('short name');
  });
});

describe('default comparison titles in a workspace', () => {
  const ws = useTempWorkspace();

  function dispute() {
    const c = ws.client;
    const harbour = c.createActor({ name: 'Harbour Authority', kind: 'organisation' });
    const union = c.createActor({ name: 'Dockworkers Union', kind: 'organisation' });
    const cancelled = c.createProposition({ text: 'The night shift was cancelled' });
    const paid = c.createProposition({ text: 'Overtime was paid in full' });
    const denial = c.createStatement({
      speakerId: harbour.id,
      text: 'No shift has been cancelled at any berth.',
    });
    const claim = c.createStatement({
      speakerId: union.id,
      text: 'Our members were sent home before the night shift began.',
    });
    c.setStance({ statementId: denial.id, propositionId: cancelled.id, stance: 'denies' });
    c.setStance({ statementId: claim.id, propositionId: cancelled.id, stance: 'affirms' });
    return { denial, claim, cancelled, paid };
  }

  it('is given when no title is, naming the proposition both statements take a stance on', () => {
    const { denial, claim } = dispute();
    const comparison = ws.client.createComparison({ statementIds: [claim.id, denial.id] });
    expect(comparison.title).toBe(
      'Dockworkers Union vs Harbour Authority on: The night shift was cancelled',
    );
  });

  it('names the proposition the caller gives, even one the statements share no stance on', () => {
    const { denial, claim, paid } = dispute();
    const comparison = ws.client.createComparison({
      statementIds: [denial.id, claim.id],
      propositionId: paid.id,
    });
    expect(comparison.title).toBe(
      'Harbour Authority vs Dockworkers Union on: Overtime was paid in full',
    );
  });

  it('names only the speakers when the statements share no proposition', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Port Doctor' });
    const b = c.createActor({ name: 'Night Watchman' });
    const one = c.createStatement({ speakerId: a.id, text: 'Two workers were treated for cold.' });
    const two = c.createStatement({ speakerId: b.id, text: 'The gates were locked at ten.' });
    expect(c.createComparison({ statementIds: [one.id, two.id] }).title).toBe(
      'Port Doctor vs Night Watchman',
    );
  });

  it('adds a number when the default title is already taken, but keeps a given title as is', () => {
    const c = ws.client;
    const { denial, claim } = dispute();
    const base = 'Dockworkers Union vs Harbour Authority on: The night shift was cancelled';
    const titles = [1, 2, 3].map(
      () => c.createComparison({ statementIds: [claim.id, denial.id] }).title,
    );
    expect(titles).toEqual([base, `${base} (2)`, `${base} (3)`]);
    expect(c.createComparison({ title: base, statementIds: [claim.id, denial.id] }).title).toBe(
      base,
    );
  });

  it('numbers titles holding LIKE wildcards and characters outside the BMP too', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Crew_7 at 100% 🚢' });
    const b = c.createActor({ name: 'Port 𝔄uthority' });
    const ids = ['We sailed.', 'They did not sail.'].map(
      (text, i) => c.createStatement({ speakerId: (i ? b : a).id, text }).id,
    );
    const first = c.createComparison({ statementIds: ids }).title;
    expect(first).toBe('Crew_7 at 100% 🚢 vs Port 𝔄uthority');
    expect(c.createComparison({ statementIds: ids }).title).toBe(`${first} (2)`);
    expect(c.createComparison({ statementIds: ids }).title).toBe(`${first} (3)`);
  });

  it('refuses a proposition that does not exist', () => {
    const { denial, claim } = dispute();
    expectError(
      () =>
        ws.client.createComparison({
          statementIds: [denial.id, claim.id],
          propositionId: '00000000-0000-4000-8000-000000000000',
        }),
      'not_found',
      /proposition/,
    );
  });
});

describe('renaming a comparison', () => {
  const ws = useTempWorkspace();

  it('changes the title as one undoable step, leaving the assessment alone', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Ferry Operator' });
    const ids = ['Sailings resume Monday.', 'Sailings stay suspended.'].map(
      (text) => c.createStatement({ speakerId: speaker.id, text }).id,
    );
    const comparison = c.createComparison({
      title: 'Ferry timetable',
      statementIds: ids,
      assessment: 'The operator contradicts itself within a day.',
    });
    const renamed = c.updateComparison({ id: comparison.id, title: '  Ferry sailings, April  ' });
    expect(renamed.title).toBe('Ferry sailings, April');
    expect(renamed.assessment).toBe('The operator contradicts itself within a day.');
    expect(c.historyState().undoSummary).toBe(
      'Rename comparison “Ferry timetable” to “Ferry sailings, April”',
    );
    c.undo();
    expect(c.getComparison({ id: comparison.id }).title).toBe('Ferry timetable');
    c.redo();
    expect(c.getComparison({ id: comparison.id }).title).toBe('Ferry sailings, April');
  });

  it('refuses a blank title', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Ferry Operator' });
    const ids = ['One.', 'Two.'].map(
      (text) => c.createStatement({ speakerId: speaker.id, text }).id,
    );
    const comparison = c.createComparison({ title: 'Kept', statementIds: ids });
    expectError(
      () => c.updateComparison({ id: comparison.id, title: '   ' }),
      'invalid_input',
      /empty/,
    );
    expect(c.getComparison({ id: comparison.id }).title).toBe('Kept');
  });
});
