import { describe, expect, it } from 'vitest';
import { narrowEnd, narrowStart, widenEnd, widenStart, type TextSpan } from './span-steps';

const BODY = 'The spokesman said: “We do not have reports of units there,” and left.';
const at = (words: string): TextSpan => {
  const start = BODY.indexOf(words);
  return { start, end: start + words.length };
};
const words = (span: TextSpan) => BODY.slice(span.start, span.end);

describe('moving a span’s ends by a word', () => {
  it('widens at the start over the word before, quotation mark and all', () => {
    expect(words(widenStart(BODY, at('do not have')))).toBe('“We do not have');
    expect(words(widenStart(BODY, at('“We do')))).toBe('said: “We do');
  });

  it('widens at the end over the word after, with its punctuation', () => {
    expect(words(widenEnd(BODY, at('reports of units')))).toBe('reports of units there,”');
  });

  it('narrows at either end by one word, never to nothing', () => {
    expect(words(narrowStart(BODY, at('“We do not')))).toBe('do not');
    expect(words(narrowEnd(BODY, at('“We do not')))).toBe('“We do');
    expect(narrowStart(BODY, at('reports'))).toEqual(at('reports'));
    expect(narrowEnd(BODY, at('reports'))).toEqual(at('reports'));
  });

  it('stops at the edges of the text', () => {
    expect(widenStart(BODY, at('The spokesman'))).toEqual(at('The spokesman'));
    expect(widenEnd(BODY, at('and left.'))).toEqual(at('and left.'));
  });
});
