/**
 * Scale benchmark: `npm run bench -- scale [--statements N] [--propositions P] [--json] [--keep]
 * [--workspace F] [--trace T]`.
 *
 * One workspace of N statements (default 1,000,000; Wikinews sentences, as the search
 * benchmark builds it) with a stance each over P propositions (default 10,000), then the five
 * figures the hardening issue sets targets for:
 *
 * - open_ms: the app opening a file this Parallax closed (header checks, schema read,
 *   connection setup; the full integrity check is skipped for a file unchanged since, see
 *   db/verified-files.ts); median of 5. Target ≤ 300 ms. open_first_ms: the app's first open of
 *   a file from elsewhere, whose full check then runs on a worker thread while it is open
 *   (db/open-checking-later.ts), done after open_first_check_ms. open_full_check_ms: the
 *   command line's open, which runs SQLite's quick_check over the whole file before answering.
 * - search_p95_ms: the worst p95 over the search benchmark's queries, through the service
 *   (`search`, 50 results). Target ≤ 20 ms.
 * - conflicts_ms: the conflict board's first page (listConflicts, 200) on a fresh connection,
 *   median of 5 (and warm). Target ≤ 200 ms.
 * - scroll_frame_p95_ms: the statement list in Chromium scrolled half a screen per animation
 *   frame for 3 s under a Chrome trace; per frame, the renderer main thread's task that produced
 *   it (scroll event and React's re-render of the rows, requestAnimationFrame, style, layout,
 *   paint, commit), p95 over the frames. Target ≤ 16 ms. Not the interval between frames, which
 *   is paced by vsync (16.7 ms at 60 Hz whatever a frame costs, if it fits) and so could never
 *   show a frame costing under 16 ms; that interval is still reported (scroll_interval_p95_ms),
 *   as are the frame tasks' CPU time (scroll_frame_cpu_*: wall time minus waiting for a core,
 *   which is what other work on the machine inflates), main-thread busy time and raster time
 *   per frame interval. See bench/scroll-frames.ts.
 * - host_rss_mb: resident memory of the browser host process (`parallax serve`) after the UI
 *   work above, and its peak. Target ≤ 400 MB.
 *
 * Progress to stderr, the result to stdout (JSON with --json). Recorded in docs/benchmarks.md.
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createService } from '../core/service/index';
import { VerifiedFiles } from '../db/verified-files';
import { openWorkspaceCheckingLater } from '../db/open-checking-later';
import { openWorkspace } from '../db/workspace';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { parseBenchArgs } from './args';
import { residentMemory, startHost } from './host';
import { addStances } from './scale-stances';
import { type ScrollFrames, measureScrollFrames } from './scroll-frames';
import { buildWorkspace, plan } from './search-workspace';
import { measureQuery, round } from './search-timing';
import { VIEWPORT } from './ui';

const USAGE = `Usage: npm run bench -- scale [--statements N] [--propositions P] [--json] [--keep] [--workspace F] [--trace T]
  --statements N    statements in the workspace (default 1,000,000)
  --propositions P  propositions their stances are on (default 10,000)
  --json            print the result as JSON
  --keep            keep the built workspace and print its path (to stderr)
  --workspace F     measure F (built with --keep; stances are added if it has none)
  --trace T         write the Chrome trace of the scrolling to T (DevTools' Performance panel loads it)`;

const TARGETS = {
  open_ms: 300,
  search_p95_ms: 20,
  conflicts_ms: 200,
  scroll_frame_p95_ms: 16,
  host_rss_mb: 400,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
};

/**
 * Opening, three ways. The app's first open of a file it has not verified (copied in, synced):
 * header and schema checks, the full check on a worker thread (open_first_ms, then
 * open_first_check_ms until that check passed). The command line's open, which checks the whole
 * file before it answers (open_full_check_ms). And the app reopening a file it closed, `runs`
 * times (open_ms).
 */
async function timeOpen(
  path: string,
  runs: number,
  dataDir: string,
): Promise<{ first: number; firstCheck: number; full: number; verified: number[] }> {
  const verified = new VerifiedFiles(dataDir);
  let started = performance.now();
  const opened = openWorkspaceCheckingLater(path, { verified });
  const first = performance.now() - started;
  const damage = await opened.check;
  const firstCheck = performance.now() - started;
  opened.workspace.close();
  if (damage) throw damage;
  if (!opened.check) throw new Error(`${path} was checked before it opened (small or old?)`);

  started = performance.now();
  openWorkspace(path).close();
  const full = performance.now() - started;

  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    const workspace = openWorkspaceCheckingLater(path, { verified }).workspace;
    times.push(performance.now() - started);
    workspace.close();
  }
  return { first, firstCheck, full, verified: times };
}

function timeConflicts(path: string, runs: number): { cold: number[]; warm: number[] } {
  const cold: number[] = [];
  for (let i = 0; i < runs; i++) {
    const service = createService(openWorkspace(path), { author: 'bench' });
    const started = performance.now();
    service.call('listConflicts', { limit: 200 });
    cold.push(performance.now() - started);
    service.close();
  }
  const service = createService(openWorkspace(path), { author: 'bench' });
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    service.call('listConflicts', { limit: 200 });
    warm.push(performance.now() - started);
  }
  service.close();
  return { cold, warm };
}

async function searchP95(path: string, log: (l: string) => void) {
  const workspace = openWorkspace(path);
  const service = createService(workspace, { author: 'bench' });
  try {
    const count = workspace.db.prepare('SELECT count(*) FROM statements').pluck().get() as number;
    const results = [];
    for (const query of plan(count).queries) {
      const r = await measureQuery(service, workspace.db, query, {
        maxRuns: 30,
        minRuns: 5,
        budgetMs: 5_000,
        warmupRuns: 3,
      });
      log(`  ${query.kind} "${query.query}": p95 ${r.service_p95_ms} ms`);
      results.push({ kind: query.kind, query: query.query, p95_ms: r.service_p95_ms });
    }
    return { count, results };
  } finally {
    service.close();
  }
}

async function measureUi(url: string, log: (l: string) => void) {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page: Page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(url);
    await page.locator('[data-testid=virtual-list] [role=option]').first().waitFor();
    const frames = await measureScrollFrames(page);
    log(
      `  ${frames.frame_ms.length} frames scrolled: main-thread task p95 ${round(p95(frames.frame_ms), 1)} ms, ` +
        `interval p95 ${round(p95(frames.intervals_ms), 1)} ms`,
    );
    // Other work a researcher does, so the host's memory reflects a session, not a page load.
    await page.getByRole('searchbox').first().fill('minister said');
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: /^Conflicts/ }).click();
    await page.locator('.compare-body').waitFor();
    await page.waitForTimeout(1000);
    return frames;
  } finally {
    await browser.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, {
    usage: USAGE,
    statements: 1_000_000,
    runs: 5,
    strings: ['propositions', 'workspace', 'trace'],
  });
  if (typeof parsed === 'number') return parsed;
  const propositions = Number(parsed.strings.propositions ?? '10000');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const kept = parsed.strings.workspace;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-scale-'));
  const path = kept ?? join(dir, 'bench.parallax');
  const env = { ...process.env, PARALLAX_HOME: join(dir, 'home'), HOME: dir };
  try {
    let build_s = 0;
    const started = performance.now();
    if (!kept) {
      log(`Building ${parsed.statements.toLocaleString('en')} statements…`);
      await buildWorkspace(path, parsed.statements, log);
    }
    log('Stances…');
    await addStances(path, propositions, log);
    build_s = round((performance.now() - started) / 1000, 1);

    log('Opening…');
    const open = await timeOpen(path, parsed.runs, join(dir, 'home'));
    log('Searching…');
    const search = await searchP95(path, log);
    log('Conflicts…');
    const conflicts = timeConflicts(path, parsed.runs);

    log('Renderer and host…');
    execFileSync('npm', ['run', '--silent', 'build:renderer'], { stdio: 'inherit' });
    const host = await startHost(path, env);
    let frames: ScrollFrames;
    let memory: ReturnType<typeof residentMemory>;
    try {
      frames = await measureUi(host.url, log);
      if (parsed.strings.trace) {
        writeFileSync(parsed.strings.trace, JSON.stringify({ traceEvents: frames.trace }));
        log(`Wrote the scroll trace: ${parsed.strings.trace}`);
      }
      memory = residentMemory(host.pid);
    } finally {
      await host.stop();
    }

    const result = {
      name: 'scale',
      statements: search.count,
      propositions,
      file_mb: round(statSync(path).size / 1e6, 1),
      build_s,
      open_ms: round(median(open.verified), 1),
      open_runs_ms: open.verified.map((t) => round(t, 1)),
      open_first_ms: round(open.first, 1),
      open_first_check_ms: round(open.firstCheck, 0),
      open_full_check_ms: round(open.full, 1),
      search_p95_ms: Math.max(...search.results.map((r) => r.p95_ms)),
      search: search.results,
      conflicts_ms: round(median(conflicts.cold), 1),
      conflicts_warm_ms: round(median(conflicts.warm), 1),
      scroll_frames: frames.frame_ms.length,
      scroll_frame_p50_ms: round(median(frames.frame_ms), 1),
      scroll_frame_p95_ms: round(p95(frames.frame_ms), 1),
      scroll_frame_max_ms: round(Math.max(...frames.frame_ms), 1),
      scroll_frame_phases_ms: Object.fromEntries(
        Object.entries(frames.phases).map(([phase, ms]) => [phase, round(ms, 1)]),
      ),
      scroll_frame_cpu_p50_ms: round(median(frames.frame_cpu_ms), 1),
      scroll_frame_cpu_p95_ms: round(p95(frames.frame_cpu_ms), 1),
      scroll_frame_cpu_max_ms: round(Math.max(...frames.frame_cpu_ms), 1),
      scroll_main_thread_p95_ms: round(p95(frames.main_thread_busy_ms), 1),
      scroll_raster_p95_ms: round(p95(frames.raster_ms), 1),
      scroll_interval_p95_ms: round(p95(frames.intervals_ms), 1),
      scroll_interval_max_ms: round(Math.max(...frames.intervals_ms), 1),
      host_start_ms: round(host.startMs, 0),
      host_rss_mb: memory?.rss_mb ?? null,
      host_peak_rss_mb: memory?.peak_mb ?? null,
      targets: TARGETS,
      node: process.version,
      load_avg: round(loadavg()[0]!, 2),
    };
    const over = (Object.keys(TARGETS) as Array<keyof typeof TARGETS>).filter(
      (k) => typeof result[k] === 'number' && (result[k] as number) > TARGETS[k],
    );
    process.stdout.write(
      parsed.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
    );
    if (over.length > 0) log(`Over target: ${over.join(', ')}`);
    return over.length > 0 ? 1 : 0;
  } finally {
    if (parsed.keep && !kept) log(`Kept the workspace: ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
