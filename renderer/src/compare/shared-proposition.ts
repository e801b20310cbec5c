import type { StatementDetail } from '../../../core/api';

/**
 * The proposition a comparison is about, as far as its statements tell: the one most of them
 * take a stance on (at least two), opposed stances first, then the first met. Its stances head
 * the columns, so the reader sees who affirms and who denies before reading a word.
 */
export function sharedProposition(
  statements: StatementDetail[],
): { id: string; text: string } | null {
  const seen = new Map<string, { text: string; count: number; values: Set<string> }>();
  for (const s of statements)
    for (const st of s.stances) {
      const entry = seen.get(st.propositionId) ?? {
        text: st.propositionText,
        count: 0,
        values: new Set<string>(),
      };
      entry.count += 1;
      entry.values.add(st.stance);
      seen.set(st.propositionId, entry);
    }
  let best: { id: string; text: string; count: number; opposed: boolean } | null = null;
  for (const [id, e] of seen) {
    if (e.count < 2) continue;
    const opposed = e.values.has('affirms') && e.values.has('denies');
    if (!best || e.count > best.count || (e.count === best.count && opposed && !best.opposed))
      best = { id, text: e.text, count: e.count, opposed };
  }
  return best ? { id: best.id, text: best.text } : null;
}
