import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';
import { scoreQuotes, type GoldArticle } from './test/gold-score';
import { loadWikinews, missing, WIKINEWS } from './test/shared';

const GOLD = new URL('./gold/wikinews-gold.json', import.meta.url);
const absent = missing(WIKINEWS);
/** A hang guard, not a benchmark (bench/extract.ts measures): any one article under 2 s. */
const MAX_MS_PER_ARTICLE = 2000;

describe.skipIf(absent)(`Wikinews${absent ? ` (skipped: ${absent})` : ''}`, () => {
  const articles = absent ? [] : loadWikinews();
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] }).articles;

  it('finds the hand-annotated quotes with their speakers (gold in core/extract/gold/)', () => {
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    const scored = gold.map((g) => {
      const article = byUrl.get(g.url);
      if (!article) throw new Error(`gold article not in the corpus: ${g.url}`);
      return { gold: g, candidates: extractStatements(article.text, { published: article.date }) };
    });
    const all = scoreQuotes(scored);
    const lines = (['tuning', 'held-out', 'held-out-2'] as const).map((set) => {
      const s = scoreQuotes(scored.filter((x) => x.gold.set === set));
      return `  ${set.padEnd(10)} ${s.articles} articles, ${s.goldQuotes} quotes: recall ${s.recall}, speaker accuracy ${s.speakerAccuracy}, precision ${s.precision} (${s.extractedGold}/${s.extracted})`;
    });
    console.log(
      [
        `Wikinews gold, all ${all.articles} articles, ${all.goldQuotes} quotes: recall ${all.recall}, speaker accuracy ${all.speakerAccuracy}, precision ${all.precision} (${all.extractedGold}/${all.extracted})`,
        ...lines,
        ...all.errors.map((e) => `  - ${e}`),
      ].join('\n'),
    );
    expect(all.articles).toBeGreaterThanOrEqual(8);
    expect(all.recall, all.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(all.speakerAccuracy, all.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(all.precision, all.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it(`runs over all ${articles.length} articles without failing or taking ${MAX_MS_PER_ARTICLE} ms on one`, () => {
    expect(articles.length).toBe(295);
    let statements = 0;
    for (const article of articles) {
      const t0 = performance.now();
      const found = extractStatements(article.text, { published: article.date });
      const ms = performance.now() - t0;
      expect(ms, article.url).toBeLessThan(MAX_MS_PER_ARTICLE);
      for (const c of found) {
        expect(article.text.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeLessThan(c.end);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.date === null).toBe(c.datePrecision === null);
      }
      statements += found.length;
    }
    expect(statements).toBeGreaterThan(500);
  });
});
