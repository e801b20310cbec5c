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

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DiffRequest>) => {
  const { id, a, b, locale } = event.data;
  let result: WordDiffResult;
  try {
    result = wordDiff(a, b, locale === undefined ? {} : { locale });
  } catch {
    result = { status: 'no-alignment', reason: 'timeout' };
  }
  scope.postMessage({ id, result } satisfies DiffResponse);
};
