import { describe, expect, it } from 'vitest';
import { parseQuery } from '../search-query';
import { SNIPPET_SCAN_CHARS, sourceSnippet } from './source-snippet';

const FILLER = 'The talks were adjourned until further notice by the chair. ';
const filler = (chars: number) => FILLER.repeat(Math.ceil(chars / FILLER.length)).slice(0, chars);

describe('sourceSnippet', () => {
  it('marks the first match of a short body, whole', () => {
    expect(sourceSnippet('Iran has no role in Kirkuk operation.', parseQuery('kirkuk'))).toBe(
      'Iran has no role in <mark>Kirkuk</mark> operation.',
    );
  });

  it('finds a match deep in a long body and shows the text around it, cut with …', () => {
    const body = `${filler(45_000)} The Peshmerga ministry named the IRGC. ${filler(45_000)}`;
    const snippet = sourceSnippet(body, parseQuery('IRGC'));
    expect(snippet).toMatch(/^…/);
    expect(snippet).toMatch(/…$/);
    expect(snippet).toContain('named the <mark>IRGC</mark>.');
    expect(snippet.length).toBeLessThan(400);
  });

  it('finds a phrase that crosses from one part of the reading into the next', () => {
    const body = `${filler(19_990)} governorate building ${filler(5000)}`;
    expect(sourceSnippet(body, parseQuery('"governorate building"'))).toContain(
      '<mark>governorate building</mark>',
    );
  });

  it('shows the beginning when the match lies beyond what is read (or only in the title)', () => {
    const body = `${filler(SNIPPET_SCAN_CHARS + 1000)} Kirkuk`;
    const snippet = sourceSnippet(body, parseQuery('kirkuk'));
    expect(snippet.startsWith('The talks were adjourned')).toBe(true);
    expect(snippet).not.toContain('<mark>');
    expect(snippet).toMatch(/…$/);
  });

  it('marks Arabic whatever its vowel marks, and escapes HTML', () => {
    const body = `<b>${filler(30_000)}</b> قَالَ الوَزِيرُ إنّ المفاوضات مستمرة`;
    const snippet = sourceSnippet(body, parseQuery('الوزير'));
    expect(snippet).toContain('<mark>الوَزِيرُ</mark>');
    expect(sourceSnippet(`<script>x</script> kirkuk`, parseQuery('kirkuk'))).toBe(
      '&#60;script&#62;x&#60;/script&#62; <mark>kirkuk</mark>',
    );
  });
});
