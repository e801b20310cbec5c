/** A span of a source's text, as character offsets (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The spans joined where they overlap or are adjacent (nothing but white space between them),
 * in text order: the parts of one merged proposal. Words two proposals share are kept once.
 */
export function unionOfSpans(body: string, spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: TextSpan[] = [];
  for (const span of sorted) {
    const last = joined.at(-1);
    const adjacent =
      last && (span.start <= last.end || /^\s*$/.test(body.slice(last.end, span.start)));
    if (last && adjacent) last.end = Math.max(last.end, span.end);
    else joined.push({ start: span.start, end: span.end });
  }
  return joined;
}

/**
 * The words of merged proposals as the source has them: each run of overlapping or adjacent
 * spans read once from the text, and separate runs (a quote split around its "he said")
 * joined by an ellipsis, since the words between them are not the speaker's.
 */
export function mergedSpanText(body: string, spans: readonly TextSpan[]): string {
  return unionOfSpans(body, spans)
    .map((span) => body.slice(span.start, span.end))
    .join(' … ');
}
