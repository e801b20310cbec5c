import { describe, expect, it } from 'vitest';
import type { ReviewCandidate } from '../api/types';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';

const TEXT =
  'Talks collapsed on Tuesday. “We will not sign this agreement,” Foreign Minister Jane Doe said on Monday. ' +
  '“The terms are unacceptable,” she added.';

describe('a proposal’s span, edited in review', () => {
  const ws = useTempWorkspace();

  function queued() {
    const c = ws.client;
    const source = c.createSource({ title: 'Talks collapse', body: TEXT });
    c.extractCandidates({ sourceId: source.id });
    const pending = c.listCandidates({ sourceId: source.id, status: 'pending' });
    const sign = pending.find((p) => p.text.startsWith('We will not sign'))!;
    return { c, source, pending, sign };
  }

  /**
   * A second proposal over some of the same words, as a re-run of a changed extractor could
   * leave beside the first: written the way the extractor's queue writes its rows.
   */
  function addProposal(sourceId: string, words: string): string {
    const start = TEXT.indexOf(words);
    const id = '11111111-1111-4111-8111-111111111111';
    const now = new Date(0).toISOString();
    ws.db
      .prepare(
        `INSERT INTO candidates (id, source_id, start, end, text, kind, speaker, confidence,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'quote', 'Jane Doe', 0.5, ?, ?)`,
      )
      .run(id, sourceId, start, start + words.length, words, now, now);
    return id;
  }

  it('anchors the statement at a widened span, with the span’s words', () => {
    const { c, sign } = queued();
    const start = TEXT.indexOf('“We will');
    const end = TEXT.indexOf(' Foreign');
    const statement = c.acceptCandidate({ id: sign.id, start, end });
    expect(statement.text).toBe('“We will not sign this agreement,”');
    expect(statement.anchor).toMatchObject({
      exact: '“We will not sign this agreement,”',
      start,
      end,
      prefix: 'Talks collapsed on Tuesday. ',
    });
  });

  it('anchors the statement at a narrowed span', () => {
    const { c, sign } = queued();
    const start = TEXT.indexOf('not sign');
    const statement = c.acceptCandidate({ id: sign.id, start, end: start + 'not sign'.length });
    expect(statement).toMatchObject({
      text: 'not sign',
      anchor: { exact: 'not sign', start, end: start + 8 },
    });
  });

  it('refuses a span outside the text, backwards, half given or of white space only', () => {
    const { c, sign } = queued();
    expectError(
      () => c.acceptCandidate({ id: sign.id, start: 10, end: TEXT.length + 1 }),
      'invalid_input',
      /runs past the end of the source’s text/,
    );
    expectError(
      () => c.acceptCandidate({ id: sign.id, start: 20, end: 10 }),
      'invalid_input',
      /end after it starts/,
    );
    expectError(
      () => c.acceptCandidate({ id: sign.id, start: 20 }),
      'invalid_input',
      /both start and end/,
    );
    const space = TEXT.indexOf(' ');
    expectError(
      () => c.acceptCandidate({ id: sign.id, start: space, end: space + 1 }),
      'invalid_input',
      /holds no words/,
    );
    // Nothing was accepted by the refused calls.
    expect(c.listStatements({}).total).toBe(0);
  });

  it('merges overlapping proposals into the union of their spans, each word once', () => {
    const { c, source, sign } = queued();
    const overlapping = addProposal(source.id, 'sign this agreement,” Foreign Minister');
    const merged: ReviewCandidate = c.mergeCandidates({ ids: [overlapping, sign.id] });
    expect(merged.text).toBe('We will not sign this agreement,” Foreign Minister');
    expect(TEXT.slice(merged.start, merged.end)).toBe(merged.text);
  });

  it('merges adjacent proposals into one run of words, without an ellipsis', () => {
    const { c, source, sign } = queued();
    // It starts where the proposed quote ends, at the closing quotation mark.
    const next = addProposal(source.id, '” Foreign Minister Jane Doe');
    const merged = c.mergeCandidates({ ids: [sign.id, next] });
    expect(merged.text).toBe('We will not sign this agreement,” Foreign Minister Jane Doe');
    expect(c.acceptCandidate({ id: merged.id }).anchor?.exact).toBe(merged.text);
  });
});
