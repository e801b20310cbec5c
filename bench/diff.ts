/**
 * `npm run bench -- diff [--runs N] [--json]`: the word diff of the comparison view (core/diff).
 *
 * - pair_3000: two ~3,000-character statements built from Wikinews sentences (bench/corpus.ts),
 *   the second with edits (a word changed in every fourth sentence, a negation added, one
 *   sentence dropped, one added): median and p95 over --runs diffs after a warm-up. Target ≤ 10 ms.
 * - unrelated_30k: two unrelated 30,000-word texts (different corpus articles, repeated), wall
 *   time of one diff; it must come back as no-alignment. Target ≤ 300 ms.
 */
import { wordDiff } from '../core/diff';
import { parseBenchArgs } from './args';
import { corpusSentencesWithArticles, loadArticles } from './corpus';

const USAGE = 'Usage: npm run bench -- diff [--runs N] [--json]';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Sentences from consecutive corpus positions until about `chars` characters. */
function statement(sentences: string[], from: number, chars: number): string[] {
  const picked: string[] = [];
  let length = 0;
  for (let i = from; length < chars && i < sentences.length; i++) {
    picked.push(sentences[i]!);
    length += sentences[i]!.length + 1;
  }
  return picked;
}

function edited(sentences: string[], extra: string): string {
  const out = sentences.map((s, i) => {
    if (i % 4 !== 1) return s;
    const words = s.split(' ');
    words[Math.floor(words.length / 2)] = 'reportedly';
    return words.join(' ');
  });
  out[0] = out[0]!.replace(/\b(is|was|are|were|has|had|will)\b/, '$1 not');
  out.splice(Math.floor(out.length / 2), 1);
  out.push(extra);
  return out.join(' ');
}

/** Words of `text` repeated until there are `count`. */
function wordsOf(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return Array.from({ length: count }, (_, i) => words[i % words.length]).join(' ');
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, { usage: USAGE, statements: 1, runs: 200 });
  if (typeof parsed === 'number') return parsed;

  const articles = loadArticles();
  const sentences = corpusSentencesWithArticles(articles).map((s) => s.text);
  const base = statement(sentences, 100, 3_000);
  const a = base.join(' ');
  const b = edited(base, sentences[2_000]!);

  const first = wordDiff(a, b);
  if (first.status !== 'ok') {
    process.stderr.write(`the 3,000-character pair did not align: ${JSON.stringify(first)}\n`);
    return 1;
  }
  for (let i = 0; i < 20; i++) wordDiff(a, b);
  const times: number[] = [];
  for (let i = 0; i < parsed.runs; i++) {
    const t = performance.now();
    wordDiff(a, b);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);

  const bySize = [...articles].sort((x, y) => y.text.length - x.text.length);
  const textA = wordsOf(bySize[0]!.text, 30_000);
  const textB = wordsOf(bySize[1]!.text, 30_000);
  wordDiff(textA.slice(0, 5_000), textB.slice(0, 5_000)); // warm the segmenter
  const t = performance.now();
  const unrelated = wordDiff(textA, textB);
  const unrelatedMs = performance.now() - t;

  const round = (n: number) => Math.round(n * 100) / 100;
  const result = {
    pair_3000_median_ms: round(percentile(times, 0.5)),
    pair_3000_p95_ms: round(percentile(times, 0.95)),
    unrelated_30k_ms: round(unrelatedMs),
    unrelated_30k_status: unrelated.status,
  };
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write(
      [
        `pair of ${a.length}/${b.length} characters: median ${result.pair_3000_median_ms} ms, p95 ${result.pair_3000_p95_ms} ms over ${parsed.runs} runs (target ≤ 10 ms)`,
        `unrelated 30,000-word texts: ${result.unrelated_30k_ms} ms, ${unrelated.status === 'ok' ? 'ok' : `no-alignment (${unrelated.reason})`} (target ≤ 300 ms, no-alignment)`,
      ].join('\n') + '\n',
    );
  }
  const ok =
    result.pair_3000_median_ms <= 10 && unrelatedMs <= 300 && unrelated.status === 'no-alignment';
  return ok ? 0 : 1;
}
