/**
 * Benchmark runner: `npm run bench -- <name> [args]` (tsx bench/run.ts <name> [args]).
 * Each benchmark is a module exporting `main(args): Promise<number>` (the exit code); results
 * go to stdout, progress to stderr. Recorded results: docs/benchmarks.md.
 */

export {};

type Main = (args: string[]) => Promise<number>;

const BENCHMARKS: Record<string, { describe: string; load: () => Promise<{ main: Main }> }> = {
  search: {
    describe: 'full-text search through the service vs. the raw FTS5 query',
    load: () => import('./search'),
  },
  extract: {
    describe: 'quotation and reported-speech extraction over the Wikinews corpus',
    load: () => import('./extract'),
  },
  conflicts: {
    describe: 'the conflict board (listConflicts): first page, deep page, flips, one proposition',
    load: () => import('./conflicts'),
  },
  diff: {
    describe: 'word diff of two 3,000-character statements and of two unrelated 30,000-word texts',
    load: () => import('./diff'),
  },
  report: {
    describe: 'a 50-comparison report: model, HTML and PDF (Chromium) times, pages and bytes',
    load: () => import('./report'),
  },
  'report-export': {
    describe: 'the Kirkuk sample exported to PDF end to end: by the CLI and by the browser host',
    load: () => import('./report-export'),
  },
  scale: {
    describe: 'a million statements: open, search p95, conflicts, list scrolling, host memory',
    load: () => import('./scale'),
  },
  ui: {
    describe: 'first paint, DOM size and scrolling of the statement list in Chromium',
    load: () => import('./ui'),
  },
};

function usage(): string {
  const names = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(10)} ${b.describe}`);
  return [
    'Usage: npm run bench -- <name> [args]   (tsx bench/run.ts <name> [args])',
    '',
    'Benchmarks:',
    ...names,
  ].join('\n');
}

const [name, ...args] = process.argv.slice(2);
const bench = name === undefined ? undefined : BENCHMARKS[name];
if (!bench || !Object.hasOwn(BENCHMARKS, name!)) {
  process.stderr.write(
    `${name === undefined ? 'No benchmark named.' : `Unknown benchmark: ${name}`}\n${usage()}\n`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = await (await bench.load()).main(args);
}
