import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';

const TEXT =
  'Rudaw notes that the video contradicts the coalition. ' +
  '“We do not have reports of PMF units in and around the Kirkuk area,” Col. Ryan Dillon said this week.';

describe('anchors when a source’s text changes', () => {
  const ws = useTempWorkspace();

  function anchored() {
    const c = ws.client;
    const source = c.createSource({ title: 'Report', body: TEXT, publishedOn: '2017-10-19' });
    c.extractCandidates({ sourceId: source.id });
    const candidate = c
      .listCandidates({ sourceId: source.id, status: 'pending' })
      .find((k) => k.kind === 'quote');
    const statement = c.acceptCandidate({ id: candidate!.id });
    return { c, source, statement };
  }

  it('follows the quote when the text around it changes', () => {
    const { c, source, statement } = anchored();
    const edited = `Updated 20 October with a correction.\n\n${TEXT.replace('Rudaw notes', 'The Kurdish outlet Rudaw notes')}`;
    c.updateSource({ id: source.id, body: edited });
    const after = c.getStatement({ id: statement.id }).anchor!;
    expect(after.lost).toBe(false);
    expect(edited.slice(after.start!, after.end!)).toBe(statement.anchor!.exact);
    expect(after.start).toBeGreaterThan(statement.anchor!.start!);
    expect(c.listSourceVersions({ sourceId: source.id })).toHaveLength(1);
  });

  it('flags an anchor it cannot find again instead of moving it, and undo clears the flag', () => {
    const { c, source, statement } = anchored();
    c.updateSource({ id: source.id, body: TEXT.replace('PMF units', 'militia units') });
    const lost = c.getStatement({ id: statement.id }).anchor!;
    expect(lost).toMatchObject({
      lost: true,
      start: statement.anchor!.start,
      exact: statement.anchor!.exact,
    });
    c.undo();
    expect(c.getStatement({ id: statement.id }).anchor!.lost).toBe(false);
  });

  it('queues the new text for review and drops proposals into the old text', () => {
    const { c, source } = anchored();
    const added = `${TEXT} “Nothing has changed on the ground,” Dillon said on Friday.`;
    c.updateSource({ id: source.id, body: added });
    const pending = c.listCandidates({ sourceId: source.id, status: 'pending' });
    const texts = pending.map((p) => p.text);
    expect(texts).toContain('Nothing has changed on the ground,');
    expect(texts).not.toContain(
      'We do not have reports of PMF units in and around the Kirkuk area,',
    );
    expect(pending.every((p) => added.slice(p.start, p.end) === p.text)).toBe(true);
  });
});
