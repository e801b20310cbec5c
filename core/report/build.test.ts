import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/build-sample';
import { useTempWorkspace } from '../test/temp-workspace';
import { expectError } from '../test/expect-error';
import { buildReport } from './build';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { reportOptions } from './test-reports';

const ws = useTempWorkspace();

describe('report scope', () => {
  it('everything: every comparison and every contested proposition in the workspace', () => {
    buildSample(ws.client);
    const model = buildReport(ws.client, reportOptions({ scope: { kind: 'all' } }));
    expect(model.scope).toBe('Everything in the workspace');
    expect(model.comparisons).toHaveLength(2);
    const contested = new Set(ws.client.listConflicts({}).items.map((c) => c.proposition.id));
    expect(
      model.positions
        .filter((p) => p.conflictingPairs > 0)
        .map((p) => p.propositionId)
        .sort(),
    ).toEqual([...contested].sort());
    expect(model.counts.conflicts).toBe(contested.size);
  });

  it('one proposition: the comparisons bearing on it and only its conflicts', () => {
    const ids = buildSample(ws.client);
    const model = buildReport(
      ws.client,
      reportOptions({ scope: { kind: 'proposition', id: ids.propositions['iran-role'] } }),
    );
    expect(model.scope).toMatch(/^Proposition: /);
    expect(model.comparisons.map((c) => c.id)).toEqual([ids.comparisons['velayati-vs-ministry']]);
    expect(model.positions.map((p) => p.propositionId)).toEqual([ids.propositions['iran-role']]);
    expect(model.positions[0]!.conflictingPairs).toBeGreaterThan(0);
  });

  it('a proposition no comparison covers: its statements, once each, by side, no made-up comparison', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Spokesman A' });
    const b = c.createActor({ name: 'Spokesman B' });
    const p = c.createProposition({ text: 'The bridge was closed' });
    const yes = c.createStatement({
      speakerId: a.id,
      text: 'The bridge is closed.',
      saidOn: '2020-01-02',
    });
    const no = c.createStatement({
      speakerId: b.id,
      text: 'The bridge is not closed.',
      saidOn: '2020-01-01',
    });
    c.setStance({ statementId: yes.id, propositionId: p.id, stance: 'affirms' });
    c.setStance({ statementId: no.id, propositionId: p.id, stance: 'denies' });
    const model = buildReport(c, reportOptions({ scope: { kind: 'proposition', id: p.id } }));
    expect(model.comparisons).toHaveLength(0);
    expect(model.statements.map((s) => s.id)).toEqual([no.id, yes.id]);
    expect(model.positions).toEqual([
      expect.objectContaining({ affirms: [yes.id], denies: [no.id], conflictingPairs: 1 }),
    ]);
    expect(model.counts).toEqual({ statements: 2, sources: 0, comparisons: 0, conflicts: 1 });
  });

  it('comparisons: in the order given; an unknown one is not_found', () => {
    const ids = buildSample(ws.client);
    const order = [ids.comparisons['velayati-vs-ministry'], ids.comparisons['dillon-vs-fighter']];
    const model = buildReport(
      ws.client,
      reportOptions({ scope: { kind: 'comparisons', ids: order } }),
    );
    expect(model.comparisons.map((c) => c.id)).toEqual(order);
    expect(model.scope).toBe('2 comparisons');
    expectError(
      () =>
        buildReport(
          ws.client,
          reportOptions({ scope: { kind: 'comparisons', ids: [crypto.randomUUID()] } }),
        ),
      'not_found',
    );
  });

  it('the request is checked: no section, no comparison, a bad date or style', () => {
    const bad = [
      { scope: { kind: 'comparisons', ids: [] } },
      { scope: { kind: 'all' }, sections: [] },
      { scope: { kind: 'all' }, sections: ['appendix'] },
      { scope: { kind: 'all' }, date: '2024-02-30' },
      { scope: { kind: 'all' }, citationStyle: 'mla' },
      { scope: { kind: 'all' }, title: '   ' },
      { scope: { kind: 'everything' } },
    ];
    for (const input of bad) {
      expectError(() => ws.client.previewReport(input as never), 'invalid_input');
    }
  });
});

describe('report sections', () => {
  it('only the chosen sections appear, in the report order', () => {
    buildSample(ws.client);
    const model = buildReport(
      ws.client,
      reportOptions({ scope: { kind: 'all' }, sections: ['method', 'matrix'] }),
    );
    expect(model.sections).toEqual(['method', 'matrix']);
    const html = renderHtml(model);
    expect(html).toContain('<h2>Position matrix</h2>');
    expect(html).toContain('<h2>Method</h2>');
    expect(html).not.toContain('<h2>Timeline</h2>');
    expect(html).not.toContain('<h2>Positions and conflicts</h2>');
    expect(html).not.toContain('We do not have reports of PMF units');
    const md = renderMarkdown(model);
    expect(md).toContain('## Position matrix');
    expect(md).not.toContain('## Sources');
  });

  it('matrix and timeline cover the report’s statements', () => {
    const ids = buildSample(ws.client);
    const model = buildReport(ws.client, reportOptions({ scope: { kind: 'all' } }));
    const inComparisons = model.comparisons.flatMap((c) => c.statements.map((s) => s.id));
    const withStances = model.positions.flatMap((p) => [...p.affirms, ...p.denies, ...p.qualifies]);
    expect(model.statements.map((s) => s.id).sort()).toEqual(
      [...new Set([...inComparisons, ...withStances])].sort(),
    );
    const dates = model.statements.map((t) => t.date).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort());
    const iranRole = ws.client.getProposition({ id: ids.propositions['iran-role'] }).text;
    const column = model.matrix.propositions.indexOf(iranRole);
    expect(column).toBeGreaterThanOrEqual(0);
    const velayati = model.matrix.rows.find((r) => r.speaker.includes('Velayati'));
    expect(velayati?.cells[column]).toEqual(['denies']);
  });

  it('diff marks: shared words, each side’s own words and negations', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Minister' });
    const one = c.createStatement({
      speakerId: a.id,
      text: 'Our forces entered the city of Kirkuk today.',
    });
    const two = c.createStatement({
      speakerId: a.id,
      text: 'Our forces did not enter the city of Kirkuk.',
    });
    const comparison = c.createComparison({ title: 'Entered?', statementIds: [one.id, two.id] });
    const options = { scope: { kind: 'comparisons' as const, ids: [comparison.id] } };
    const model = buildReport(c, reportOptions(options));
    const [left, right] = model.comparisons[0]!.statements;
    expect(left!.diff?.againstId).toBe(two.id);
    expect(right!.diff?.againstId).toBe(one.id);
    expect(left!.diff!.parts.map((p) => p.text).join('')).toBe(one.text);
    expect(right!.diff!.parts.map((p) => p.text).join('')).toBe(two.text);
    expect(right!.diff!.parts.some((p) => p.negation && p.kind !== 'same')).toBe(true);
    expect(right!.diff!.parts.some((p) => p.shared && /Kirkuk/.test(p.text))).toBe(true);
    const html = renderHtml(model);
    expect(html).toMatch(/<mark class="own"><u class="neg">not<\/u><\/mark>/);
    expect(html).toMatch(/<b class="shared">[^<]*Kirkuk/);
    const plain = buildReport(c, reportOptions({ ...options, diffMarks: false }));
    expect(plain.comparisons[0]!.statements.every((s) => s.diff === null)).toBe(true);
    expect(renderHtml(plain)).not.toContain('<mark');
  });
});

describe('previewReport', () => {
  it('answers the HTML export with counts, through the contract', () => {
    buildSample(ws.client);
    const preview = ws.client.previewReport({ scope: { kind: 'all' }, title: 'Kirkuk' });
    expect(preview.comparisons).toBe(2);
    // every statement with a stance, and the comparisons' columns
    expect(preview.statements).toBe(10);
    expect(preview.sources).toBe(1);
    expect(preview.conflicts).toBe(2);
    expect(preview.html).toBe(
      renderHtml(
        buildReport(ws.client, reportOptions({ scope: { kind: 'all' }, title: 'Kirkuk' })),
      ),
    );
  });
});
