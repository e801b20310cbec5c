/**
 * Extraction benchmark: `npm run bench -- extract [--json]`.
 *
 * Runs `extractStatements` over every article of the shared Wikinews corpus (295 articles,
 * ../shared/corpus/wikinews/), each with its publication date, once untimed to warm the JIT
 * and then timed article by article. Prints {"articles","total_ms","mean_ms","p95_ms","max_ms"}
 * (and, without --json, a readable line). Target: at most 50 ms an article. See
 * docs/benchmarks.md.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractStatements } from '../core/extract';
import { corpusExists, CORPUS_FILE, loadArticles } from './corpus';

export interface ExtractBenchResult {
  articles: number;
  total_ms: number;
  mean_ms: number;
  p95_ms: number;
  max_ms: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function benchExtract(): ExtractBenchResult {
  const articles = loadArticles();
  for (const a of articles) extractStatements(a.text, { published: a.date });
  const times = articles.map((a) => {
    const t0 = performance.now();
    extractStatements(a.text, { published: a.date });
    return performance.now() - t0;
  });
  const sorted = [...times].sort((x, y) => x - y);
  const total = times.reduce((sum, t) => sum + t, 0);
  return {
    articles: articles.length,
    total_ms: round(total),
    mean_ms: round(total / articles.length),
    p95_ms: round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0),
    max_ms: round(sorted[sorted.length - 1] ?? 0),
  };
}

export async function main(args: string[]): Promise<number> {
  let json = false;
  try {
    json = Boolean(
      parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true }).values.json,
    );
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nUsage: npm run bench -- extract [--json]\n`);
    return 2;
  }
  if (!corpusExists()) {
    process.stderr.write(`The Wikinews corpus is missing: expected ${CORPUS_FILE}.\n`);
    return 1;
  }
  const result = benchExtract();
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `extract: ${result.articles} articles in ${result.total_ms} ms — mean ${result.mean_ms} ms, ` +
        `p95 ${result.p95_ms} ms, max ${result.max_ms} ms an article (target ≤ 50 ms)\n`,
    );
  }
  return 0;
}
