/** A highlighted span of a source's text: a recorded statement, or a proposal under review. */
export interface Span {
  start: number;
  end: number;
  kind: 'statement' | 'candidate';
  id: string;
}

export interface Segment {
  text: string;
  start: number;
  span: Span | null;
}

/**
 * Cuts `body` into paragraphs of segments, each segment either plain or inside one span.
 * Statements win over candidates where they overlap; of two statements the earlier-starting
 * one wins. Offsets are kept so a text selection can be turned back into a span of the body.
 */
export function paragraphsOf(body: string, spans: Span[]): Segment[][] {
  const owner: Array<Span | null> = new Array(body.length).fill(null);
  const ordered = [...spans]
    .filter((s) => s.start < s.end && s.start >= 0 && s.end <= body.length)
    .sort((a, b) => (a.kind === b.kind ? b.start - a.start : a.kind === 'candidate' ? -1 : 1));
  // Paint weakest first so the strongest span ends up owning each character.
  for (const span of ordered) for (let i = span.start; i < span.end; i++) owner[i] = span;

  const paragraphs: Segment[][] = [[]];
  let current: Segment | null = null;
  for (let i = 0; i < body.length; i++) {
    const breakHere = body[i] === '\n' && body[i + 1] === '\n';
    if (breakHere) {
      current = null;
      while (body[i + 1] === '\n') i++;
      paragraphs.push([]);
      continue;
    }
    if (!current || current.span !== owner[i]) {
      current = { text: '', start: i, span: owner[i] ?? null };
      paragraphs[paragraphs.length - 1]!.push(current);
    }
    current.text += body[i];
  }
  return paragraphs.filter((p) => p.length > 0);
}
