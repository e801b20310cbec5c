import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostileCall } from '../core/hostile/arbitraries';
import { errorProblem } from '../core/hostile/check-error';
import {
  openSeededSession,
  prototypeKeys,
  type SeededSession,
} from '../core/hostile/seeded-session';
import { Tally } from '../core/hostile/tally';
import { handleCall, handleChoice } from './ipc-dispatch';
import { APP_ENTRY_URL } from './url-rules';

/**
 * Hostile input over the IPC transport (handleCall, as ipc.ts runs it for the window): every
 * generated call is one the contract refuses, and each must come back as a plain
 * invalid_input error while the seeded workspace file stays byte for byte the same.
 * Reproduce a failure with the seed in the test name (fast-check also prints it and the path).
 */

const SEED = 20_261_125;
const RUNS = Number(process.env.PARALLAX_HOSTILE_RUNS ?? 10_000);

describe(`hostile calls over IPC (fast-check seed ${SEED})`, () => {
  let s: SeededSession;
  const prototypeBefore = prototypeKeys();

  beforeAll(() => {
    s = openSeededSession('electron');
  });
  afterAll(() => s.dispose());

  it(
    `refuses ${RUNS} generated invalid calls, each with a typed error`,
    { timeout: 120_000 },
    async () => {
      const tally = new Tally();
      const secrets = [process.cwd(), s.dir];
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(hostileCall('ipc'), async (call) => {
          tally.add(call);
          const response = await handleCall(s.session, APP_ENTRY_URL, call.method, call.input);
          if (response.ok) throw new Error(`${call.kind} call to ${call.method} was accepted`);
          const problem = errorProblem(response.error, secrets);
          if (problem) throw new Error(`${call.kind} call to ${call.method}: ${problem}`);
          expect(response.error.code, response.error.message).toBe('invalid_input');
        }),
        { seed: SEED, numRuns: RUNS },
      );
      const seconds = (performance.now() - started) / 1000;
      console.info(`IPC: ${tally.summary()}; ${seconds.toFixed(1)} s`);
      expect(tally.total).toBe(RUNS);
      expect(tally.thinlyCovered(50)).toEqual([]);
      expect(tally.byMethod.get('(unknown method)')).toBeGreaterThan(100);
    },
  );

  it('still answers a valid call, and nothing reached Object.prototype', async () => {
    const response = await handleCall(s.session, APP_ENTRY_URL, 'listSources', {});
    expect(response).toMatchObject({ ok: true, result: { items: expect.any(Array) } });
    expect(prototypeKeys()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses bad calls to open, create and close workspaces, keeping the one open', async () => {
    const refused = async (method: string, input: unknown, code = 'invalid_input') => {
      const response = await handleCall(s.session, APP_ENTRY_URL, method, input);
      if (response.ok) throw new Error(`${method} accepted ${String(input)}`);
      // Lifecycle errors may repeat the path the caller sent, so only the project folder is secret.
      expect(errorProblem(response.error, [process.cwd()])).toBeNull();
      expect(response.error.code, `${method}: ${response.error.message}`).toBe(code);
    };
    for (const input of [{ path: 42 }, { path: '' }, { path: 'a\u0000b' }, { path: NaN }, 'x']) {
      await refused('newWorkspace', input);
      await refused('openWorkspace', input);
    }
    await refused('openSample', { fresh: true });
    await refused('closeWorkspace', { force: true });
    await refused('newWorkspace', { path: s.path }, 'conflict');
    await refused('openWorkspace', { path: join(s.dir, 'absent.parallax') }, 'not_found');
    const choose = vi.fn(async () => s.path);
    for (const method of ['chooseAndOpenWorkspace', 'chooseAndCreateWorkspace'] as const) {
      for (const input of [{ path: '/tmp' }, 7, [], JSON.parse('{"__proto__":{"a":1}}')]) {
        const response = await handleChoice(s.session, APP_ENTRY_URL, method, input, choose);
        expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
    }
    expect(choose).not.toHaveBeenCalled();
    expect(s.session.workspacePath).toBe(s.path);
  });

  it('left the workspace file byte-identical', () => {
    expect(s.closeAndHash()).toBe(s.hashBefore);
  });
});
