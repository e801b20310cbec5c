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
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createService, type Service } from '../core/service/index';
import { STATEMENT_HITS_SQL } from '../core/service/search';
import { toFtsQuery } from '../core/search-query';
import { createWorkspace, openWorkspace } from '../db/workspace';
import {
  CORPUS_FILE,
  corpusExists,
  corpusSentencesWithArticles,
  loadArticles,
  prng,
  shuffle,
  words,
} from './corpus';

export const DEFAULT_STATEMENTS = 100_000;
const LIMIT = 50;

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

// ---------------------------------------------------------------------------------------------
// Speakers

/** Officials in the news of 2019–2020; they get a fifth of all statements between them. */
const REAL_SPEAKERS: Array<{ name: string; aliases?: string[] }> = [
  { name: 'Boris Johnson' },
  { name: 'Angela Merkel' },
  { name: 'Emmanuel Macron' },
  { name: 'Donald Trump' },
  { name: 'Joe Biden' },
  { name: 'Jacinda Ardern' },
  { name: 'Scott Morrison' },
  { name: 'Justin Trudeau' },
  { name: 'Narendra Modi' },
  { name: 'Imran Khan' },
  { name: 'Xi Jinping' },
  { name: 'Vladimir Putin' },
  { name: 'Recep Tayyip Erdoğan' },
  { name: 'Hassan Rouhani', aliases: ['حسن روحانی'] },
  { name: 'Mohammad Javad Zarif', aliases: ['محمدجواد ظریف'] },
  { name: 'Jair Bolsonaro' },
  { name: 'Andrés Manuel López Obrador', aliases: ['AMLO'] },
  { name: 'Cyril Ramaphosa' },
  { name: 'Abiy Ahmed' },
  { name: 'Moon Jae-in' },
  { name: 'Shinzo Abe' },
  { name: 'Tedros Adhanom Ghebreyesus', aliases: ['Tedros'] },
  { name: 'António Guterres' },
  { name: 'Ursula von der Leyen' },
  { name: 'Mike Pompeo' },
  { name: 'Nancy Pelosi' },
  { name: 'Pedro Sánchez' },
  { name: 'Giuseppe Conte' },
  { name: 'Benjamin Netanyahu', aliases: ['Bibi'] },
  { name: 'Jens Stoltenberg' },
  { name: 'Carrie Lam' },
  { name: 'Tsai Ing-wen' },
  { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy'] },
  { name: 'Alexander Lukashenko' },
  { name: 'Nicolás Maduro' },
  { name: 'Juan Guaidó' },
  { name: 'Sebastián Piñera' },
  { name: 'Alberto Fernández' },
  { name: 'Muhammadu Buhari' },
  { name: 'Mohammed bin Salman', aliases: ['MBS'] },
];

// prettier-ignore
const FIRST_NAMES = [
  'Amina', 'Ahmed', 'Ana', 'Andrei', 'Beatriz', 'Carlos', 'Chen', 'Dmitri', 'Elena', 'Emeka',
  'Fatima', 'Farhad', 'Grace', 'Hiroshi', 'Ingrid', 'Ibrahim', 'Jan', 'Jiwoo', 'Karim', 'Kateryna',
  'Lars', 'Leila', 'Luis', 'Maria', 'Mehmet', 'Miguel', 'Nadia', 'Nguyen', 'Olga', 'Omar',
  'Pablo', 'Priya', 'Rahul', 'Reza', 'Sara', 'Sergei', 'Sofia', 'Tariq', 'Thandiwe', 'Tomás',
  'Ulrike', 'Valentina', 'Wei', 'Yusuf', 'Zainab', 'Zoltán', 'Agnieszka', 'Björn', 'Chiara', 'Dawit',
];
// prettier-ignore
const LAST_NAMES = [
  'Abdullahi', 'Andersson', 'Bauer', 'Castillo', 'Chowdhury', 'Dubois', 'Eriksen', 'Fernandes',
  'García', 'Haddad', 'Hosseini', 'Ivanova', 'Jansen', 'Kamau', 'Kowalski', 'Kumar', 'Larsen',
  'Lindqvist', 'Mahmoud', 'Mensah', 'Moreau', 'Nakamura', 'Novák', 'Okafor', 'Olsen', 'Öztürk',
  'Petrov', 'Quispe', 'Rahimi', 'Rossi', 'Santos', 'Schmidt', 'Shevchenko', 'Silva', 'Sokolov',
  'Suzuki', 'Tanaka', 'Teixeira', 'Tshabalala', 'Usman', 'Vargas', 'Virtanen', 'Wagner', 'Wang',
  'Yamamoto', 'Yilmaz', 'Zhang', 'Zielinski', 'Moradi', 'Banda',
];
const GENERATED_SPEAKERS = 2000;

function speakerNames(random: () => number): Array<{ name: string; aliases?: string[] }> {
  const combos: string[] = [];
  for (const first of FIRST_NAMES) for (const last of LAST_NAMES) combos.push(`${first} ${last}`);
  const generated = shuffle(combos, random)
    .slice(0, GENERATED_SPEAKERS)
    .map((name) => ({ name }));
  return [...REAL_SPEAKERS, ...generated];
}

// ---------------------------------------------------------------------------------------------
// Queries

interface BenchQuery {
  kind: string;
  query: string;
}

/**
 * The fixed query set, chosen deterministically from the sentences the workspace actually
 * holds (`used`), leaving out words of speaker names (the speaker column is indexed too, so
 * a name word would match every statement of that speaker).
 */
export function chooseQueries(used: string[], nameWords: Set<string>): BenchQuery[] {
  const df = new Map<string, number>();
  const lowercase = new Map<string, number>(); // occurrences written in lower case
  const total = new Map<string, number>();
  const tokens = used.map((s) => s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
  for (const list of tokens) {
    for (const token of list) {
      const w = token.toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      if (token === w) lowercase.set(w, (lowercase.get(w) ?? 0) + 1);
    }
    for (const w of new Set(list.map((t) => t.toLowerCase()))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  // An ordinary word: plain ASCII letters, mostly written in lower case (so not a name), and
  // in no speaker's name.
  const plain = (w: string, min: number) =>
    new RegExp(`^[a-z]{${min},}$`).test(w) &&
    !nameWords.has(w) &&
    (lowercase.get(w) ?? 0) * 2 >= (total.get(w) ?? 0);
  const byCountThenWord =
    (count: (n: number) => number) =>
    ([a, m]: [string, number], [b, n]: [string, number]) =>
      count(m) - count(n) || (a < b ? -1 : a > b ? 1 : 0);

  // Rare: a word of 7+ letters found in 1..5 distinct sentences, as close to 3 as possible.
  const rare =
    [...df]
      .filter(([w, n]) => n >= 1 && n <= 5 && plain(w, 7))
      .sort(byCountThenWord((n) => Math.abs(n - 3)))[0]?.[0] ?? 'magnitogorsk';

  // Two terms: two moderately common words (in 0.2%..3% of the sentences) that occur together,
  // but not side by side (that would be a phrase). "police arrested" when the sentences have
  // it; otherwise the pair found together in the most sentences.
  const moderate = new Set(
    [...df]
      .filter(([w, n]) => plain(w, 5) && n >= used.length * 0.002 && n <= used.length * 0.03)
      .map(([w]) => w),
  );
  const pairs = new Map<string, number>();
  for (const list of tokens) {
    const lower = list.map((t) => t.toLowerCase());
    const adjacent = new Set(lower.slice(1).map((w, i) => [lower[i], w].sort().join(' ')));
    const ws = [...new Set(lower)].filter((w) => moderate.has(w)).sort();
    for (let i = 0; i < ws.length; i++) {
      for (let j = i + 1; j < ws.length; j++) {
        const key = `${ws[i]} ${ws[j]}`;
        if (!adjacent.has(key)) pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const twoTerms =
    (pairs.get('arrested police') ?? 0) >= 2
      ? 'police arrested'
      : ([...pairs].sort(byCountThenWord((n) => -n))[0]?.[0] ?? 'police arrested');

  return [
    { kind: 'rare term', query: rare },
    { kind: 'two terms', query: twoTerms },
    { kind: 'phrase', query: '"prime minister"' },
    { kind: 'common term', query: 'said' },
    { kind: 'prefix', query: 'elect*' },
  ];
}

// ---------------------------------------------------------------------------------------------
// Building

const STAMP = '2021-01-15T09:00:00.000Z';
const BATCH = 50_000;

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What a workspace of `statements` statements holds, decided before anything is written: the
 * same size always gives the same sentences, speakers and queries (one seeded random source).
 */
function plan(statements: number) {
  const random = prng(20190104);
  const articles = loadArticles();
  const sentences = shuffle(corpusSentencesWithArticles(articles), random);
  const used = sentences.slice(0, Math.min(statements, sentences.length)).map((s) => s.text);
  const speakers = speakerNames(random);
  const nameWords = new Set(speakers.flatMap((s) => [s.name, ...(s.aliases ?? [])].flatMap(words)));
  return { random, articles, sentences, speakers, queries: chooseQueries(used, nameWords) };
}

interface Built {
  build_s: number;
  corpusSentences: number;
  queries: BenchQuery[];
}

async function buildWorkspace(
  path: string,
  statements: number,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<Built> {
  const started = performance.now();
  const { random, articles, sentences, speakers, queries } = plan(statements);

  const workspace = createWorkspace(path);
  try {
    const { db } = workspace;
    // Build-time only: a large page cache keeps the random-order inserts into the UNIQUE(id)
    // and speaker indexes fast. The workspace is closed and reopened with the app's own
    // settings (db/workspace.ts configure()) before anything is measured.
    db.pragma('cache_size = -262144');

    // Sources (one per article; each statement cites the article its sentence comes from) and
    // actors go through the service, as the app would create them.
    const service = createService(workspace, { author: 'bench' });
    const sourceIds = articles.map(
      (article) =>
        service.call('createSource', {
          title: article.title,
          body: article.text,
          kind: 'article',
          outlet: 'Wikinews',
          url: article.url,
          publishedOn: article.date,
          language: 'en',
        }).id,
    );
    const ids = speakers.map(
      ({ name, aliases }) => service.call('createActor', { name, aliases: aliases ?? [] }).id,
    );
    const realCount = REAL_SPEAKERS.length;

    // Statements go straight into the table with one prepared INSERT in large transactions:
    // the service's per-call change recording (changes log, undo stack) is not what this
    // benchmark measures, and a million createStatement calls would take far longer. The FTS
    // triggers still fire on every row, so statements_fts is built the real way.
    const insert = db.prepare(
      `INSERT INTO statements (id, speaker_id, source_id, text, kind, language, said_on, said_on_precision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'en', ?, 'day', ?, ?)`,
    );
    const dates = days('2019-01-01', '2020-12-31');
    const insertBatch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const speaker =
          random() < 0.2
            ? ids[Math.floor(random() * realCount)]!
            : ids[realCount + Math.floor(random() * (ids.length - realCount))]!;
        const sentence = sentences[i % sentences.length]!;
        insert.run(
          randomUUID(),
          speaker,
          sourceIds[sentence.article]!,
          sentence.text,
          random() < 0.6 ? 'quote' : 'paraphrase',
          dates[Math.floor(random() * dates.length)]!,
          STAMP,
          STAMP,
        );
      }
    });
    for (let from = 0; from < statements; from += BATCH) {
      signal?.throwIfAborted();
      const to = Math.min(statements, from + BATCH);
      insertBatch(from, to);
      log(`  inserted ${to.toLocaleString('en')} / ${statements.toLocaleString('en')} statements`);
      await tick();
    }
    signal?.throwIfAborted();

    // The state a workspace should be in after a large import (the app should do the same):
    // the FTS index merged into one b-tree, then fresh planner statistics.
    log('  merging the FTS index (optimize)…');
    db.exec(`INSERT INTO statements_fts (statements_fts) VALUES ('optimize')`);
    log('  ANALYZE, PRAGMA optimize…');
    db.exec('ANALYZE');
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      build_s: (performance.now() - started) / 1000,
      corpusSentences: sentences.length,
      queries,
    };
  } finally {
    workspace.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank 95th percentile. */
function p95(sorted: number[]): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

async function measureQuery(
  service: Service,
  db: Database,
  { kind, query }: BenchQuery,
  options: Required<Pick<SearchBenchOptions, 'maxRuns' | 'minRuns' | 'budgetMs' | 'warmupRuns'>> &
    Pick<SearchBenchOptions, 'collectIds' | 'signal'>,
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
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        statements: { type: 'string' },
        runs: { type: 'string' },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const count = (raw: string | undefined, fallback: number, name: string): number | null => {
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(`--${name} must be a positive whole number, not ${raw}\n${USAGE}\n`);
      return null;
    }
    return n;
  };
  const statements = count(values.statements, DEFAULT_STATEMENTS, 'statements');
  const runs = count(values.runs, 50, 'runs');
  if (statements === null || runs === null) return 2;
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
      keep: values.keep,
      workspace: values.workspace,
      signal: controller.signal,
    });
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${formatTable(result)}\n`);
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
