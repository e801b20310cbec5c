/**
 * Full-text search benchmark: `npm run bench -- search [--statements N] [--json]`.
 *
 * Builds a workspace of N statements (default 100,000) from the Wikinews corpus in a temp dir,
 * reopens it the way the app does, then times a fixed set of queries two ways on the same
 * connection: (a) through the service, `service.call('search', { query, limit: 50 })`, and
 * (b) raw, the exact FTS5 query the service runs before joining back (`STATEMENT_HITS_SQL`).
 * The ratio service/raw is what the service adds: input validation, the read transaction, the
 * join back to statements, actors and sources, and highlighting the matches in each statement's
 * own text (core/highlight.ts). See docs/benchmarks.md.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createService } from '../core/service/index';
import { openWorkspace } from '../db/workspace';
import { parseBenchArgs } from './args';
import { CORPUS_FILE, corpusExists } from './corpus';
import { buildWorkspace, plan, type Built } from './search-workspace';
import { measureQuery, round, type QueryResult } from './search-timing';

export { chooseQueries, type BenchQuery } from './search-queries';
export type { QueryResult } from './search-timing';

export const DEFAULT_STATEMENTS = 100_000;

export interface SearchBenchOptions {
  /** How many statements the workspace holds. */
  statements?: number;
  /** Timed runs per query at most (each run times the service once and raw once). */
  maxRuns?: number;
  /** Fewer runs are made for a slow query once this many milliseconds are spent on it... */
  budgetMs?: number;
  /** ...but never fewer than this. */
  minRuns?: number;
  /** Untimed runs of each side before timing. */
  warmupRuns?: number;
  /** Adds `service_ids` and `raw_ids` (the statement ids each side returned) to every query. */
  collectIds?: boolean;
  /** Keep the built workspace instead of deleting it (its path is logged). */
  keep?: boolean;
  /**
   * Time the queries on this workspace, built earlier by the benchmark and kept, instead of
   * building one (build_s is then 0). For investigating without waiting for a build.
   */
  workspace?: string;
  /** Progress lines; stderr by default, never stdout. */
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface SearchBenchResult {
  statements: number;
  build_s: number;
  queries: QueryResult[];
  /** openWorkspace() on the built file: header check, quick_check, configure(). */
  open_s: number;
  file_mb: number;
  corpus_sentences: number;
  sqlite_version: string;
  node: string;
  /** One-minute load average when the timing started and ended: other work skews the figures. */
  load_avg: [number, number];
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const statements = options.statements ?? DEFAULT_STATEMENTS;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const measure = {
    maxRuns: options.maxRuns ?? 50,
    minRuns: Math.min(options.minRuns ?? 5, options.maxRuns ?? 50),
    budgetMs: options.budgetMs ?? 15_000,
    warmupRuns: options.warmupRuns ?? 3,
    collectIds: options.collectIds,
    signal: options.signal,
  };
  const dir = options.workspace ? null : mkdtempSync(join(tmpdir(), 'parallax-bench-search-'));
  const path = options.workspace ?? join(dir!, 'bench.parallax');
  try {
    let built: Built;
    if (dir) {
      log(`Building a workspace of ${statements.toLocaleString('en')} statements in ${dir}`);
      built = await buildWorkspace(path, statements, log, options.signal);
      log(`  built in ${built.build_s.toFixed(1)} s`);
    } else {
      const peek = openWorkspace(path);
      const count = peek.db.prepare('SELECT count(*) FROM statements').pluck().get() as number;
      peek.close();
      const { sentences, queries } = plan(count);
      built = { build_s: 0, corpusSentences: sentences.length, queries };
      log(`Timing on ${path} (${count.toLocaleString('en')} statements, not rebuilt)`);
    }

    const openStarted = performance.now();
    const workspace = openWorkspace(path);
    const open_s = (performance.now() - openStarted) / 1000;
    const service = createService(workspace, { author: 'bench' });
    const loadBefore = loadavg()[0]!;
    try {
      const queries: QueryResult[] = [];
      for (const query of built.queries) {
        log(`Timing ${query.kind}: ${query.query}`);
        const result = await measureQuery(service, workspace.db, query, measure);
        log(
          `  ${result.matches} matches, ${result.runs} runs: service ${result.service_median_ms} ms ` +
            `(p95 ${result.service_p95_ms}), raw ${result.raw_median_ms} ms, ratio ${result.ratio}`,
        );
        queries.push(result);
      }
      return {
        statements: workspace.db.prepare('SELECT count(*) FROM statements').pluck().get() as number,
        build_s: round(built.build_s, 1),
        queries,
        open_s: round(open_s, 2),
        file_mb: round(statSync(path).size / 1e6, 1),
        corpus_sentences: built.corpusSentences,
        sqlite_version: workspace.db.prepare('SELECT sqlite_version()').pluck().get() as string,
        node: process.version,
        load_avg: [round(loadBefore, 2), round(loadavg()[0]!, 2)],
      };
    } finally {
      service.close();
    }
  } finally {
    if (dir && options.keep) log(`Kept the workspace: ${path}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `Usage: npm run bench -- search [--statements N] [--runs N] [--json] [--keep] [--workspace F]
  --statements N  statements in the workspace (default ${DEFAULT_STATEMENTS.toLocaleString('en')})
  --runs N        timed runs per query at most (default 50; slow queries get fewer)
  --json          print the result as JSON on stdout (progress goes to stderr)
  --keep          keep the built workspace and print its path (to stderr)
  --workspace F   time the queries on F, a workspace kept with --keep, instead of building one`;

function formatTable(result: SearchBenchResult): string {
  const header = [
    'query',
    'kind',
    'matches',
    'runs',
    'service median',
    'service p95',
    'raw median',
    'ratio',
  ];
  const rows = result.queries.map((q) => [
    q.query,
    q.kind,
    q.matches.toLocaleString('en'),
    String(q.runs),
    `${q.service_median_ms.toFixed(2)} ms`,
    `${q.service_p95_ms.toFixed(2)} ms`,
    `${q.raw_median_ms.toFixed(2)} ms`,
    q.ratio.toFixed(2) + (q.same_results ? '' : ' (results differ!)'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Search: ${result.statements.toLocaleString('en')} statements (${result.file_mb} MB), built in ${result.build_s} s, ` +
      `opened in ${result.open_s} s; SQLite ${result.sqlite_version}, Node ${result.node}; ` +
      `load average ${result.load_avg.join(' → ')}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, {
    usage: USAGE,
    statements: DEFAULT_STATEMENTS,
    runs: 50,
    strings: ['workspace'],
  });
  if (typeof parsed === 'number') return parsed;
  const { statements, runs } = parsed;
  if (!corpusExists()) {
    process.stderr.write(
      `The Wikinews corpus is missing: expected ${CORPUS_FILE}\n` +
        '(../shared/corpus/wikinews/ beside the repository; the project does not copy it).\n',
    );
    return 1;
  }

  const controller = new AbortController();
  const stop = () =>
    controller.abort(new Error('Interrupted; the temporary workspace was removed.'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const result = await runSearchBench({
      statements,
      maxRuns: runs,
      keep: parsed.keep,
      workspace: parsed.strings.workspace,
      signal: controller.signal,
    });
    process.stdout.write(parsed.json ? `${JSON.stringify(result)}\n` : `${formatTable(result)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(
      `${controller.signal.aborted ? String(controller.signal.reason) : (error as Error).stack}\n`,
    );
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
