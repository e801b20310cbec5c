/**
 * UI benchmark: `npm run bench -- ui [--statements N] [--runs N] [--json] [--keep]`.
 *
 * Builds a workspace of N statements (default 100,000) from the Wikinews corpus, starts the
 * browser host on it (`parallax serve FILE --no-open`), opens the system's Chromium and measures:
 *
 * - first_paint_ms: from navigation start until the statement list's first row shows text and
 *   the frame holding it has been painted (a MutationObserver installed before any script
 *   notices the row; the time is taken after the next animation frame). Median of --runs loads,
 *   each in a fresh browser context.
 * - list_dom_nodes / total_dom_nodes: elements inside `[data-testid=virtual-list]`, and in the
 *   whole document, once the list is showing.
 * - scroll_to_middle_ms / scroll_to_end_ms: from setting the list's scrollTop to the middle (and
 *   then the end) until the rows in view there show text, rows fetched on demand included.
 *
 * Progress goes to stderr; the result to stdout (a table, or JSON with --json). Targets: first
 * paint ≤ 300 ms and ≤ 1,000 DOM nodes in the list. Recorded results: docs/benchmarks.md.
 */
import type { Browser, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { parseBenchArgs } from './args';
import { CORPUS_FILE, corpusExists } from './corpus';
import { startHost, type RunningHost } from './host';
import { buildWorkspace } from './ui-workspace';

export const DEFAULT_STATEMENTS = 100_000;
const REPO = fileURLToPath(new URL('../', import.meta.url));
export const VIEWPORT = { width: 1440, height: 900 };

export interface UiBenchResult {
  statements: number;
  first_paint_ms: number;
  list_dom_nodes: number;
  total_dom_nodes: number;
  scroll_to_middle_ms: number;
  scroll_to_end_ms: number;
  /** Every load's first paint, in run order (the first one is a cold browser cache). */
  first_paint_runs_ms: number[];
  /** Navigation start → the first row's text is in the DOM (before it is painted); median. */
  first_row_in_dom_ms: number;
  /** Chromium's first-contentful-paint (the first anything); median. */
  first_contentful_paint_ms: number;
  /** The renderer's own performance marks, when it sets any (name → ms), from the last run. */
  renderer_marks: Record<string, number>;
  build_s: number;
  /** From spawning `parallax serve` to its address on stdout (opening the workspace included). */
  host_start_ms: number;
  file_mb: number;
  chromium: string;
  node: string;
  /** One-minute load average before and after: other work on the machine skews the figures. */
  load_avg: [number, number];
}

// ---------------------------------------------------------------------------------------------
// Measuring (the functions passed to the page run in Chromium)

const PAGE_SCRIPT = fileURLToPath(new URL('./ui-page.js', import.meta.url));

interface LoadFigures {
  firstPaint: number;
  firstRowDom: number;
  fcp: number;
  marks: Record<string, number>;
}

// The page's side is bench/ui-page.js (window.__parallaxBench); the root tsconfig has no DOM
// types, so what runs in the page is passed as strings.

async function measureLoad(
  browser: Browser,
  url: string,
): Promise<{ figures: LoadFigures; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PAGE_SCRIPT });
  const page = await context.newPage();
  await page.goto(url);
  // Strings, not functions: evaluated through the debugger, so the page's CSP does not apply.
  await page.evaluate('window.__parallaxBench.painted');
  const figures = await page.evaluate<LoadFigures>(`({
    firstPaint: window.__parallaxBench.firstRowPaint,
    firstRowDom: window.__parallaxBench.firstRowDom,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  })`);
  return { figures, page };
}

function scrollAndWait(page: Page, fraction: number): Promise<number> {
  return page.evaluate<number>(`window.__parallaxBench.scrollAndWait(${fraction})`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export interface UiBenchOptions {
  statements?: number;
  runs?: number;
  keep?: boolean;
  log?: (line: string) => void;
}

export async function runUiBench(options: UiBenchOptions = {}): Promise<UiBenchResult> {
  const statements = options.statements ?? DEFAULT_STATEMENTS;
  const runs = options.runs ?? 5;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-ui-'));
  const file = join(dir, 'bench.parallax');
  const env = { ...process.env, PARALLAX_HOME: join(dir, 'home'), HOME: dir };
  let browser: Browser | null = null;
  let host: RunningHost | null = null;
  try {
    log(`Building a workspace of ${statements.toLocaleString('en')} statements in ${dir}`);
    const build_s = await buildWorkspace(file, statements, log);
    log(`  built in ${build_s.toFixed(1)} s`);

    log('Building the renderer…');
    execFileSync(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      ['run', '--silent', 'build:renderer'],
      {
        cwd: REPO,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    host = await startHost(file, env);
    log(`Host up in ${host.startMs.toFixed(0)} ms: ${host.url.replace(/token=.*/, 'token=…')}`);
    browser = await chromium.launch(CHROMIUM_LAUNCH);

    const loadBefore = loadavg()[0]!;
    const loads: LoadFigures[] = [];
    let lastPage: Page | null = null;
    for (let run = 0; run < runs; run++) {
      const { figures, page } = await measureLoad(browser, host.url);
      log(`  load ${run + 1}/${runs}: first row painted at ${figures.firstPaint.toFixed(1)} ms`);
      loads.push(figures);
      if (lastPage) await lastPage.context().close();
      lastPage = page;
    }
    const page = lastPage!;
    const nodes = await page.evaluate<{ list: number; total: number; rows: number }>(`({
      list: document.querySelectorAll('[data-testid=virtual-list] *').length,
      total: document.getElementsByTagName('*').length,
      rows: document.querySelectorAll('[data-testid=virtual-list] .row').length,
    })`);
    log(
      `  ${nodes.list} elements in the list (${nodes.rows} rows), ${nodes.total} in the document`,
    );
    const toMiddle = await scrollAndWait(page, 0.5);
    const toEnd = await scrollAndWait(page, 1);
    log(`  scroll to middle ${toMiddle.toFixed(1)} ms, to end ${toEnd.toFixed(1)} ms`);
    const shown = await page.locator('[data-testid=virtual-list]').getAttribute('aria-label');
    if (shown !== 'Statements') throw new Error(`Expected the statement list, found ${shown}`);

    return {
      statements,
      first_paint_ms: round(median(loads.map((l) => l.firstPaint))),
      list_dom_nodes: nodes.list,
      total_dom_nodes: nodes.total,
      scroll_to_middle_ms: round(toMiddle),
      scroll_to_end_ms: round(toEnd),
      first_paint_runs_ms: loads.map((l) => round(l.firstPaint)),
      first_row_in_dom_ms: round(median(loads.map((l) => l.firstRowDom))),
      first_contentful_paint_ms: round(median(loads.map((l) => l.fcp))),
      renderer_marks: Object.fromEntries(
        Object.entries(loads.at(-1)!.marks).map(([k, v]) => [k, round(v)]),
      ),
      build_s: round(build_s),
      host_start_ms: round(host.startMs, 0),
      file_mb: round(statSync(file).size / 1e6),
      chromium: browser.version(),
      node: process.version,
      load_avg: [round(loadBefore, 2), round(loadavg()[0]!, 2)],
    };
  } finally {
    await browser?.close();
    const code = await host?.stop();
    if (host && code !== 0) log(`parallax serve exited with ${code}`);
    if (options.keep) log(`Kept the workspace: ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `Usage: npm run bench -- ui [--statements N] [--runs N] [--json] [--keep]
  --statements N  statements in the workspace (default ${DEFAULT_STATEMENTS.toLocaleString('en')})
  --runs N        page loads to take the median first paint of (default 5)
  --json          print the result as JSON on stdout (progress goes to stderr)
  --keep          keep the built workspace and print its path (to stderr)`;

function formatTable(r: UiBenchResult): string {
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  return [
    `UI: ${r.statements.toLocaleString('en')} statements (${r.file_mb} MB, built in ${r.build_s} s); ` +
      `host up in ${r.host_start_ms} ms; Chromium ${r.chromium}, Node ${r.node}; load average ${r.load_avg.join(' → ')}`,
    '',
    `first paint of the statement list  ${r.first_paint_ms} ms (median of ${r.first_paint_runs_ms.join(', ')})  target ≤ 300: ${verdict(r.first_paint_ms <= 300)}`,
    `  first row in the DOM             ${r.first_row_in_dom_ms} ms; first contentful paint ${r.first_contentful_paint_ms} ms`,
    `elements in the list               ${r.list_dom_nodes}  target ≤ 1,000: ${verdict(r.list_dom_nodes <= 1000)}`,
    `elements in the document           ${r.total_dom_nodes}`,
    `scroll to the middle               ${r.scroll_to_middle_ms} ms`,
    `scroll to the end                  ${r.scroll_to_end_ms} ms`,
  ].join('\n');
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, { usage: USAGE, statements: DEFAULT_STATEMENTS, runs: 5 });
  if (typeof parsed === 'number') return parsed;
  const { statements, runs } = parsed;
  if (!corpusExists()) {
    process.stderr.write(`The Wikinews corpus is missing: expected ${CORPUS_FILE}\n`);
    return 1;
  }
  try {
    const result = await runUiBench({ statements, runs, keep: parsed.keep });
    process.stdout.write(parsed.json ? `${JSON.stringify(result)}\n` : `${formatTable(result)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).stack}\n`);
    return 1;
  }
}
