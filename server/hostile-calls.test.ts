import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, hostileCall, type HostileCall } from '../core/hostile/arbitraries';
import { errorProblem } from '../core/hostile/check-error';
import { prototypeKeys } from '../core/hostile/seeded-session';
import { Tally } from '../core/hostile/tally';
import { startSeededHost, type SeededHost } from './test/seeded-host';

/**
 * Hostile input over the browser host: the same generated invalid calls as over IPC, sent as
 * HTTP requests (fetch keeps the connection alive), plus bodies that are not JSON or not
 * UTF-8. Each must be a 400 with `{ error: { code: 'invalid_input', message } }`, and the
 * seeded workspace file must come out byte-identical. The seed is in the test name.
 */

const SEED = 20_261_126;
const RUNS = Number(process.env.PARALLAX_HOSTILE_RUNS ?? 10_000);
const BATCH = 8;

describe(`hostile calls over HTTP (fast-check seed ${SEED})`, () => {
  let h: SeededHost;
  const prototypeBefore = prototypeKeys();

  beforeAll(async () => {
    h = await startSeededHost();
  });
  afterAll(() => h.close());

  /** One call, checked: a 400 carrying exactly `{ error: { code: 'invalid_input', message } }`. */
  async function expectRefused(call: HostileCall, secrets: string[]): Promise<void> {
    const response = await h.post(call.method, bodyOf(call));
    const body = (await response.json()) as { error?: unknown };
    const what = `${call.kind} call to ${JSON.stringify(call.method)}`;
    if (response.status !== 400) throw new Error(`${what}: status ${response.status}`);
    if (Object.keys(body).join() !== 'error') throw new Error(`${what}: body is not { error }`);
    const problem = errorProblem(body.error, secrets);
    if (problem) throw new Error(`${what}: ${problem}`);
    const { code, message } = body.error as { code: string; message: string };
    if (code !== 'invalid_input') throw new Error(`${what}: ${code} (${message})`);
  }

  it(
    `refuses ${RUNS} generated invalid calls, each with a typed 400`,
    { timeout: 120_000 },
    async () => {
      const tally = new Tally();
      const secrets = [process.cwd(), h.s.dir];
      const started = performance.now();
      // A few calls at a time over kept-alive connections: the client and the host share this
      // process, so overlapping them hides the round trips without changing what is sent.
      const batch = fc.array(hostileCall('http'), { minLength: BATCH, maxLength: BATCH });
      await fc.assert(
        fc.asyncProperty(batch, async (calls) => {
          calls.forEach((call) => tally.add(call));
          await Promise.all(calls.map((call) => expectRefused(call, secrets)));
        }),
        { seed: SEED, numRuns: RUNS / BATCH },
      );
      const seconds = (performance.now() - started) / 1000;
      console.info(`HTTP: ${tally.summary()}; ${seconds.toFixed(1)} s`);
      expect(tally.total).toBe(RUNS);
      expect(tally.thinlyCovered(50)).toEqual([]);
      for (const kind of ['random-bytes', 'invalid-utf8', 'truncated-json', 'not-json-value']) {
        expect(tally.byKind.get(kind), kind).toBeGreaterThan(50);
      }
    },
  );

  it('still answers a valid call, and nothing reached Object.prototype', async () => {
    const response = await h.post('listSources', '{}');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: { items: expect.any(Array) } });
    expect(prototypeKeys()).toEqual(prototypeBefore);
  });

  it('left the workspace file byte-identical', () => {
    expect(h.s.closeAndHash()).toBe(h.s.hashBefore);
  });
});
