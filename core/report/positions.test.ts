import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';
import { buildReport, distinctTitles } from './build';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { statementsById, flipWords } from './statement-facts';
import { reportOptions } from './test-reports';

const ws = useTempWorkspace();

describe('positions in a report', () => {
  it('a flip reads as a change of position, earlier first, and each statement is listed once', () => {
    const c = ws.client;
    const cabinet = c.createActor({ name: 'Cabinet of Ruritania', kind: 'government' });
    const p = c.createProposition({ text: 'The airliner was shot down by the air force' });
    const later = c.createStatement({
      speakerId: cabinet.id,
      text: 'Our air defence fired on the aircraft in error.',
      saidOn: '2020-01-11',
    });
    const earlier = c.createStatement({
      speakerId: cabinet.id,
      text: 'No missile was fired at any civilian aircraft.',
      saidOn: '2020-01-08',
    });
    c.setStance({ statementId: later.id, propositionId: p.id, stance: 'affirms' });
    c.setStance({ statementId: earlier.id, propositionId: p.id, stance: 'denies' });
    const model = buildReport(c, reportOptions({ scope: { kind: 'proposition', id: p.id } }));
    const [position] = model.positions;
    expect(position).toMatchObject({
      affirms: [later.id],
      denies: [earlier.id],
      conflictingPairs: 1,
      flips: [{ earlierId: earlier.id, laterId: later.id, organisation: null }],
    });
    const words = flipWords(
      position!.flips[0]!,
      position!,
      statementsById(model),
      'day-month-year',
    );
    expect(words).toBe(
      'Cabinet of Ruritania denied on 8 January 2020; affirmed on 11 January 2020',
    );
    const html = renderHtml(model);
    expect(html).toContain(words);
    expect(html.match(/No missile was fired/g)).toHaveLength(2); // positions and timeline
    expect(renderMarkdown(model)).toContain(`**FLIP:** ${words}`);
  });

  it('an undated proposal accepted from a source carries the source’s date, marked as such', () => {
    const c = ws.client;
    const source = c.createSource({
      title: 'Harbour talks',
      publishedOn: '2022-05-14',
      body: '“The harbour stays open to every ship,” the port director Ana Ruiz said.',
    });
    c.extractCandidates({ sourceId: source.id });
    const [candidate] = c.listCandidates({ sourceId: source.id, status: 'pending' });
    const statement = c.acceptCandidate({ id: candidate!.id });
    const p = c.createProposition({ text: 'The harbour is open' });
    c.setStance({ statementId: statement.id, propositionId: p.id, stance: 'affirms' });
    const model = buildReport(c, reportOptions({ scope: { kind: 'all' } }));
    expect(model.statements[0]).toMatchObject({ date: '2022-05-14', dateFrom: 'source' });
    expect(renderHtml(model)).toContain('14 May 2022 (date of the source) · quotation');
    const us = buildReport(
      c,
      reportOptions({ scope: { kind: 'all' }, dateStyle: 'month-day-year' }),
    );
    expect(renderMarkdown(us)).toContain('May 14, 2022 (date of the source)');
  });

  it('quotations print in marks without the comma the sentence carried over; paraphrases are labelled', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Envoy' });
    const p = c.createProposition({ text: 'Talks resumed' });
    const quote = c.createStatement({
      speakerId: a.id,
      text: 'We met again this morning,',
      kind: 'quote',
    });
    const para = c.createStatement({
      speakerId: a.id,
      text: 'the talks had resumed',
      kind: 'paraphrase',
    });
    for (const s of [quote, para])
      c.setStance({ statementId: s.id, propositionId: p.id, stance: 'affirms' });
    const model = buildReport(c, reportOptions({ scope: { kind: 'all' } }));
    const html = renderHtml(model);
    expect(html).toContain('“We met again this morning”');
    expect(html).not.toContain('morning,”');
    expect(html).toContain('<span class="label">Paraphrase:</span> the talks had resumed');
    const md = renderMarkdown(model);
    expect(md).toContain('> “We met again this morning”');
    expect(md).toContain('*Paraphrase:* the talks had resumed');
  });

  it('two comparisons never print the same heading', () => {
    expect(distinctTitles(['A vs B', 'C', 'A vs B', 'A vs B'])).toEqual([
      'A vs B',
      'C',
      'A vs B (2)',
      'A vs B (3)',
    ]);
    expect(distinctTitles(['X', 'X (2)', 'X'])).toEqual(['X', 'X (2)', 'X (3)']);
  });
});

describe('quotations that no longer match their source', () => {
  it('are marked in the report, never printed as verbatim', () => {
    const c = ws.client;
    const body =
      'The minister told reporters: “We will reopen the crossing on Friday.” Nothing more.';
    const source = c.createSource({ title: 'Crossing to reopen', body });
    const exact = 'We will reopen the crossing on Friday.';
    const start = body.indexOf(exact);
    const minister = c.createActor({ name: 'Minister of Transport' });
    const faithful = c.createStatement({
      speakerId: minister.id,
      sourceId: source.id,
      text: exact,
      anchor: { exact, start, end: start + exact.length },
    });
    const edited = c.createStatement({
      speakerId: minister.id,
      sourceId: source.id,
      text: exact,
      anchor: { exact, start, end: start + exact.length },
    });
    c.updateStatement({ id: edited.id, text: 'We will reopen the crossing on Saturday.' });
    const p = c.createProposition({ text: 'The crossing reopens this week' });
    for (const s of [faithful, edited]) {
      c.setStance({ statementId: s.id, propositionId: p.id, stance: 'affirms' });
    }
    const model = buildReport(c, reportOptions({ scope: { kind: 'all' } }));
    const byId = statementsById(model);
    expect(byId.get(faithful.id)!.fidelity).toBe('matches');
    expect(byId.get(edited.id)!.fidelity).toBe('differs');
    const html = renderHtml(model);
    expect(html).toContain('quotation (differs from the source)');
    expect(html.match(/differs from the source\)/g)).toHaveLength(1);
    expect(model.method.join(' ')).toContain('is not given as verbatim');
  });
});
