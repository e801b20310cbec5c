/**
 * W3C Web Annotation selectors for a span of a source's text: TextQuoteSelector (the exact
 * words with some context either side) and TextPositionSelector (character offsets).
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export interface TextAnchor {
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
}

/** How much context a new anchor keeps on each side: enough to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

/** The anchor of text.slice(start, end). */
export function anchorAt(text: string, start: number, end: number): TextAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/** Length of the common ending of a and b. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export type Relocation =
  { status: 'found'; anchor: TextAnchor; moved: boolean } | { status: 'lost'; candidates: number };

/**
 * Finds an anchor again in a (possibly changed) text. The recorded position wins when the
 * exact words are still there; otherwise every occurrence of the exact words is scored by how
 * much of the recorded prefix and suffix surrounds it, and the best one wins — if it is clearly
 * the best. When the words are gone, or two places are equally likely, the anchor is reported
 * lost so the researcher decides; it is never silently moved to a guess.
 */
export function relocate(anchor: TextAnchor, text: string): Relocation {
  const { exact } = anchor;
  if (exact === '') return { status: 'lost', candidates: 0 };
  if (
    anchor.start !== null &&
    anchor.end !== null &&
    text.slice(anchor.start, anchor.end) === exact
  ) {
    return { status: 'found', anchor: anchorAt(text, anchor.start, anchor.end), moved: false };
  }
  const scored: Array<{ start: number; score: number }> = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - CONTEXT_LENGTH), at);
    const after = text.slice(at + exact.length, at + exact.length + CONTEXT_LENGTH);
    const score =
      commonSuffixLength(before, anchor.prefix ?? '') +
      commonPrefixLength(after, anchor.suffix ?? '');
    scored.push({ start: at, score });
  }
  if (scored.length === 0) return { status: 'lost', candidates: 0 };
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (second && second.score === best!.score) return { status: 'lost', candidates: scored.length };
  const start = best!.start;
  return { status: 'found', anchor: anchorAt(text, start, start + exact.length), moved: true };
}
