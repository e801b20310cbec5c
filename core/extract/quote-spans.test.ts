import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quote-spans';

/** The words inside each quotation. */
function quoted(text: string): string[] {
  return findQuoteSpans(text).map((q) => text.slice(q.start, q.end));
}

describe('findQuoteSpans', () => {
  it('takes the words inside curly and straight marks, a trailing comma included', () => {
    expect(
      quoted('“We hung our pictures,” he said. He said "No." Then: "Yes, sir," she said.'),
    ).toEqual(['We hung our pictures,', 'No.', 'Yes, sir,']);
  });

  it('keeps single quotes and nested double quotes inside a quotation', () => {
    expect(quoted('“Did you not say ‘we are men’? Where are you?,” he asks.')).toEqual([
      'Did you not say ‘we are men’? Where are you?,',
    ]);
    expect(quoted('He wrote: "The "United States" is not holding anyone." Then he left.')).toEqual([
      'The "United States" is not holding anyone.',
    ]);
  });

  it('ignores apostrophes and single marks at the top level', () => {
    expect(quoted("The 'Argo' rescue, Iran's role and the players' union.")).toEqual([]);
  });

  it('runs a quotation over paragraphs that re-open it, one span to the last closing mark', () => {
    const text = '“First paragraph.\n\n“Second paragraph,” she said.';
    const [q] = findQuoteSpans(text);
    expect(text.slice(q!.start, q!.end)).toBe('First paragraph.\n\n“Second paragraph,');
    expect(q!.multiParagraph).toBe(true);
  });

  it('drops a mark never closed before a blank line, and goes on over a hard-wrapped line', () => {
    expect(quoted('He said "never closed\n\nNext "real one" here.')).toEqual(['real one']);
    expect(quoted('She said "this line is\nwrapped mid-sentence" and left.')).toEqual([
      'this line is\nwrapped mid-sentence',
    ]);
  });

  it('skips empty quotations and trims space inside the marks', () => {
    expect(quoted('An empty "" pair and “ spaced ” words.')).toEqual(['spaced']);
  });

  it('is linear on pathological input', () => {
    const text = '"a "'.repeat(50_000) + '“'.repeat(50_000);
    const t0 = performance.now();
    findQuoteSpans(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
