import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

const TEXT =
  'Talks collapsed on Tuesday. “We will not sign this agreement,” Foreign Minister Jane Doe said on Monday. ' +
  '“The terms are unacceptable,” she added. According to the envoy, the talks will resume next week.';

describe('review queue', () => {
  const ws = useTempWorkspace();

  function queued() {
    const c = ws.client;
    const source = c.createSource({
      title: 'Talks collapse',
      body: TEXT,
      publishedOn: '2020-03-05',
    });
    const run = c.extractCandidates({ sourceId: source.id });
    const pending = c.listCandidates({ sourceId: source.id, status: 'pending' });
    return { c, source, run, pending };
  }

  it('queues what the extractor finds, once, and adds no statement', () => {
    const { c, source, run, pending } = queued();
    expect(run.added).toBe(pending.length);
    expect(pending.map((p) => p.text)).toContain('We will not sign this agreement,');
    expect(pending.every((p) => TEXT.slice(p.start, p.end) === p.text)).toBe(true);
    expect(c.listStatements({}).total).toBe(0);
    expect(c.extractCandidates({ sourceId: source.id }).added).toBe(0);
  });

  it('accepts a candidate as an anchored statement, with the researcher’s corrections', () => {
    const { c, source, pending } = queued();
    const first = pending.find((p) => p.text.startsWith('We will not sign'))!;
    const statement = c.acceptCandidate({ id: first.id, role: 'foreign minister' });
    expect(statement).toMatchObject({
      speakerName: 'Jane Doe',
      role: 'foreign minister',
      sourceId: source.id,
      kind: 'quote',
      saidOn: '2020-03-02',
      saidOnPrecision: 'day',
      anchor: { exact: first.text, start: first.start, end: first.end },
    });
    expect(statement.anchor?.prefix).toContain('Tuesday. “');
    expect(c.listCandidates({ sourceId: source.id, status: 'accepted' })).toEqual([
      expect.objectContaining({ id: first.id, statementId: statement.id }),
    ]);
    // The same speaker is matched, not created twice.
    const second = pending.find((p) => p.text.startsWith('The terms'))!;
    expect(c.acceptCandidate({ id: second.id }).speakerId).toBe(statement.speakerId);
    expectError(() => c.acceptCandidate({ id: first.id }), 'conflict', /already accepted/);
  });

  it('rejects and merges, and undo puts the queue back as it was', () => {
    const { c, source, pending } = queued();
    const before = snapshotTables(ws.db);
    const [a, b, paraphrase] = [...pending].sort((x, y) => x.start - y.start);
    c.rejectCandidate({ id: paraphrase!.id });
    const merged = c.mergeCandidates({ ids: [b!.id, a!.id] });
    expect(merged).toMatchObject({
      id: a!.id,
      start: a!.start,
      end: b!.end,
      text: `${a!.text} … ${b!.text}`,
    });
    expect(c.listCandidates({ sourceId: source.id, status: 'pending' }).map((p) => p.id)).toEqual([
      a!.id,
    ]);
    c.undo();
    c.undo();
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('needs a speaker to accept, and refuses unknown ids and mixed sources', () => {
    const { c, pending } = queued();
    const other = c.createSource({
      title: 'Other',
      body: '“We accept the offer in full,” Ali Hassan said on Sunday.',
    });
    c.extractCandidates({ sourceId: other.id });
    const [foreign] = c.listCandidates({ sourceId: other.id });
    expectError(
      () => c.mergeCandidates({ ids: [pending[0]!.id, foreign!.id] }),
      'invalid_input',
      /same source/,
    );
    expectError(
      () => c.rejectCandidate({ id: '00000000-0000-4000-8000-000000000000' }),
      'not_found',
    );
  });

  it('suggests speaker, role, kind and date for selected words', () => {
    const { c, source } = queued();
    const start = TEXT.indexOf('terms are unacceptable');
    expect(c.suggestStatement({ sourceId: source.id, start, end: start + 10 })).toMatchObject({
      speaker: 'Jane Doe',
      kind: 'quote',
    });
    const plain = TEXT.indexOf('Talks collapsed');
    expect(c.suggestStatement({ sourceId: source.id, start: plain, end: plain + 5 })).toEqual({
      speaker: null,
      role: null,
      kind: 'paraphrase',
      saidOn: null,
      saidOnPrecision: null,
      cue: null,
    });
    expectError(
      () => c.suggestStatement({ sourceId: source.id, start: 0, end: TEXT.length + 5 }),
      'invalid_input',
    );
  });
});
