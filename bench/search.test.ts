import { describe, expect, it } from 'vitest';
import { CORPUS_FILE, corpusExists } from './corpus';
import { main, runSearchBench } from './search';

const hasCorpus = corpusExists();

describe('search benchmark', () => {
  // The benchmark builds its workspace from the shared Wikinews corpus, which the project does
  // not copy; without it there is nothing to build from.
  it.skipIf(!hasCorpus)(
    `runs at a tiny size, and service and raw return the same statements in the same order (skipped when ${CORPUS_FILE} is absent)`,
    async () => {
      const lines: string[] = [];
      const result = await runSearchBench({
        statements: 2000,
        maxRuns: 3,
        minRuns: 1,
        warmupRuns: 1,
        collectIds: true,
        log: (line) => lines.push(line),
      });

      expect(result).toMatchObject({ statements: 2000, build_s: expect.any(Number) });
      expect(result.queries.map((q) => q.kind)).toEqual([
        'rare term',
        'two terms',
        'phrase',
        'common term',
        'prefix',
      ]);
      for (const q of result.queries) {
        expect(q).toMatchObject({
          query: expect.any(String),
          service_median_ms: expect.any(Number),
          service_p95_ms: expect.any(Number),
          raw_median_ms: expect.any(Number),
          ratio: expect.any(Number),
        });
        expect(q.service_p95_ms).toBeGreaterThanOrEqual(q.service_median_ms);
        expect(q.ratio).toBeGreaterThan(0);
        // Apples to apples: the same statement ids, in the same order, from both sides.
        expect(q.service_ids, q.query).toEqual(q.raw_ids);
        expect(q.same_results, q.query).toBe(true);
        expect(q.service_ids!.length, q.query).toBe(Math.min(50, q.matches));
      }
      // Every query finds something, so the comparison above is not between two empty lists.
      expect(result.queries.every((q) => q.matches > 0)).toBe(true);
      // The CLI's --json output carries exactly the documented keys first.
      const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
      expect(Object.keys(json).slice(0, 3)).toEqual(['statements', 'build_s', 'queries']);
      expect(lines.some((line) => line.includes('Building a workspace'))).toBe(true);
    },
    120_000,
  );

  it('refuses unknown options and bad sizes with exit code 2, before building anything', async () => {
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await main(['--nope'])).toBe(2);
      expect(await main(['--statements', 'many'])).toBe(2);
      expect(await main(['--statements', '0'])).toBe(2);
    } finally {
      process.stderr.write = stderr;
    }
  });
});
