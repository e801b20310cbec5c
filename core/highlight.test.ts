import { describe, expect, it } from 'vitest';
import { findMatches, highlightText } from './highlight';
import { parseQuery } from './search-query';

const mark = (text: string, query: string, max?: number) =>
  highlightText(text, parseQuery(query), max);

describe('highlightText', () => {
  it('marks whole words, phrases and prefixes, ignoring case and Latin accents', () => {
    expect(mark('PMF units in and around Kirkuk', 'kirkuk pmf')).toBe(
      '<mark>PMF</mark> units in and around <mark>Kirkuk</mark>',
    );
    expect(mark('in and around the Kirkuk area', '"the kirkuk"')).toBe(
      'in and around <mark>the Kirkuk</mark> area',
    );
    expect(mark('Kirkuk and Kirkuki', 'kirk*')).toBe(
      '<mark>Kirkuk</mark> and <mark>Kirkuki</mark>',
    );
    expect(mark('Les négociations reprendront', 'negociations')).toBe(
      'Les <mark>négociations</mark> reprendront',
    );
    expect(mark('Kirkuki', 'kirkuk')).toBe('Kirkuki');
  });

  it('never marks excluded words and escapes the text', () => {
    expect(mark('<b>Iran</b> & Kirkuk', 'iran -kirkuk')).toBe(
      '&#60;b&#62;<mark>Iran</mark>&#60;/b&#62; &#38; Kirkuk',
    );
  });

  it('keeps vowel marks inside the match and maps Persian and Arabic letters', () => {
    expect(mark('قَالَ الوَزِيرُ', 'الوزير')).toBe('قَالَ <mark>الوَزِيرُ</mark>');
    expect(mark('علي قال', 'علی')).toBe('<mark>علي</mark> قال');
  });

  it('cuts long texts around the first match', () => {
    const text = `${'word '.repeat(100)}Kirkuk ${'more '.repeat(100)}`.trim();
    const html = mark(text, 'kirkuk', 120);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>Kirkuk</mark>');
    expect(html.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(122);
  });

  it('finds nothing for a query of punctuation', () => {
    expect(findMatches('Kirkuk', parseQuery('"(((" *'))).toEqual([]);
  });
});
