import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';

/**
 * What a statement accepted from the review queue carries over from its source: a date from the
 * words when they give one, else the source's date marked as such; and a new speaker's kind.
 */
const TEXT =
  'Talks stalled again. “We will not sign this agreement,” Foreign Minister Jane Doe said on Monday. ' +
  '“The terms are unacceptable,” she added. ' +
  'The Ministry of Peshmerga said in a statement that the guards were directly involved in the attacks.';

describe('accepting a proposal: its date and its speaker’s kind', () => {
  const ws = useTempWorkspace();

  function queue(publishedOn: string | null) {
    const c = ws.client;
    const source = c.createSource({ title: 'Talks stall', body: TEXT, publishedOn });
    c.extractCandidates({ sourceId: source.id });
    const pending = c.listCandidates({ sourceId: source.id, status: 'pending' });
    const find = (start: string) => pending.find((p) => p.text.startsWith(start))!;
    return { c, source, find };
  }

  it('keeps a date the text gives, marked as the text’s', () => {
    const { c, find } = queue('2020-03-05');
    const s = c.acceptCandidate({ id: find('We will not sign').id });
    expect(s).toMatchObject({ saidOn: '2020-03-02', saidOnPrecision: 'day', saidOnFrom: 'text' });
  });

  it('gives a proposal whose text has no date the source’s date, as a day, from the source', () => {
    const { c, find } = queue('2020-03-05');
    const proposal = find('The terms');
    expect(proposal.saidOn).toBeNull();
    const s = c.acceptCandidate({ id: proposal.id });
    expect(s).toMatchObject({ saidOn: '2020-03-05', saidOnPrecision: 'day', saidOnFrom: 'source' });
    expect(c.getStatement({ id: s.id }).saidOnFrom).toBe('source');
  });

  it('leaves the statement undated when neither the text nor the source has a date', () => {
    const { c, find } = queue(null);
    const s = c.acceptCandidate({ id: find('The terms').id });
    expect(s).toMatchObject({ saidOn: null, saidOnPrecision: null, saidOnFrom: null });
  });

  it('takes the researcher’s date as theirs, and a cleared date as no date', () => {
    const { c, find } = queue('2020-03-05');
    const typed = c.acceptCandidate({ id: find('The terms').id, saidOn: '2020-03-01' });
    expect(typed).toMatchObject({ saidOn: '2020-03-01', saidOnFrom: 'user' });
    const widened = c.acceptCandidate({ id: find('We will not').id, saidOnPrecision: 'week' });
    expect(widened).toMatchObject({
      saidOn: '2020-03-02',
      saidOnPrecision: 'week',
      saidOnFrom: 'user',
    });
    const cleared = c.acceptCandidate({ id: find('the guards').id, saidOn: null });
    expect(cleared).toMatchObject({ saidOn: null, saidOnFrom: null });
  });

  it('keeps the source’s mark through an edit that leaves the date alone, not through one that changes it', () => {
    const { c, find } = queue('2020-03-05');
    const s = c.acceptCandidate({ id: find('The terms').id });
    const edited = c.updateStatement({
      id: s.id,
      venue: 'Press conference',
      saidOn: s.saidOn,
      saidOnPrecision: s.saidOnPrecision,
    });
    expect(edited.saidOnFrom).toBe('source');
    expect(c.updateStatement({ id: s.id, saidOnPrecision: 'week' }).saidOnFrom).toBe('user');
    expect(c.updateStatement({ id: s.id, saidOn: null }).saidOnFrom).toBeNull();
  });

  it('marks a statement typed in by hand as dated by a person', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Jane Doe', kind: 'person', aliases: [] });
    const dated = c.createStatement({ speakerId: speaker.id, text: 'No.', saidOn: '2020-03-02' });
    const undated = c.createStatement({ speakerId: speaker.id, text: 'Yes.' });
    expect(dated.saidOnFrom).toBe('user');
    expect(undated.saidOnFrom).toBeNull();
  });

  it('creates a new speaker with the kind its name reads as, and leaves a known one as it is', () => {
    const { c, find } = queue('2020-03-05');
    const ministry = c.acceptCandidate({ id: find('the guards').id });
    expect(c.getActor({ id: ministry.speakerId })).toMatchObject({
      name: 'Ministry of Peshmerga',
      kind: 'government',
    });
    const minister = c.acceptCandidate({ id: find('We will not').id });
    expect(c.getActor({ id: minister.speakerId }).kind).toBe('person');
    // A speaker already in the workspace keeps the kind a person gave it.
    const known = c.createActor({ name: 'Rudaw', kind: 'person', aliases: [] });
    const s = c.acceptCandidate({ id: find('The terms').id, speaker: 'Rudaw' });
    expect(s.speakerId).toBe(known.id);
    expect(c.getActor({ id: known.id }).kind).toBe('person');
  });

  it('tells the conflict board, the matrix and search where each date came from', () => {
    const { c, find } = queue('2020-03-05');
    const fromText = c.acceptCandidate({ id: find('We will not sign').id });
    const fromSource = c.acceptCandidate({ id: find('The terms').id });
    const speaker = c.createActor({ name: 'Jane Doe', kind: 'person', aliases: [] });
    const undated = c.createStatement({ speakerId: speaker.id, text: 'We will sign the terms.' });
    const p = c.createProposition({ text: 'The minister will sign the agreement' });
    c.setStance({ statementId: fromText.id, propositionId: p.id, stance: 'denies' });
    c.setStance({ statementId: fromSource.id, propositionId: p.id, stance: 'denies' });
    c.setStance({ statementId: undated.id, propositionId: p.id, stance: 'affirms' });

    const origins = new Map<string, unknown>();
    for (const conflict of c.listConflicts({}).items)
      for (const side of [conflict.a, conflict.b]) origins.set(side.statementId, side.dateFrom);
    const expected = new Map<string, unknown>([
      [fromText.id, 'text'],
      [fromSource.id, 'source'],
      [undated.id, null],
    ]);
    expect(origins).toEqual(expected);

    const matrix = new Map<string, unknown>();
    for (const cell of c.positionMatrix({}).cells)
      for (const st of cell.stances) matrix.set(st.statementId, st.dateFrom);
    expect(matrix).toEqual(expected);

    const found = c.search({ query: 'terms' }).results;
    expect(new Map(found.map((r) => [r.statementId, r.saidOnFrom]))).toEqual(
      new Map([
        [fromSource.id, 'source'],
        [undated.id, null],
      ]),
    );
  });

  it('undoes an accept with its new speaker and the date it took', () => {
    const { c, find } = queue('2020-03-05');
    const s = c.acceptCandidate({ id: find('the guards').id });
    c.undo();
    expect(c.listStatements({}).total).toBe(0);
    expect(c.listActors({}).items.map((a) => a.id)).not.toContain(s.speakerId);
  });
});
