/** The search benchmark's fixed query set, chosen from the sentences its workspace holds. */

export interface BenchQuery {
  kind: string;
  query: string;
}

/**
 * The fixed query set, chosen deterministically from the sentences the workspace actually
 * holds (`used`), leaving out words of speaker names (the speaker column is indexed too, so
 * a name word would match every statement of that speaker).
 */
export function chooseQueries(used: string[], nameWords: Set<string>): BenchQuery[] {
  const df = new Map<string, number>();
  const lowercase = new Map<string, number>(); // occurrences written in lower case
  const total = new Map<string, number>();
  const tokens = used.map((s) => s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
  for (const list of tokens) {
    for (const token of list) {
      const w = token.toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      if (token === w) lowercase.set(w, (lowercase.get(w) ?? 0) + 1);
    }
    for (const w of new Set(list.map((t) => t.toLowerCase()))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  // An ordinary word: plain ASCII letters, mostly written in lower case (so not a name), and
  // in no speaker's name.
  const plain = (w: string, min: number) =>
    new RegExp(`^[a-z]{${min},}$`).test(w) &&
    !nameWords.has(w) &&
    (lowercase.get(w) ?? 0) * 2 >= (total.get(w) ?? 0);
  const byCountThenWord =
    (count: (n: number) => number) =>
    ([a, m]: [string, number], [b, n]: [string, number]) =>
      count(m) - count(n) || (a < b ? -1 : a > b ? 1 : 0);

  // Rare: a word of 7+ letters found in 1..5 distinct sentences, as close to 3 as possible.
  const rare =
    [...df]
      .filter(([w, n]) => n >= 1 && n <= 5 && plain(w, 7))
      .sort(byCountThenWord((n) => Math.abs(n - 3)))[0]?.[0] ?? 'magnitogorsk';

  // Two terms: two moderately common words (in 0.2%..3% of the sentences) that occur together,
  // but not side by side (that would be a phrase). "police arrested" when the sentences have
  // it; otherwise the pair found together in the most sentences.
  const moderate = new Set(
    [...df]
      .filter(([w, n]) => plain(w, 5) && n >= used.length * 0.002 && n <= used.length * 0.03)
      .map(([w]) => w),
  );
  const pairs = new Map<string, number>();
  for (const list of tokens) {
    const lower = list.map((t) => t.toLowerCase());
    const adjacent = new Set(lower.slice(1).map((w, i) => [lower[i], w].sort().join(' ')));
    const ws = [...new Set(lower)].filter((w) => moderate.has(w)).sort();
    for (let i = 0; i < ws.length; i++) {
      for (let j = i + 1; j < ws.length; j++) {
        const key = `${ws[i]} ${ws[j]}`;
        if (!adjacent.has(key)) pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const twoTerms =
    (pairs.get('arrested police') ?? 0) >= 2
      ? 'police arrested'
      : ([...pairs].sort(byCountThenWord((n) => -n))[0]?.[0] ?? 'police arrested');

  return [
    { kind: 'rare term', query: rare },
    { kind: 'two terms', query: twoTerms },
    { kind: 'phrase', query: '"prime minister"' },
    { kind: 'common term', query: 'said' },
    { kind: 'prefix', query: 'elect*' },
  ];
}
