import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';

const BODY = 'The ministry said its forces had entered the governorate building.';

describe('importing a text the workspace already has', () => {
  const ws = useTempWorkspace();

  it('imports it as a new source and names the source that has the same text', () => {
    const c = ws.client;
    const first = c.importSource({
      title: 'Ministry statement',
      fileName: 'ministry.txt',
      body: BODY,
    });
    expect(first.duplicateOf).toBeUndefined();

    const copy = c.importSource({ title: 'Forwarded copy', fileName: 'forwarded.txt', body: BODY });
    expect(copy.outcome).toBe('created');
    expect(copy.source.id).not.toBe(first.source.id);
    expect(copy.duplicateOf).toEqual({ id: first.source.id, title: 'Ministry statement' });

    // With the statements it accepts, too; the oldest source with that text is the one named.
    const third = c.importSource({
      title: 'Third copy',
      fileName: 'third.txt',
      body: BODY,
      accept: true,
    });
    expect(third.duplicateOf).toEqual({ id: first.source.id, title: 'Ministry statement' });
  });

  it('says nothing when only part of the text is the same, or when the same file is re-imported', () => {
    const c = ws.client;
    const first = c.importSource({
      title: 'Ministry statement',
      fileName: 'ministry.txt',
      body: BODY,
    });
    const longer = c.importSource({
      title: 'Longer report',
      fileName: 'report.txt',
      body: `${BODY} Officials in Baghdad confirmed it.`,
    });
    expect(longer.duplicateOf).toBeUndefined();
    // The same file again is not a new document: it is the same source, unchanged.
    const again = c.importSource({
      title: 'Ministry statement',
      fileName: 'ministry.txt',
      body: BODY,
    });
    expect(again).toMatchObject({ outcome: 'unchanged', source: { id: first.source.id } });
    expect(again.duplicateOf).toBeUndefined();
  });
});
