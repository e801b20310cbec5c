/**
 * `useWordDiff(a, b, locale)`: the word diff of two statements (core/diff), computed in one
 * shared module Web Worker started on first use. While it runs the hook returns `null`; if the
 * worker cannot start, fails, or does not answer within 4 s (its diff gives up after 2 s;
 * the rest allows for starting the worker), it returns no-alignment (timeout)
 * so the comparison view shows the texts side by side instead.
 */
import { useEffect, useState } from 'react';
import type { WordDiffResult } from '../../../core/diff';
import type { DiffRequest, DiffResponse } from './diff.worker';

export const WORKER_TIMEOUT_MS = 4_000;

const NO_ANSWER: WordDiffResult = { status: 'no-alignment', reason: 'timeout' };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: WordDiffResult) => void>();

function failAll(): void {
  for (const resolve of pending.values()) resolve(NO_ANSWER);
  pending.clear();
}

function sharedWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<DiffResponse>) => {
    const resolve = pending.get(event.data.id);
    if (!resolve) return;
    pending.delete(event.data.id);
    resolve(event.data.result);
  };
  worker.onerror = () => {
    // A broken worker answers nothing: fail what waits and start afresh on the next request.
    worker?.terminate();
    worker = null;
    failAll();
  };
  return worker;
}

/** Asks the shared worker for the diff; resolves with no-alignment after `timeoutMs` without answer. */
export function requestWordDiff(
  a: string,
  b: string,
  locale?: string,
  timeoutMs: number = WORKER_TIMEOUT_MS,
): Promise<WordDiffResult> {
  const w = sharedWorker();
  if (!w) return Promise.resolve(NO_ANSWER);
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve(NO_ANSWER);
    }, timeoutMs);
    pending.set(id, (result) => {
      clearTimeout(timer);
      resolve(result);
    });
    const request: DiffRequest = locale === undefined ? { id, a, b } : { id, a, b, locale };
    w.postMessage(request);
  });
}

/** The word diff of `a` against `b`, or `null` while the worker computes it. */
export function useWordDiff(a: string, b: string, locale?: string): WordDiffResult | null {
  const [state, setState] = useState<{ key: string; result: WordDiffResult } | null>(null);
  const key = JSON.stringify([a, b, locale ?? null]);
  useEffect(() => {
    let live = true;
    void requestWordDiff(a, b, locale).then((result) => {
      if (live) setState({ key, result });
    });
    return () => {
      live = false;
    };
  }, [a, b, locale, key]);
  return state !== null && state.key === key ? state.result : null;
}
