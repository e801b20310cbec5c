import { describe, expect, it } from 'vitest';
import {
  expectFailure,
  expectUsageError,
  inspectWorkspace,
  parallax,
  parallaxJson,
  useTempDir,
} from './test/harness';

const temp = useTempDir();

/** Each test runs the real bin several times, ~0.4 s each on an idle machine. */
const CLI_RUNS_TIMEOUT = 240_000;

/** One spokesman recorded under two names by two `add-statement` calls. */
async function spokesmanTwice(): Promise<{ ws: string; keep: string; merge: string }> {
  const ws = temp.file('w.parallax');
  expect((await parallax('init', ws)).status).toBe(0);
  for (const [speaker, text] of [
    ['Ryan Dillon', 'We do not have reports of militia units in the city.'],
    ['Col. Ryan Dillon', 'The coalition is not involved in this operation.'],
  ] as const) {
    expect((await parallax('add-statement', ws, '--speaker', speaker, '--text', text)).status).toBe(
      0,
    );
  }
  const [keep, merge] = inspectWorkspace(ws, (c) =>
    ['Ryan Dillon', 'Col. Ryan Dillon'].map((name) => c.findActor({ name })!.id),
  );
  return { ws, keep: keep!, merge: merge! };
}

describe('parallax merge-actors', () => {
  it(
    'moves the merged actor’s statements to the kept one and keeps its name as an alias',
    async () => {
      const { ws, keep, merge } = await spokesmanTwice();
      const merged = await parallaxJson('merge-actors', ws, '--keep', keep, '--merge', merge);
      expect(merged).toEqual({
        id: keep,
        name: 'Ryan Dillon',
        aliases: ['Col. Ryan Dillon'],
        moved: { statements: 1, relayed: 0, memberships: 0, aliases: 1, notes: 0 },
      });
      const listed = (await parallaxJson('statements', ws, '--actor', 'Col. Ryan Dillon')) as {
        statements: Array<{ speaker: string }>;
      };
      expect(listed.statements.map((s) => s.speaker)).toEqual(['Ryan Dillon', 'Ryan Dillon']);

      // Merged away, the actor is gone: merging it again names the id that is not there.
      expectFailure(
        await parallax('merge-actors', ws, '--keep', keep, '--merge', merge),
        new RegExp(`no actor with id ${merge}`),
      );
    },
    CLI_RUNS_TIMEOUT,
  );

  it(
    'says in words what moved',
    async () => {
      const { ws, keep, merge } = await spokesmanTwice();
      const run = await parallax('merge-actors', ws, '--merge', merge, '--keep', keep);
      expect(run).toEqual({
        status: 0,
        stderr: '',
        stdout:
          'Merged “Col. Ryan Dillon” into “Ryan Dillon”: moved 1 statement, 0 relayed statements, ' +
          '0 memberships, 1 other name, 0 notes\n',
      });
    },
    CLI_RUNS_TIMEOUT,
  );

  it(
    'refuses an actor merged with itself, and mistyped or missing ids',
    async () => {
      const { ws, keep } = await spokesmanTwice();
      expectFailure(
        await parallax('merge-actors', ws, '--keep', keep, '--merge', keep),
        /cannot be merged with itself/,
      );
      expectUsageError(
        await parallax('merge-actors', ws, '--keep', keep),
        'merge-actors',
        /missing --merge/,
      );
      expectUsageError(
        await parallax('merge-actors', ws, '--keep', 'Dillon', '--merge', keep),
        'merge-actors',
        /--keep must be an id \(a UUID\), not 'Dillon'/,
      );
      const actors = inspectWorkspace(ws, (c) => c.listActors({}).items.map((a) => a.name));
      expect(actors.sort()).toEqual(['Col. Ryan Dillon', 'Ryan Dillon']);
    },
    CLI_RUNS_TIMEOUT,
  );
});
