import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createService } from '../core/service';
import { openWorkspace } from '../db/workspace';
import type { Io } from './command';
import { main } from './main';
import { useTempDir } from './test/harness';

const temp = useTempDir();

/** Runs the CLI in-process, returning its exit status and what it printed. */
async function run(...args: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const io: Io = { out: (t) => void (stdout += t), err: () => undefined, tty: false };
  const status = await main(args, io);
  return { status, stdout };
}

const BRIEFING = `Kirkuk briefing

"We do not have reports of PMF units in and around the Kirkuk area," Col. Ryan Dillon said on Tuesday.
The Ministry of Peshmerga said in a statement that the guards were directly involved in the attacks.
`;

describe('parallax import --accept, then statements --json', () => {
  it('gives each statement its date, where the date came from, its speaker’s kind and its stances', async () => {
    const ws = temp.file('w.parallax');
    const text = temp.file('briefing.txt');
    writeFileSync(text, BRIEFING);
    expect((await run('init', ws)).status).toBe(0);
    const imported = await run(
      'import',
      ws,
      text,
      '--published',
      '2017-10-19',
      '--accept',
      '--json',
    );
    expect(JSON.parse(imported.stdout).sources[0]).toMatchObject({ accepted: 2 });

    // A stance on the colonel's words, given through the service as the app would give it.
    const service = createService(openWorkspace(ws));
    let propositionId: string;
    try {
      const c = service.client;
      const dillon = c.listStatements({}).items.find((s) => s.speakerName === 'Col. Ryan Dillon')!;
      propositionId = c.createProposition({ text: 'PMF units entered Kirkuk.' }).id;
      c.setStance({ statementId: dillon.id, propositionId, stance: 'denies' });
    } finally {
      service.close();
    }

    const listed = await run('statements', ws, '--json');
    expect(listed.status).toBe(0);
    const statements = JSON.parse(listed.stdout).statements as Array<Record<string, unknown>>;
    expect(statements).toHaveLength(2);
    const by = (speaker: string) => statements.find((s) => s.speaker === speaker);
    // "said on Tuesday" in a text published on Thursday 19 October 2017.
    expect(by('Col. Ryan Dillon')).toMatchObject({
      speakerKind: 'person',
      date: '2017-10-17',
      datePrecision: 'day',
      dateFrom: 'text',
      stances: [{ propositionId, proposition: 'PMF units entered Kirkuk.', stance: 'denies' }],
    });
    // No date in its words: the source's, marked as such.
    expect(by('Ministry of Peshmerga')).toMatchObject({
      speakerKind: 'government',
      date: '2017-10-19',
      datePrecision: 'day',
      dateFrom: 'source',
      stances: [],
    });

    const table = await run('statements', ws);
    expect(table.stdout).toMatch(/17 October 2017 +Col\. Ryan Dillon/);
    expect(table.stdout).toMatch(/19 October 2017 \(date of the source\) +Ministry of Peshmerga/);
  }, 60_000);
});
