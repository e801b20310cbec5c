import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parallax, parallaxJson, useTempDir } from '../test/harness';

const ARTICLE = `Bridge reopens

"The bridge is safe again," said Mayor Ann Berg on Monday.
Engineers had closed it in March. "We checked every bolt," said Tom Reyes, the chief engineer.
`;

interface Statement {
  speaker?: string;
  speakerName?: string;
  text: string;
}

describe('parallax import --accept', () => {
  const temp = useTempDir();

  it('accepts what the extractor finds with a speaker, together with the source', async () => {
    const file = temp.file('w.parallax');
    const article = temp.file('bridge.txt');
    writeFileSync(article, ARTICLE);
    expect((await parallax('init', file)).status).toBe(0);

    const first = (await parallaxJson('import', file, article, '--accept')) as {
      sources: Array<{ outcome: string; accepted: number }>;
    };
    expect(first.sources).toHaveLength(1);
    expect(first.sources[0]).toMatchObject({ outcome: 'created', accepted: 2 });
    const listed = (await parallaxJson('statements', file)) as { statements: Statement[] };
    expect(listed.statements.map((s) => s.text).sort()).toEqual([
      'The bridge is safe again,',
      'We checked every bolt,',
    ]);

    // The same text again: nothing new to accept, nothing written.
    const again = (await parallaxJson('import', file, article, '--accept')) as {
      sources: Array<{ outcome: string; accepted: number }>;
    };
    expect(again.sources[0]).toMatchObject({ outcome: 'unchanged', accepted: 0 });
  }, 90_000); // four CLI runs: ~2 s each on an idle machine, far more on a busy one

  it('is described in the help, and without it nothing is accepted', async () => {
    const help = await parallax('import', '--help');
    expect(help.stdout).toMatch(/--accept +Also accept every statement found/);
    const file = temp.file('w.parallax');
    const article = temp.file('bridge.txt');
    writeFileSync(article, ARTICLE);
    expect((await parallax('init', file)).status).toBe(0);
    const run = (await parallaxJson('import', file, article)) as { sources: object[] };
    expect(run.sources[0]).not.toHaveProperty('accepted');
    const listed = (await parallaxJson('statements', file)) as { statements: Statement[] };
    expect(listed.statements).toEqual([]);
  }, 90_000);
});
