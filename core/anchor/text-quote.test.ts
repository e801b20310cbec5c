import { describe, expect, it } from 'vitest';
import { anchorAt, relocate } from './text-quote';

const article =
  'Rudaw notes that the video appears to contradict claims by Col. Ryan Dillon. ' +
  '“We do not have reports of PMF units,” Dillon said this week. Later he repeated: “We do not have reports of PMF units.”';

describe('text anchors', () => {
  it('records the exact words, their context and their position', () => {
    const start = article.indexOf('We do not');
    const anchor = anchorAt(article, start, start + 35);
    expect(anchor.exact).toBe('We do not have reports of PMF units');
    expect(anchor.prefix!.endsWith('Ryan Dillon. “')).toBe(true);
    expect(anchor.suffix!.startsWith(',” Dillon said')).toBe(true);
  });

  it('keeps an anchor whose text did not move', () => {
    const start = article.indexOf('We do not');
    const found = relocate(anchorAt(article, start, start + 35), article);
    expect(found).toMatchObject({ status: 'found', moved: false, anchor: { start } });
  });

  it('follows the words when text is inserted before them, choosing the occurrence by its context', () => {
    const second = article.lastIndexOf('We do not');
    const anchor = anchorAt(article, second, second + 35);
    const edited = `Editor’s note: updated on 20 October.\n\n${article}`;
    const found = relocate(anchor, edited);
    expect(found.status).toBe('found');
    if (found.status === 'found') {
      expect(found.moved).toBe(true);
      expect(found.anchor.start).toBe(edited.lastIndexOf('We do not'));
      expect(edited.slice(found.anchor.start!, found.anchor.end!)).toBe(anchor.exact);
    }
  });

  it('reports an anchor lost when its words are gone or two places are equally likely', () => {
    const start = article.indexOf('We do not');
    const anchor = anchorAt(article, start, start + 35);
    expect(relocate(anchor, article.replace(/PMF units/g, 'militias'))).toEqual({
      status: 'lost',
      candidates: 0,
    });
    const ambiguous = { ...anchor, prefix: null, suffix: null, start: null, end: null };
    expect(relocate(ambiguous, article)).toEqual({ status: 'lost', candidates: 2 });
  });
});
