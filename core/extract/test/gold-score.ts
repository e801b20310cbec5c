import type { Candidate } from '../types';

export interface GoldQuote {
  text: string;
  speaker: string;
  aliases: string[];
}

export interface GoldArticle {
  url: string;
  set: 'tuning' | 'held-out' | 'held-out-2';
  quotes: GoldQuote[];
}

export interface Score {
  articles: number;
  goldQuotes: number;
  /** Gold quotes found with exactly the same span text. */
  found: number;
  /** Of those, with a speaker among the gold aliases (case-insensitive). */
  rightSpeaker: number;
  /** Quote candidates extracted from the articles, and how many are gold quotes. */
  extracted: number;
  extractedGold: number;
  recall: number;
  speakerAccuracy: number;
  precision: number;
  /** What went wrong, for the test's message. */
  errors: string[];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : Math.round((a / b) * 1000) / 1000;
}

/** Scores quote candidates against hand-annotated quotes, article by article. */
export function scoreQuotes(
  articles: Array<{ gold: GoldArticle; candidates: Candidate[] }>,
): Score {
  let goldQuotes = 0;
  let found = 0;
  let rightSpeaker = 0;
  let extracted = 0;
  let extractedGold = 0;
  const errors: string[] = [];
  for (const { gold, candidates } of articles) {
    const quotes = candidates.filter((c) => c.kind === 'quote');
    const texts = new Set(gold.quotes.map((q) => q.text));
    extracted += quotes.length;
    for (const c of quotes) {
      if (texts.has(c.text)) extractedGold++;
      else errors.push(`not a gold quote: ${JSON.stringify(c.text.slice(0, 50))} (${c.speaker})`);
    }
    for (const q of gold.quotes) {
      goldQuotes++;
      const hit = quotes.find((c) => c.text === q.text);
      if (!hit) {
        errors.push(`missed: ${JSON.stringify(q.text.slice(0, 50))}`);
        continue;
      }
      found++;
      const speaker = hit.speaker?.toLowerCase();
      if (speaker && q.aliases.some((a) => a.toLowerCase() === speaker)) rightSpeaker++;
      else
        errors.push(
          `speaker of ${JSON.stringify(q.text.slice(0, 40))}: ${hit.speaker} ≠ ${q.speaker}`,
        );
    }
  }
  return {
    articles: articles.length,
    goldQuotes,
    found,
    rightSpeaker,
    extracted,
    extractedGold,
    recall: ratio(found, goldQuotes),
    speakerAccuracy: ratio(rightSpeaker, found),
    precision: ratio(extractedGold, extracted),
    errors,
  };
}
