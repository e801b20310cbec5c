import { describe, expect, it } from 'vitest';
import { paragraphsOf, type Span } from './segments';

const body = 'He said: “We are now inside the building.”\n\nDillon said: “We do not have reports.”';

describe('paragraphsOf', () => {
  it('splits paragraphs and marks spans with their offsets', () => {
    const start = body.indexOf('We are');
    const spans: Span[] = [{ start, end: start + 31, kind: 'statement', id: 's1' }];
    const [first, second] = paragraphsOf(body, spans);
    expect(first!.map((s) => [s.text, s.span?.id ?? null, s.start])).toEqual([
      ['He said: “', null, 0],
      ['We are now inside the building.', 's1', start],
      ['”', null, start + 31],
    ]);
    expect(second![0]!.start).toBe(body.indexOf('Dillon'));
  });

  it('lets a statement win over an overlapping candidate and ignores spans outside the text', () => {
    const at = body.indexOf('We do not');
    const spans: Span[] = [
      { start: at - 3, end: at + 10, kind: 'candidate', id: 'c1' },
      { start: at, end: at + 22, kind: 'statement', id: 's2' },
      { start: 500, end: 600, kind: 'statement', id: 'gone' },
    ];
    const last = paragraphsOf(body, spans).at(-1)!;
    expect(last.map((s) => s.span?.id ?? null)).toEqual([null, 'c1', 's2', null]);
    expect(last.map((s) => s.text).join('')).toBe(body.slice(body.indexOf('Dillon')));
  });
});
