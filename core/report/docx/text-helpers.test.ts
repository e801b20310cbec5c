import { describe, expect, it } from 'vitest';
import { isRtlLanguage, startsRtl } from './direction';
import { assertWellFormed } from './test-docx';
import { lines, xmlSafe } from './xml-text';

describe('direction', () => {
  it('follows the first strong character', () => {
    expect(startsRtl('نحن في كركوك')).toBe(true);
    expect(startsRtl('«2017» — ما')).toBe(true); // punctuation and digits are not strong
    expect(startsRtl('שלום')).toBe(true);
    expect(startsRtl('IRGC در کرکوک')).toBe(false);
    expect(startsRtl('12, 13')).toBe(false);
    expect(startsRtl('')).toBe(false);
  });
  it('knows right-to-left languages by their tag', () => {
    for (const l of ['ar', 'fa', 'ckb', 'ur', 'he', 'fa-IR', 'AR'])
      expect(isRtlLanguage(l)).toBe(true);
    for (const l of ['en', 'ku', 'tr', null, '']) expect(isRtlLanguage(l)).toBe(false);
  });
});

describe('xml text', () => {
  it('drops characters XML forbids and keeps tabs, line breaks and Unicode', () => {
    expect(xmlSafe('line\u0007bell\u001Bescape\u0000')).toBe('linebellescape');
    expect(xmlSafe('a\tb\nc\u202Ed 😀 \uD800x')).toBe('a\tb\nc\u202Ed 😀 x');
    expect(lines('a\r\nb\rc\nd\u2028e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('the well-formedness check used by the tests rejects broken XML', () => {
    assertWellFormed('<?xml version="1.0"?><a x="1"><b/>t &amp; &#x41;</a>');
    for (const bad of [
      '<a><b></a></b>',
      '<a>x < y</a>',
      '<a>&foo;</a>',
      '<a x=1/>',
      '<a>',
      '<a/><b/>',
    ]) {
      expect(() => assertWellFormed(bad), bad).toThrow();
    }
  });
});
