import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parallax, parallaxJson, useTempDir } from './test/harness';

const temp = useTempDir();

describe('parallax import of a text the workspace already has', () => {
  it('imports it, warns on stderr naming the source that has it, and says so in --json', async () => {
    const ws = temp.file('w.parallax');
    expect((await parallax('init', ws)).status).toBe(0);
    const text = 'Ministry statement\n\nThe IRGC were directly involved in the attacks.\n';
    writeFileSync(temp.file('ministry.txt'), text);
    writeFileSync(temp.file('forwarded.txt'), text);
    const first = (await parallaxJson('import', ws, temp.file('ministry.txt'))) as {
      sources: Array<{ id: string; title: string }>;
    };
    const original = first.sources[0]!;
    expect(original).not.toHaveProperty('duplicateOf');

    const copy = await parallax('import', ws, temp.file('forwarded.txt'), '--json');
    expect(copy.status).toBe(0);
    expect(copy.stderr).toBe(
      `parallax: warning: forwarded.txt has the same text as “Ministry statement” (${original.id}), ` +
        `already in ${ws}; imported as another source\n`,
    );
    const { sources } = JSON.parse(copy.stdout) as {
      sources: Array<{ id: string; outcome: string; duplicateOf?: unknown }>;
    };
    expect(sources[0]).toMatchObject({
      outcome: 'created',
      duplicateOf: { id: original.id, title: 'Ministry statement' },
    });
    expect(sources[0]!.id).not.toBe(original.id);
  }, 240_000);
});
