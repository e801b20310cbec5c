import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  expectFailure,
  expectUsageError,
  parallax,
  parallaxJson,
  useTempDir,
} from './test/harness';

const temp = useTempDir();

/** Each test runs the real bin a dozen times or more, ~0.4 s each on an idle machine. */
const CLI_RUNS_TIMEOUT = 240_000;

/** An id no workspace has: well formed, so the service, not the argument parser, refuses it. */
const ABSENT = '0b5e7c1a-9d1e-4f7a-8c3b-2a6d5e4f3b21';

/** A workspace with two statements that disagree, made through the command line itself. */
async function twoSpeakers(): Promise<{ ws: string; dillon: string; fighter: string }> {
  const ws = temp.file('w.parallax');
  expect((await parallax('init', ws)).status).toBe(0);
  const dillon = (await parallaxJson(
    'add-statement',
    ws,
    '--speaker',
    'Ryan Dillon',
    '--text',
    'There are no militia units inside the city.',
  )) as { id: string };
  const fighter = (await parallaxJson(
    'add-statement',
    ws,
    '--speaker',
    'A fighter',
    '--text',
    'We are standing in the governor’s office.',
  )) as { id: string };
  return { ws, dillon: dillon.id, fighter: fighter.id };
}

describe('propositions, add-proposition and stance', () => {
  it(
    'records positions and counts them per proposition',
    async () => {
      const { ws, dillon, fighter } = await twoSpeakers();
      expect(await parallaxJson('propositions', ws)).toEqual({ propositions: [] });
      expect((await parallax('propositions', ws)).stdout).toBe('No propositions.\n');

      const added = (await parallaxJson(
        'add-proposition',
        ws,
        '--text',
        '  Militias entered the city  ',
      )) as { id: string; text: string };
      expect(added.text).toBe('Militias entered the city');

      const denial = await parallaxJson(
        'stance',
        ws,
        '--statement',
        dillon,
        '--proposition',
        added.id,
        '--denies',
        '--note',
        'Spoken at a press briefing',
      );
      expect(denial).toMatchObject({
        statementId: dillon,
        propositionId: added.id,
        stance: 'denies',
        note: 'Spoken at a press briefing',
      });
      const affirm = await parallax(
        'stance',
        ws,
        '--statement',
        fighter,
        '--proposition',
        added.id,
        '--affirms',
      );
      expect(affirm).toEqual({
        status: 0,
        stderr: '',
        stdout: 'A fighter affirms “Militias entered the city”\n',
      });

      expect(await parallaxJson('propositions', ws)).toEqual({
        propositions: [
          {
            id: added.id,
            text: 'Militias entered the city',
            counts: { affirms: 1, denies: 1, qualifies: 0 },
          },
        ],
      });

      // A second stance on the same pair replaces the first, and its note stays.
      await parallaxJson(
        'stance',
        ws,
        '--statement',
        dillon,
        '--proposition',
        added.id,
        '--qualifies',
      );
      const listed = (await parallaxJson('propositions', ws)) as {
        propositions: Array<{ counts: Record<string, number> }>;
      };
      expect(listed.propositions[0]!.counts).toEqual({ affirms: 1, denies: 0, qualifies: 1 });
      const table = await parallax('propositions', ws);
      expect(table.stdout).toMatch(/^ID +AFFIRMS +DENIES +QUALIFIES +TEXT\n/);
      expect(table.stdout).toMatch(
        new RegExp(`^${added.id} +1 +0 +1 +Militias entered the city$`, 'm'),
      );

      const plain = await parallax('add-proposition', ws, '--text', 'Iran had a role');
      expect(plain.status).toBe(0);
      expect(plain.stdout).toMatch(/^Added proposition [0-9a-f-]{36}: “Iran had a role”\n$/);
    },
    CLI_RUNS_TIMEOUT,
  );

  it(
    'refuses unknown ids and mistyped stances, changing nothing',
    async () => {
      const { ws, dillon } = await twoSpeakers();
      const { id: proposition } = (await parallaxJson(
        'add-proposition',
        ws,
        '--text',
        'Militias entered the city',
      )) as { id: string };
      const stance = (...rest: string[]) =>
        parallax('stance', ws, '--statement', dillon, '--proposition', proposition, ...rest);

      expectUsageError(await stance(), 'stance', /give one of --affirms, --denies or --qualifies/);
      expectUsageError(
        await stance('--affirms', '--denies'),
        'stance',
        /only one of .* not --affirms and --denies/,
      );
      expectUsageError(
        await parallax(
          'stance',
          ws,
          '--statement',
          'dillon',
          '--proposition',
          proposition,
          '--affirms',
        ),
        'stance',
        /--statement must be an id \(a UUID\), not 'dillon'/,
      );
      expectUsageError(
        await parallax('stance', ws, '--proposition', proposition, '--affirms'),
        'stance',
        /missing --statement/,
      );
      expectFailure(
        await parallax(
          'stance',
          ws,
          '--statement',
          ABSENT,
          '--proposition',
          proposition,
          '--affirms',
        ),
        new RegExp(`no statement with id ${ABSENT}`),
      );
      expectFailure(
        await parallax('stance', ws, '--statement', dillon, '--proposition', ABSENT, '--denies'),
        new RegExp(`no proposition with id ${ABSENT}`),
      );
      expectUsageError(await parallax('add-proposition', ws), 'add-proposition', /missing --text/);
      expectUsageError(
        await parallax('add-proposition', ws, '--text', '   '),
        'add-proposition',
        /--text must not be empty/,
      );
      const after = (await parallaxJson('propositions', ws)) as {
        propositions: Array<{ counts: Record<string, number> }>;
      };
      expect(after.propositions).toHaveLength(1);
      expect(after.propositions[0]!.counts).toEqual({ affirms: 0, denies: 0, qualifies: 0 });
    },
    CLI_RUNS_TIMEOUT,
  );
});

describe('add-comparison and rename-comparison', () => {
  it(
    'saves statements side by side in the order given, and renames the comparison',
    async () => {
      const { ws, dillon, fighter } = await twoSpeakers();
      const saved = (await parallaxJson(
        'add-comparison',
        ws,
        '--statement',
        fighter,
        '--statement',
        dillon,
        '--title',
        'Who was in the city',
        '--assessment',
        'The video contradicts the briefing.',
      )) as { id: string; title: string; statementIds: string[] };
      expect(saved).toMatchObject({
        title: 'Who was in the city',
        statementIds: [fighter, dillon],
      });

      const renamed = await parallax(
        'rename-comparison',
        ws,
        saved.id,
        '--title',
        'Kirkuk, 16 October',
      );
      expect(renamed).toEqual({
        status: 0,
        stderr: '',
        stdout: `Renamed comparison ${saved.id} to “Kirkuk, 16 October”\n`,
      });
      expect(
        await parallaxJson('rename-comparison', ws, saved.id, '--title', 'Kirkuk, 17 October'),
      ).toEqual({ id: saved.id, title: 'Kirkuk, 17 October' });

      // The report lists comparisons by their title: the renamed one is what it prints.
      const out = temp.file('report.md');
      const report = await parallax(
        'report',
        ws,
        '--comparison',
        saved.id,
        '--format',
        'md',
        '--out',
        out,
      );
      expect(report.status).toBe(0);
      const markdown = readFileSync(out, 'utf8');
      expect(markdown).toContain('Kirkuk, 17 October');
      expect(markdown).not.toContain('Who was in the city');
      expect(markdown).toContain('The video contradicts the briefing.');

      // Without --title the service names the comparison after its speakers.
      const untitled = (await parallaxJson(
        'add-comparison',
        ws,
        '--statement',
        dillon,
        '--statement',
        fighter,
      )) as { title: string };
      expect(untitled.title).toContain('Ryan Dillon');
      expect(untitled.title).toContain('A fighter');
    },
    CLI_RUNS_TIMEOUT,
  );

  it(
    'refuses too few or repeated statements, unknown ids and an empty title',
    async () => {
      const { ws, dillon, fighter } = await twoSpeakers();
      expectUsageError(
        await parallax('add-comparison', ws, '--statement', dillon),
        'add-comparison',
        /--statement: a comparison needs at least 2 statements/,
      );
      expectUsageError(
        await parallax('add-comparison', ws, '--statement', dillon, '--statement', dillon),
        'add-comparison',
        /--statement: a statement appears only once/,
      );
      expectUsageError(
        await parallax('add-comparison', ws, '--statement', dillon, '--statement', 'x1'),
        'add-comparison',
        /--statement must be an id \(a UUID\), not 'x1'/,
      );
      expectFailure(
        await parallax('add-comparison', ws, '--statement', dillon, '--statement', ABSENT),
        new RegExp(`no statement with id ${ABSENT}`),
      );
      expectFailure(
        await parallax(
          'add-comparison',
          ws,
          '--statement',
          dillon,
          '--statement',
          fighter,
          '--proposition',
          ABSENT,
        ),
        new RegExp(`no proposition with id ${ABSENT}`),
      );
      expectFailure(
        await parallax('rename-comparison', ws, ABSENT, '--title', 'New'),
        new RegExp(`no comparison with id ${ABSENT}`),
      );
      expectUsageError(
        await parallax('rename-comparison', ws, ABSENT),
        'rename-comparison',
        /missing --title/,
      );
      expectUsageError(
        await parallax('rename-comparison', ws, ABSENT, '--title', ' '),
        'rename-comparison',
        /--title must not be empty/,
      );
      expectUsageError(await parallax('rename-comparison', ws), 'rename-comparison', /missing ID/);
    },
    CLI_RUNS_TIMEOUT,
  );
});
