import { resourceUsage } from 'node:process';
import { expect } from 'vitest';

export interface Measured<T> {
  outcome: { ok: true; value: T } | { ok: false; error: unknown };
  seconds: number;
  /**
   * How far the process's peak RSS rose above its RSS at the start, in MB. Read from the
   * kernel's high-water mark, so synchronous work that never yields is caught too; an earlier,
   * higher peak in the same process only makes this an overestimate, never an under-count.
   */
  peakGrowthMB: number;
}

const MB = 1024 * 1024;

/** Runs `fn`, recording its outcome, wall time and how much it raised peak memory. */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let outcome: Measured<T>['outcome'];
  try {
    outcome = { ok: true, value: await fn() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = Math.max(resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
  const peakGrowthMB = Math.round((peak - before) / MB);
  if (process.env.PARALLAX_HOSTILE_LOG) {
    const test = expect.getState().currentTestName;
    console.info(`${test}: ${seconds.toFixed(2)} s, peak RSS +${peakGrowthMB} MB`);
  }
  return { outcome, seconds, peakGrowthMB };
}
