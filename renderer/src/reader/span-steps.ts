/**
 * Moving one end of a proposal's span by a word, as the researcher widens or narrows what the
 * extractor took: a word is a run of characters other than white space, so punctuation and
 * quotation marks travel with the word they touch. A span never shrinks to nothing.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** The span with its start moved back over the word before it. */
export function widenStart(body: string, span: TextSpan): TextSpan {
  let i = span.start;
  while (i > 0 && isSpace(body[i - 1])) i--;
  while (i > 0 && !isSpace(body[i - 1])) i--;
  return { start: i, end: span.end };
}

/** The span without its first word (unchanged when that is its only word). */
export function narrowStart(body: string, span: TextSpan): TextSpan {
  let i = span.start;
  while (i < span.end && !isSpace(body[i])) i++;
  while (i < span.end && isSpace(body[i])) i++;
  return i < span.end ? { start: i, end: span.end } : span;
}

/** The span with its end moved on over the word after it. */
export function widenEnd(body: string, span: TextSpan): TextSpan {
  let i = span.end;
  while (i < body.length && isSpace(body[i])) i++;
  while (i < body.length && !isSpace(body[i])) i++;
  return { start: span.start, end: i };
}

/** The span without its last word (unchanged when that is its only word). */
export function narrowEnd(body: string, span: TextSpan): TextSpan {
  let i = span.end;
  while (i > span.start && !isSpace(body[i - 1])) i--;
  while (i > span.start && isSpace(body[i - 1])) i--;
  return i > span.start ? { start: span.start, end: i } : span;
}
