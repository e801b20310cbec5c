/// <reference lib="webworker" />
/**
 * Module Web Worker that runs the word diff off the UI thread (see use-word-diff.ts).
 * In: {id, a, b, locale?}. Out: {id, result}.
 */
import { wordDiff, type WordDiffResult } from '../../../core/diff';

export interface DiffRequest {
  id: number;
  a: string;
  b: string;
  locale?: string;
}

export interface DiffResponse {
  id: number;
  result: WordDiffResult;
}

/**
 * The diff's own time limit. Off the UI thread a longer one costs nothing but a "Comparing…"
 * line, and two 400-word statements that differ a good deal take a few hundred ms to align on
 * a slow laptop: well past core/diff's 250 ms default, which would give up on them.
 */
const DIFF_BUDGET_MS = 2_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DiffRequest>) => {
  const { id, a, b, locale } = event.data;
  let result: WordDiffResult;
  try {
    result = wordDiff(a, b, {
      timeoutMs: DIFF_BUDGET_MS,
      ...(locale === undefined ? {} : { locale }),
    });
  } catch {
    result = { status: 'no-alignment', reason: 'timeout' };
  }
  scope.postMessage({ id, result } satisfies DiffResponse);
};
