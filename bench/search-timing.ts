/** Timing one query of the search benchmark through the service and raw, on the same connection. */
import type { Database } from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { Service } from '../core/service/index';
import { STATEMENT_HITS_SQL } from '../core/service/search';
import { toFtsQuery } from '../core/search-query';
import { tick } from './build';
import type { BenchQuery } from './search-queries';

/** Results the service returns per query (and the raw query's LIMIT). */
const LIMIT = 50;

export interface QueryResult {
  query: string;
  service_median_ms: number;
  service_p95_ms: number;
  raw_median_ms: number;
  /** service_median / raw_median. */
  ratio: number;
  /** What the query stands for: rare term, two terms, phrase, common term, prefix. */
  kind: string;
  /** How many statements match (the service returns the best 50). */
  matches: number;
  runs: number;
  raw_p95_ms: number;
  /** Service and raw returned the same statements in the same order. */
  same_results: boolean;
  service_ids?: string[];
  raw_ids?: string[];
}

/** How to time a query (runSearchBench fills in the defaults). */
export interface TimingOptions {
  /** Timed runs at most (each run times the service once and raw once). */
  maxRuns: number;
  /** Fewer runs are made for a slow query once this many milliseconds are spent on it... */
  budgetMs: number;
  /** ...but never fewer than this. */
  minRuns: number;
  /** Untimed runs of each side before timing. */
  warmupRuns: number;
  /** Adds `service_ids` and `raw_ids` to the result. */
  collectIds?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank 95th percentile. */
function p95(sorted: number[]): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

export async function measureQuery(
  service: Service,
  db: Database,
  { kind, query }: BenchQuery,
  options: TimingOptions,
): Promise<QueryResult> {
  const viaService = () => service.call('search', { query, limit: LIMIT });
  const raw = () =>
    db.prepare(STATEMENT_HITS_SQL).all(toFtsQuery(query), LIMIT) as Array<{ rowid: number }>;

  const match = toFtsQuery(query);
  const matches = match
    ? (db
        .prepare('SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?')
        .pluck()
        .get(match) as number)
    : 0;
  const idOf = db.prepare<[number], string>('SELECT id FROM statements WHERE seq = ?').pluck();
  const serviceIds = viaService().results.map((r) => r.statementId);
  const rawIds = raw().map((r) => idOf.get(r.rowid)!);
  const same = serviceIds.length === rawIds.length && serviceIds.every((id, i) => id === rawIds[i]);

  for (let i = 0; i < options.warmupRuns; i++) {
    viaService();
    raw();
  }

  const serviceMs: number[] = [];
  const rawMs: number[] = [];
  const started = performance.now();
  for (let run = 0; run < options.maxRuns; run++) {
    options.signal?.throwIfAborted();
    // Alternate which side goes first, so neither always runs on the other's warm cache.
    const order = run % 2 === 0 ? ['service', 'raw'] : ['raw', 'service'];
    for (const side of order) {
      const t0 = performance.now();
      if (side === 'service') viaService();
      else raw();
      (side === 'service' ? serviceMs : rawMs).push(performance.now() - t0);
    }
    if (run + 1 >= options.minRuns && performance.now() - started > options.budgetMs) break;
    await tick();
  }
  serviceMs.sort((a, b) => a - b);
  rawMs.sort((a, b) => a - b);
  const serviceMedian = median(serviceMs);
  const rawMedian = median(rawMs);
  return {
    query,
    service_median_ms: round(serviceMedian, 3),
    service_p95_ms: round(p95(serviceMs), 3),
    raw_median_ms: round(rawMedian, 3),
    ratio: round(serviceMedian / rawMedian, 3),
    kind,
    matches,
    runs: serviceMs.length,
    raw_p95_ms: round(p95(rawMs), 3),
    same_results: same,
    ...(options.collectIds ? { service_ids: serviceIds, raw_ids: rawIds } : {}),
  };
}
