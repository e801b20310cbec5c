import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { tokenize, type Token } from './tokens';

export interface Sentence {
  /** Token range [first, end). */
  first: number;
  end: number;
  /** The first word or quotation of the sentence (punctuation may come before it). */
  lead: number;
}

/** A text read once: its quotations, tokens, sentences and image captions. */
export interface Doc {
  text: string;
  quotes: QuoteSpan[];
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Token index of each quotation. */
  quoteToken: Int32Array;
  /** Paragraphs that are image captions ("… Image: Garry Knight (flickr)."). */
  captions: ReadonlySet<number>;
}

const TERMINAL = /[.!?…]$/;
// A caption's credit line; bounded so the test stays linear.
const CREDIT = /(?:^|[\s.])(?:Image|Photo|Picture|Photograph|Credit|Video)\s*:\s*[^\n]{1,120}$/;

function startsSentence(t: Token): boolean {
  return t.cap || t.kind === 'quote' || /^[\p{N}([“"‘]/u.test(t.text);
}

function quoteEndsSentence(text: string, q: QuoteSpan): boolean {
  return TERMINAL.test(text.slice(q.start, q.end));
}

function splitSentences(text: string, tokens: Token[], quotes: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let ends = next === undefined;
    if (!ends) {
      if (text.slice(t.end, next!.start).includes('\n')) ends = true;
      else if (t.kind === 'punct' && /^[.!?…]$/.test(t.text)) ends = startsSentence(next!);
      else if (t.kind === 'quote') ends = quoteEndsSentence(text, quotes[t.quote]!) && next!.cap;
    }
    if (ends) {
      let lead = first;
      while (lead < i && tokens[lead]!.kind === 'punct') lead++;
      sentences.push({ first, end: i + 1, lead });
      first = i + 1;
    }
  }
  return sentences;
}

function findCaptions(text: string): Set<number> {
  const captions = new Set<number>();
  let lineStart = 0;
  let paragraph = 0;
  // Paragraph numbers count line breaks, as the tokenizer does.
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const line = text.slice(lineStart, i).trimEnd();
      if (line.length > 0 && line.length < 400 && CREDIT.test(line)) captions.add(paragraph);
      paragraph++;
      lineStart = i + 1;
    }
  }
  return captions;
}

export function buildDoc(text: string): Doc {
  const quotes = findQuoteSpans(text);
  const tokens = tokenize(text, quotes);
  const sentences = splitSentences(text, tokens, quotes);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, index) => sentenceOf.fill(index, s.first, s.end));
  const quoteToken = new Int32Array(quotes.length).fill(-1);
  tokens.forEach((t, index) => {
    if (t.kind === 'quote') quoteToken[t.quote] = index;
  });
  return {
    text,
    quotes,
    tokens,
    sentences,
    sentenceOf,
    quoteToken,
    captions: findCaptions(text),
  };
}

export function sentenceAt(doc: Doc, token: number): Sentence {
  return doc.sentences[doc.sentenceOf[token]!]!;
}

/** The first word of its sentence (its capital says nothing about it being a name). */
export function isSentenceStart(doc: Doc, index: number): boolean {
  return sentenceAt(doc, index).lead === index;
}

/** The source text of tokens [first, end). */
export function textOf(doc: Doc, first: number, end: number): string {
  if (end <= first) return '';
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[end - 1]!.end);
}
