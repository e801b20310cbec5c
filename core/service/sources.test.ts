import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sources', () => {
  const ws = useTempWorkspace();

  it('fingerprints the body with the hex sha256 of its UTF-8 text', () => {
    const body = 'قال الوزير إنّ المحادثات ستُستأنف — “soon”.\n';
    const source = ws.client.createSource({ title: 'Arabic transcript', body });
    expect(source.bodySha256).toBe(sha256(body));
    expect(source.bodySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.bodyLength).toBe(body.length);
    const empty = ws.client.createSource({ title: 'Empty' });
    expect(empty.bodySha256).toBe(sha256(''));
    expect(ws.client.getSource({ id: source.id }).body).toBe(body);
  });

  it('keeps the earlier body as a version when the body changes', () => {
    const c = ws.client;
    const source = c.createSource({ title: 'Draft', body: 'First text.' });
    const updated = c.updateSource({ id: source.id, body: 'Second text.' });
    expect(updated.bodySha256).toBe(sha256('Second text.'));

    const versions = c.listSourceVersions({ sourceId: source.id });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      sourceId: source.id,
      body: 'First text.',
      bodySha256: sha256('First text.'),
      retrievedAt: source.retrievedAt,
    });

    c.updateSource({ id: source.id, body: 'Third text.' });
    expect(c.listSourceVersions({ sourceId: source.id }).map((v) => v.body)).toEqual([
      'First text.',
      'Second text.',
    ]);
    const detail = c.getSource({ id: source.id });
    expect(detail).toMatchObject({ body: 'Third text.', versionCount: 2 });
  });

  it('keeps no version when only metadata changes or the body is the same', () => {
    const c = ws.client;
    const source = c.createSource({ title: 'Stable', body: 'Same text.' });
    c.updateSource({
      id: source.id,
      title: 'Stable, renamed',
      outlet: 'Outlet',
      body: 'Same text.',
    });
    expect(c.listSourceVersions({ sourceId: source.id })).toEqual([]);
    expect(c.getSource({ id: source.id })).toMatchObject({
      title: 'Stable, renamed',
      outlet: 'Outlet',
      bodySha256: sha256('Same text.'),
    });
  });

  it('clears optional fields with null or blank text and leaves absent ones alone', () => {
    const c = ws.client;
    const source = c.createSource({
      title: 'Full',
      outlet: 'Outlet',
      author: 'Writer',
      language: 'fa',
    });
    const updated = c.updateSource({ id: source.id, outlet: null, author: '  ' });
    expect(updated).toMatchObject({ outlet: null, author: null, language: 'fa', title: 'Full' });
  });

  it('refuses to delete a source that statements still use, changing nothing', () => {
    const c = ws.client;
    const source = c.createSource({ title: 'Quoted', body: 'Words.' });
    const speaker = c.createActor({ name: 'Speaker' });
    const statement = c.createStatement({
      speakerId: speaker.id,
      text: 'Words.',
      sourceId: source.id,
    });
    const before = snapshotTables(ws.db);
    const changes = c.listChanges({});

    expectError(() => c.deleteSource({ id: source.id }), 'in_use', /Quoted/);
    expect(snapshotTables(ws.db)).toEqual(before);
    expect(c.listChanges({})).toEqual(changes);

    c.updateStatement({ id: statement.id, sourceId: null });
    expect(c.deleteSource({ id: source.id })).toEqual({ id: source.id });
    expectError(() => c.getSource({ id: source.id }), 'not_found');
  });

  it('counts statements and lists by title or outlet with a total', () => {
    const c = ws.client;
    const a = c.createSource({ title: 'Beta report', outlet: 'Gazette' });
    c.createSource({ title: 'alpha interview', outlet: 'Herald' });
    c.createSource({ title: '100% sure', outlet: 'Gazette' });
    const speaker = c.createActor({ name: 'Speaker' });
    c.createStatement({ speakerId: speaker.id, text: 'One.', sourceId: a.id });
    c.createStatement({ speakerId: speaker.id, text: 'Two.', sourceId: a.id });

    const all = c.listSources({});
    expect(all.total).toBe(3);
    expect(all.items.map((s) => s.title)).toEqual(['100% sure', 'alpha interview', 'Beta report']);
    expect(all.items.find((s) => s.id === a.id)?.statementCount).toBe(2);

    const gazette = c.listSources({ query: 'gazette', limit: 1 });
    expect(gazette.total).toBe(2);
    expect(gazette.items).toHaveLength(1);
    // LIKE wildcards in the query are taken literally.
    expect(c.listSources({ query: '%' }).items.map((s) => s.title)).toEqual(['100% sure']);
    expect(c.listSources({ query: '_' }).total).toBe(0);
  });

  it('finds sources by words of their title and body', () => {
    const c = ws.client;
    const source = c.createSource({
      title: 'Budget speech',
      body: 'Subsidies <will> be cut & reviewed.',
    });
    c.createSource({ title: 'Weather', body: 'Rain.' });
    const { results } = c.searchSources({ query: 'subsidies' });
    expect(results.map((r) => r.sourceId)).toEqual([source.id]);
    expect(results[0]!.title).toBe('Budget speech');
    expect(results[0]!.snippet).toContain('<mark>Subsidies</mark>');
    expect(results[0]!.snippet).toContain('&#60;will&#62;');
    expect(results[0]!.snippet).toContain('&#38;');
    c.updateSource({ id: source.id, body: 'Nothing about that.' });
    expect(c.searchSources({ query: 'subsidies' }).results).toEqual([]);
    expect(c.searchSources({ query: 'budget' }).results).toHaveLength(1);
  });
});
