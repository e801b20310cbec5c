import type { Ctx } from './context';

const WORD = /[\p{L}\p{N}]+/gu;
/** Words too common to say two sentences are about the same thing. */
const STOPWORDS = new Set(
  'the a an and or of in on at to for from by with that this these those is are was were be been has have had not no it its as into than then there their they we you he she his her our your who what which said says would will can could'.split(
    ' ',
  ),
);

export function contentWords(text: string): Set<string> {
  return new Set(
    (text.normalize('NFC').toLowerCase().match(WORD) ?? []).filter(
      (w) => w.length > 2 && !STOPWORDS.has(w),
    ),
  );
}

/**
 * Propositions a statement probably bears on: those sharing the most content words with it
 * (and with its translation), best first. Propositions are few (hundreds, at most thousands),
 * so scoring each in memory is quicker than keeping a second search index for them.
 */
export function suggestPropositions(
  ctx: Ctx,
  text: string,
  limit: number,
): Array<{ id: string; text: string; score: number }> {
  const words = contentWords(text);
  if (words.size === 0) return [];
  const scored: Array<{ id: string; text: string; score: number }> = [];
  for (const p of ctx.db
    .prepare<[], { id: string; text: string }>('SELECT id, text FROM propositions')
    .iterate()) {
    const theirs = contentWords(p.text);
    let shared = 0;
    for (const w of theirs) if (words.has(w)) shared++;
    if (shared > 0) scored.push({ ...p, score: shared / Math.sqrt(theirs.size * words.size) });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
