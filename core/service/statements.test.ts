import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ServiceClient } from '.';
import type { Input } from '../api';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

describe('statements', () => {
  const ws = useTempWorkspace();

  it('stores every field and gives it back, text trimmed and NFC-normalised', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const outlet = c.createActor({ name: 'Agency', kind: 'outlet' });
    const source = c.createSource({ title: 'Interview', body: 'He said: café au lait.' });
    const statement = c.createStatement({
      speakerId: speaker.id,
      text: '  cafe\u0301 au lait  ',
      kind: 'paraphrase',
      sourceId: source.id,
      language: 'fr',
      translation: 'coffee with milk',
      translationLanguage: 'en',
      saidOn: '2022-02-01',
      saidOnPrecision: 'month',
      role: 'Spokesman',
      venue: 'Press room',
      reportedViaId: outlet.id,
      cue: 'He said',
      anchor: { exact: 'café au lait', prefix: 'He said: ', suffix: '.', start: 9, end: 21 },
    });
    expect(statement).toMatchObject({
      speakerId: speaker.id,
      speakerName: 'Speaker',
      sourceId: source.id,
      sourceTitle: 'Interview',
      text: 'café au lait',
      kind: 'paraphrase',
      language: 'fr',
      translation: 'coffee with milk',
      translationLanguage: 'en',
      saidOn: '2022-02-01',
      saidOnPrecision: 'month',
      role: 'Spokesman',
      venue: 'Press room',
      reportedViaId: outlet.id,
      reportedViaName: 'Agency',
      cue: 'He said',
      anchor: { exact: 'café au lait', prefix: 'He said: ', suffix: '.', start: 9, end: 21 },
    });
    expect(statement.text).toBe('caf\u00e9 au lait');
    expect(c.getStatement({ id: statement.id })).toMatchObject(statement);

    const cleared = c.updateStatement({
      id: statement.id,
      anchor: null,
      translation: '',
      sourceId: null,
    });
    expect(cleared).toMatchObject({
      anchor: null,
      translation: null,
      sourceId: null,
      sourceTitle: null,
    });
    expect(cleared.text).toBe('café au lait');
  });

  it('treats a date without precision as a day, and refuses a precision without a date', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const s = c.createStatement({ speakerId: speaker.id, text: 'Dated.', saidOn: '2020-06-15' });
    expect(s.saidOnPrecision).toBe('day');
    expectError(
      () => c.createStatement({ speakerId: speaker.id, text: 'x', saidOnPrecision: 'year' }),
      'invalid_input',
      /precision/,
    );
    expect(c.updateStatement({ id: s.id, saidOnPrecision: 'year' })).toMatchObject({
      saidOn: '2020-06-15',
      saidOnPrecision: 'year',
    });
    expect(c.updateStatement({ id: s.id, saidOn: null })).toMatchObject({
      saidOn: null,
      saidOnPrecision: null,
    });
    expectError(() => c.updateStatement({ id: s.id, saidOnPrecision: 'month' }), 'invalid_input');
  });

  it('keeps the date precision when only the date is edited', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const s = c.createStatement({
      speakerId: speaker.id,
      text: 'Some time that year.',
      saidOn: '2019-01-01',
      saidOnPrecision: 'year',
    });
    expect(c.updateStatement({ id: s.id, saidOn: '2018-01-01' })).toMatchObject({
      saidOn: '2018-01-01',
      saidOnPrecision: 'year',
    });
    expect(
      c.updateStatement({ id: s.id, saidOn: '2018-03-01', saidOnPrecision: 'month' }),
    ).toMatchObject({
      saidOnPrecision: 'month',
    });
    // An undated statement given a date becomes a day.
    const undated = c.createStatement({ speakerId: speaker.id, text: 'Undated.' });
    expect(c.updateStatement({ id: undated.id, saidOn: '2018-01-01' }).saidOnPrecision).toBe('day');
  });

  it('stores a week as its Monday, whether typed, edited or accepted from the queue', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    // Thursday 9 January 2020, said "that week".
    const typed = c.createStatement({
      speakerId: speaker.id,
      text: 'We will answer this week.',
      saidOn: '2020-01-09',
      saidOnPrecision: 'week',
    });
    expect(typed).toMatchObject({ saidOn: '2020-01-06', saidOnPrecision: 'week' });
    // Made a week later: the day it had becomes its week's Monday.
    const day = c.createStatement({ speakerId: speaker.id, text: 'Soon.', saidOn: '2020-01-12' });
    expect(c.updateStatement({ id: day.id, saidOnPrecision: 'week' }).saidOn).toBe('2020-01-06');
    // A new day for a week statement moves it to that day's week.
    expect(c.updateStatement({ id: typed.id, saidOn: '2020-01-15' }).saidOn).toBe('2020-01-13');
    // Accepted from the queue with a week typed in, and read as a week from the words.
    const source = c.createSource({
      title: 'Notes',
      body: 'The minister said the talks would resume. “We will stay,” envoy Ali Reza said this week.',
      publishedOn: '2020-01-09',
    });
    c.extractCandidates({ sourceId: source.id });
    const proposals = c.listCandidates({ sourceId: source.id, status: 'pending' });
    const minister = proposals.find((p) => p.speaker?.includes('minister'))!;
    const typedWeek = c.acceptCandidate({
      id: minister.id,
      saidOn: '2020-01-09',
      saidOnPrecision: 'week',
    });
    expect(typedWeek).toMatchObject({ saidOn: '2020-01-06', saidOnFrom: 'user' });
    const envoy = proposals.find((p) => p.speaker === 'Ali Reza')!;
    const readWeek = c.acceptCandidate({ id: envoy.id });
    expect(readWeek).toMatchObject({ saidOn: '2020-01-06', saidOnPrecision: 'week' });
    // A form that sends the stored week back unchanged keeps where the date came from.
    const resent = c.updateStatement({
      id: readWeek.id,
      saidOn: readWeek.saidOn,
      saidOnPrecision: 'week',
      venue: 'Briefing',
    });
    expect(resent.saidOnFrom).toBe('text');
  });

  it('refuses references to records that do not exist, changing nothing', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const statement = c.createStatement({ speakerId: speaker.id, text: 'Original.' });
    const before = snapshotTables(ws.db);
    const missing = randomUUID();
    expectError(
      () => c.createStatement({ speakerId: speaker.id, text: 'x', sourceId: missing }),
      'not_found',
      /source/,
    );
    expectError(
      () => c.createStatement({ speakerId: speaker.id, text: 'x', reportedViaId: missing }),
      'not_found',
    );
    expectError(
      () => c.createStatement({ speakerId: speaker.id, text: 'x', tagIds: [missing] }),
      'not_found',
      /tag/,
    );
    expectError(
      () => c.updateStatement({ id: statement.id, speakerId: missing }),
      'not_found',
      /speaker/,
    );
    expectError(() => c.updateStatement({ id: statement.id, sourceId: missing }), 'not_found');
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('lists the speaker’s affiliations current on the statement’s date', () => {
    const c = ws.client;
    const person = c.createActor({ name: 'Diplomat' });
    const ministry = c.createActor({ name: 'Ministry', kind: 'government' });
    const embassy = c.createActor({ name: 'Embassy', kind: 'organisation' });
    const party = c.createActor({ name: 'Party', kind: 'organisation' });
    c.addMembership({
      actorId: person.id,
      organisationId: ministry.id,
      startDate: '2010-01-01',
      endDate: '2015-12-31',
    });
    c.addMembership({ actorId: person.id, organisationId: embassy.id, startDate: '2018-01-01' });
    c.addMembership({ actorId: person.id, organisationId: party.id });

    const affiliations = (saidOn: string | null) => {
      const s = c.createStatement({ speakerId: person.id, text: `Said on ${saidOn}`, saidOn });
      return c.getStatement({ id: s.id }).affiliations.map((m) => m.organisationName);
    };
    expect(affiliations('2012-05-05')).toEqual(['Ministry', 'Party']);
    expect(affiliations('2010-01-01')).toEqual(['Ministry', 'Party']);
    expect(affiliations('2015-12-31')).toEqual(['Ministry', 'Party']);
    expect(affiliations('2016-01-01')).toEqual(['Party']);
    expect(affiliations('2009-12-31')).toEqual(['Party']);
    expect(affiliations('2020-01-01')).toEqual(['Embassy', 'Party']);
    expect(affiliations(null)).toEqual(['Embassy', 'Ministry', 'Party']);
  });
});

/** A small dataset for the listing filters. */
function seedForFilters(c: ServiceClient) {
  const alice = c.createActor({ name: 'Alice' });
  const bob = c.createActor({ name: 'Bob' });
  const council = c.createActor({ name: 'Council', kind: 'organisation' });
  c.addMembership({
    actorId: alice.id,
    organisationId: council.id,
    startDate: '2020-01-01',
    endDate: '2020-12-31',
  });
  c.addMembership({ actorId: bob.id, organisationId: council.id, startDate: '2021-06-01' });
  const source = c.createSource({ title: 'Minutes' });
  const tag = c.createTag({ name: 'budget' });
  const proposition = c.createProposition({ text: 'The budget passes' });

  const add = (
    speakerId: string,
    text: string,
    saidOn: string | null,
    extra: Partial<Input<'createStatement'>> = {},
  ) => c.createStatement({ speakerId, text, saidOn, ...extra });
  const s = {
    alice2019: add(alice.id, 'Alice 2019', '2019-06-01'),
    alice2020: add(alice.id, 'Alice 2020', '2020-06-01', { sourceId: source.id, tagIds: [tag.id] }),
    alice2021: add(alice.id, 'Alice 2021', '2021-06-01', { kind: 'paraphrase' }),
    bob2020: add(bob.id, 'Bob 2020', '2020-06-01', { tagIds: [tag.id] }),
    bob2022: add(bob.id, 'Bob 2022', '2022-01-01', { sourceId: source.id }),
    bobUndated: add(bob.id, 'Bob undated', null),
    council2021: add(council.id, 'Council 2021', '2021-01-01', { kind: 'paraphrase' }),
  };
  c.setStance({ statementId: s.alice2020.id, propositionId: proposition.id, stance: 'affirms' });
  c.setStance({ statementId: s.bob2022.id, propositionId: proposition.id, stance: 'denies' });
  return { alice, bob, council, source, tag, proposition, s };
}

describe('listing statements', () => {
  const ws = useTempWorkspace();

  it('filters by speaker, source, tag, proposition, kind and date, with a total', () => {
    const c = ws.client;
    const { alice, bob, source, tag, proposition } = seedForFilters(c);
    const texts = (filter: Input<'listStatements'>) =>
      c.listStatements(filter).items.map((x) => x.text);

    expect(c.listStatements({}).total).toBe(7);
    expect(texts({ speakerId: alice.id })).toEqual(['Alice 2019', 'Alice 2020', 'Alice 2021']);
    expect(texts({ sourceId: source.id })).toEqual(['Alice 2020', 'Bob 2022']);
    expect(texts({ tagId: tag.id })).toEqual(['Alice 2020', 'Bob 2020']);
    expect(texts({ propositionId: proposition.id })).toEqual(['Alice 2020', 'Bob 2022']);
    expect(texts({ kind: 'paraphrase' })).toEqual(['Council 2021', 'Alice 2021']);
    expect(texts({ from: '2020-06-01', to: '2021-01-01' })).toEqual([
      'Alice 2020',
      'Bob 2020',
      'Council 2021',
    ]);
    expect(texts({ from: '2021-06-01' })).toEqual(['Alice 2021', 'Bob 2022']);
    expect(texts({ to: '2019-12-31' })).toEqual(['Alice 2019']);
    expect(texts({ speakerId: bob.id, tagId: tag.id })).toEqual(['Bob 2020']);
    expect(texts({ speakerId: bob.id, kind: 'paraphrase' })).toEqual([]);
    expect(texts({ tagId: randomUUID() })).toEqual([]);

    const page = c.listStatements({ speakerId: alice.id, limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((x) => x.text)).toEqual(['Alice 2020', 'Alice 2021']);
  });

  it('filters by affiliation on the dates the membership was current', () => {
    const c = ws.client;
    const { council } = seedForFilters(c);
    const result = c.listStatements({ affiliationId: council.id });
    // Alice was a member in 2020 only, Bob from mid-2021; the council's own statements count,
    // and an undated statement is not ruled out by dates.
    expect(result.items.map((x) => x.text)).toEqual([
      'Bob undated',
      'Alice 2020',
      'Council 2021',
      'Bob 2022',
    ]);
    expect(result.total).toBe(4);
    expect(c.listStatements({ affiliationId: council.id, from: '2021-01-01' }).total).toBe(2);
  });

  it('orders by date (undated first) or by creation', () => {
    const c = ws.client;
    seedForFilters(c);
    const byDate = c.listStatements({}).items.map((x) => x.text);
    expect(byDate).toEqual([
      'Bob undated',
      'Alice 2019',
      'Alice 2020',
      'Bob 2020',
      'Council 2021',
      'Alice 2021',
      'Bob 2022',
    ]);
    const byCreation = c.listStatements({ order: 'created' }).items.map((x) => x.text);
    expect(byCreation).toEqual([
      'Alice 2019',
      'Alice 2020',
      'Alice 2021',
      'Bob 2020',
      'Bob 2022',
      'Bob undated',
      'Council 2021',
    ]);
  });
});
