import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract';
import { extractAround, extractInParts, extractionWindows } from './extract-windows';

/** Paragraphs that each name their speaker, so reading them apart finds the same statements. */
const PARAGRAPHS = [
  'Interior Minister Joachim Brudziński said "I can’t find the words for this kind of act."',
  '"We are treating it as a domestic terrorism case," said prosecutor Josh Bash.',
  '“The next hours will decide everything,” Dr. Tomasz Stefaniak told reporters.',
];

function article(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join(
    '\n\n',
  );
}

function expectCovers(text: string, windows: Array<[number, number]>, size: number): void {
  expect(windows[0]![0]).toBe(0);
  expect(windows.at(-1)![1]).toBe(text.length);
  for (const [i, [start, end]] of windows.entries()) {
    expect(end).toBeGreaterThan(start);
    expect(end - start).toBeLessThanOrEqual(size);
    if (i > 0) expect(start).toBe(windows[i - 1]![1]);
  }
}

describe('extractionWindows', () => {
  it('is one part for a text within the size', () => {
    expect(extractionWindows('abc', 3)).toEqual([[0, 3]]);
  });

  it('cuts after a blank line, else a line break, in the part’s second half', () => {
    const text = 'aaaa\n\nbbb\ncccccccccc';
    expect(extractionWindows(text, 12)).toEqual([
      [0, 10],
      [10, 20],
    ]);
    const lines = 'aaaa\nbbbbbb\ncccccccc';
    expect(extractionWindows(lines, 14)[0]).toEqual([0, 12]);
  });

  it('never splits a surrogate pair of one enormous line, and always moves on', () => {
    const text = '𝒜'.repeat(50);
    for (const size of [2, 3, 7]) {
      const windows = extractionWindows(text, size);
      expectCovers(text, windows, size);
      for (const [start] of windows) expect(text.codePointAt(start)).toBe(0x1d49c);
    }
    expectCovers(text, extractionWindows(text, 1), 1);
  });
});

describe('extractInParts', () => {
  it('reads a text within the size whole, exactly as the extractor does', () => {
    const text =
      'Mayor Jane Smith spoke.\n\n“We will rebuild,” she said. “It will take two years.”';
    expect(extractInParts(text)).toEqual(extractStatements(text));
  });

  it('finds in a long text, part by part, what reading it whole finds, at the same offsets', () => {
    const text = article(60);
    const whole = extractStatements(text);
    const parts = extractInParts(text, {}, 500);
    expect(extractionWindows(text, 500).length).toBeGreaterThan(5);
    expect(parts).toEqual(whole);
    for (const c of parts) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('finds around a selection what the part it lies in holds', () => {
    const text = article(60);
    const target = text.lastIndexOf('We are treating');
    const found = extractAround(text, target, target + 10, {}, 500);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(extractStatements(text).length);
    expect(found.some((c) => c.start === target)).toBe(true);
  });
});
