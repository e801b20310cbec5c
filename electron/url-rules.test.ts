import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, externalUrlToOffer, isAppUrl } from './url-rules';

describe('isAppUrl', () => {
  it('accepts pages of the app', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://parallax/')).toBe(true);
    expect(isAppUrl('app://parallax/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://parallax/index.html#/statements?id=1')).toBe(true);
    expect(isAppUrl('APP://PARALLAX/index.html')).toBe(true);
  });

  it('refuses other origins, schemes and look-alikes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://parallax.evil.example/',
      'app://parallax:8080/',
      'app://user@parallax/',
      'app://user:pw@parallax/',
      'https://parallax/',
      'file:///index.html',
      'http://127.0.0.1:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'javascript:alert(1)',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(42)).toBe(false);
  });
});

describe('externalUrlToOffer', () => {
  it('offers http and https links, normalised', () => {
    expect(externalUrlToOffer('https://www.defense.gov/News/Transcripts/')).toBe(
      'https://www.defense.gov/News/Transcripts/',
    );
    expect(externalUrlToOffer('http://example.org')).toBe('http://example.org/');
    expect(externalUrlToOffer('HTTPS://Example.ORG/a b')).toBe('https://example.org/a%20b');
  });

  it('refuses every other scheme', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:someone@example.org',
      'app://parallax/index.html',
      'vbscript:msgbox',
      'ftp://example.org/file',
    ]) {
      expect(externalUrlToOffer(url), url).toBeNull();
    }
  });

  it('refuses credentials, junk and absurd lengths', () => {
    expect(externalUrlToOffer('https://bank.example@evil.example/')).toBeNull();
    expect(externalUrlToOffer('https://user:pw@example.org/')).toBeNull();
    expect(externalUrlToOffer('not a url')).toBeNull();
    expect(externalUrlToOffer('')).toBeNull();
    expect(externalUrlToOffer(null)).toBeNull();
    expect(externalUrlToOffer(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
  });
});
