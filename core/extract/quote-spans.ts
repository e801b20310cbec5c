/**
 * Finds quotations marked with double quotation marks, straight or curly, in one linear scan.
 * Single marks are left alone at the top level (in English news ' and ’ are mostly apostrophes);
 * inside a quotation they are simply part of its text, as are nested double marks.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** The words inside the marks: [start, end), trimmed of white space. */
  start: number;
  end: number;
  /** The quotation went on over a paragraph break, re-opened with a mark as the convention is. */
  multiParagraph: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
const BEFORE_OPENING = new Set(['(', '[', '{', '—', '–', '-', '/', '\u00a0', '“', '‘', "'"]);
const AFTER_CLOSING = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '—',
  '–',
  '-',
  '/',
  '”',
  '’',
  "'",
  '…',
]);

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function isMark(c: string | undefined): boolean {
  return c === STRAIGHT || (c !== undefined && (OPENERS.has(c) || CLOSERS.has(c)));
}

/** How a straight mark reads from its neighbours: opening, closing, or either. */
function straightRole(text: string, i: number): 'open' | 'close' | 'either' {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const opens = (isSpace(prev) || BEFORE_OPENING.has(prev!)) && !isSpace(next);
  const closes = !isSpace(prev) && (isSpace(next) || AFTER_CLOSING.has(next!));
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return 'either';
}

function opensHere(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (OPENERS.has(c)) return true;
  return c === STRAIGHT && straightRole(text, i) !== 'close';
}

/** The first non-blank offset at or after `i`, and whether a blank line was crossed. */
function nextContent(text: string, i: number): { at: number; blankLine: boolean } {
  let newlines = 0;
  let j = i;
  for (; j < text.length && isSpace(text[j]); j++) if (text[j] === '\n') newlines++;
  return { at: j, blankLine: newlines >= 2 };
}

function lastContentBefore(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j])) j--;
  return j >= 0 ? text[j] : undefined;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let openMark = '';
  let multiParagraph = false;
  /** Marks opened inside the current quotation, innermost last. */
  const nested: string[] = [];

  const emit = (close: number) => {
    let start = open + 1;
    let end = close;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ open, close, start, end, multiParagraph });
    open = -1;
    nested.length = 0;
    multiParagraph = false;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open < 0) continue;
      const { at, blankLine } = nextContent(text, i);
      if (at < text.length && isMark(text[at]) && opensHere(text, at)) {
        // A paragraph that re-opens the quotation continues it: skip the re-opening mark.
        multiParagraph = true;
        i = at;
        continue;
      }
      const last = lastContentBefore(text, i);
      const midSentence = last !== undefined && !/[.!?:]/.test(last);
      if (blankLine || !midSentence) {
        // Never closed before the paragraph ended: a stray mark, not a quotation.
        open = -1;
        nested.length = 0;
        multiParagraph = false;
      }
      // Otherwise a hard-wrapped line: the quotation goes on.
      i = at - 1;
      continue;
    }
    if (!isMark(c)) continue;
    const role = c === STRAIGHT ? straightRole(text, i) : OPENERS.has(c) ? 'open' : 'close';
    const closesOuter =
      c === STRAIGHT ? openMark === STRAIGHT : CLOSERS.has(c) || (openMark === '„' && c === '“');
    if (open < 0) {
      if (role !== 'close') {
        open = i;
        openMark = c;
      }
      continue;
    }
    if (nested.length > 0) {
      const top = nested[nested.length - 1]!;
      const closesTop = c === STRAIGHT ? top === STRAIGHT : CLOSERS.has(c);
      if (role !== 'open' && closesTop) nested.pop();
      else if (role === 'open') nested.push(c);
      else if (closesOuter) emit(i); // the inner mark was never closed
      continue;
    }
    if (role === 'open' && !(openMark === '„' && c === '“')) nested.push(c);
    else if (closesOuter || role === 'close') emit(i);
  }
  return spans;
}
