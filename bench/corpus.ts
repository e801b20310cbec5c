import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared Wikinews corpus (295 articles, 2019–2020, CC BY 2.5), read from
 * `../shared/corpus/wikinews/` beside the repository. The project does not copy it.
 */
const REPO_ROOT = new URL('../', import.meta.url); // this file is bench/corpus.ts
export const CORPUS_FILE = fileURLToPath(
  new URL('../shared/corpus/wikinews/articles.jsonl', REPO_ROOT),
);

export function corpusExists(): boolean {
  return existsSync(CORPUS_FILE);
}

export interface Article {
  url: string;
  date: string;
  title: string;
  text: string;
}

export function loadArticles(): Article[] {
  if (!corpusExists()) {
    throw new Error(
      `The Wikinews corpus is missing: expected ${CORPUS_FILE} ` +
        '(../shared/corpus/wikinews/articles.jsonl relative to the repository root).',
    );
  }
  return readFileSync(CORPUS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
}

export const MIN_SENTENCE = 30;
export const MAX_SENTENCE = 400;

export interface CorpusSentence {
  text: string;
  /** Index in `loadArticles()` of the article the sentence comes from (its first one). */
  article: number;
}

/**
 * Splits article texts into sentences of a plausible statement length (30..400 characters),
 * in corpus order, without duplicates. Paragraph breaks always end a sentence; otherwise a
 * sentence ends at . ! or ? (optionally followed by a closing quote or bracket) when the next
 * one starts with a capital, digit or opening quote.
 */
export function corpusSentencesWithArticles(
  articles: Article[] = loadArticles(),
): CorpusSentence[] {
  const seen = new Map<string, number>();
  articles.forEach((article, index) => {
    for (const paragraph of article.text.split(/\n+/)) {
      const flat = paragraph.replace(/\s+/g, ' ').trim();
      if (flat === '') continue;
      for (const raw of flat.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)) {
        const sentence = raw.trim();
        if (sentence.length < MIN_SENTENCE || sentence.length > MAX_SENTENCE) continue;
        if (!/\p{L}{3}/u.test(sentence)) continue;
        if (!seen.has(sentence)) seen.set(sentence, index);
      }
    }
  });
  return [...seen].map(([text, article]) => ({ text, article }));
}

/** The sentences of `corpusSentencesWithArticles`, text only. */
export function corpusSentences(articles: Article[] = loadArticles()): string[] {
  return corpusSentencesWithArticles(articles).map((s) => s.text);
}

/** Lower-cased word tokens, roughly as the FTS5 unicode61 tokenizer sees them. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** A small deterministic PRNG (mulberry32), so every build of a size has the same content. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
