import { ABBREVIATIONS } from './lexicon';
import type { QuoteSpan } from './quote-spans';

/** A word, a punctuation mark, or a whole quotation (opaque to attribution). */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** For kind 'quote': the index of the quotation in the list of spans. */
  quote: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the paragraph the token is in (a line break starts a new one). */
  paragraph: number;
}

// Letters and digits joined by ' ’ - . & inside a word, then an optional full stop that the
// tokenizer keeps only for abbreviations. Each alternative consumes at least one character and
// the groups cannot overlap, so matching is linear.
const WORD = /[\p{L}\p{M}\p{N}@#]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const UPPER = /^\p{Lu}/u;

function keepsFullStop(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.includes('.')) return true; // U.S., Znak.com.
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function pushWords(
  text: string,
  from: number,
  to: number,
  out: Token[],
  paragraphAt: (offset: number) => number,
): void {
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    const isWord = /^[\p{L}\p{M}\p{N}@#]/u.test(word);
    if (isWord && word.length > 1 && word.endsWith('.') && !keepsFullStop(word)) {
      word = word.slice(0, -1);
      out.push(token(word, start, 'word', paragraphAt(start)));
      out.push(token('.', start + word.length, 'punct', paragraphAt(start)));
      continue;
    }
    out.push(token(word, start, isWord ? 'word' : 'punct', paragraphAt(start)));
  }
}

function token(text: string, start: number, kind: Token['kind'], paragraph: number): Token {
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind,
    quote: -1,
    cap: UPPER.test(text),
    paragraph,
  };
}

/**
 * Splits `text` into tokens outside the quotations and one opaque token per quotation
 * (from its opening mark to its closing mark), so that attribution reads "“…,” Dillon said"
 * as QUOTE , Dillon said.
 */
export function tokenize(text: string, quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  // Paragraph numbers: count line breaks as the scan moves forward (positions only increase).
  let paragraph = 0;
  let scanned = 0;
  const paragraphAt = (offset: number): number => {
    for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) paragraph++;
    return paragraph;
  };
  let at = 0;
  quotes.forEach((q, index) => {
    pushWords(text, at, q.open, out, paragraphAt);
    // A quotation that runs over several paragraphs belongs to the one it ends in, where its
    // attribution is.
    const t = token(text.slice(q.open, q.close + 1), q.open, 'quote', paragraphAt(q.close));
    t.quote = index;
    t.cap = false;
    out.push(t);
    at = q.close + 1;
  });
  pushWords(text, at, text.length, out, paragraphAt);
  return out;
}
