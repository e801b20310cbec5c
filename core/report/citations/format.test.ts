import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../test/temp-workspace';
import { XSS_PAYLOADS } from '../../test/xss-payloads';
import type { ReportSource } from '../model';
import { hostileReport, sampleReport } from '../test-reports';
import { engineWith } from './engine';
import { CITATION_STYLES, formatCitations, type CitationStyle } from './format';

const ws = useTempWorkspace();

const STYLES: CitationStyle[] = ['chicago-author-date', 'apa'];

const ARABIC_TITLE = 'إيران ليس لها دور في عملية كركوك';

function source(fields: Partial<ReportSource> & { id: string }): ReportSource {
  return {
    title: 'A title',
    kind: 'article',
    author: null,
    outlet: null,
    url: null,
    publishedOn: null,
    retrievedAt: null,
    ...fields,
  };
}

/**
 * What no citation's HTML may contain: live markup from a payload. Event handlers are looked for
 * inside tags: as escaped text the payload's words ("onerror") are meant to show.
 */
const UNSAFE = [/<script/i, /<img/i, /<svg/i, /<[^>]*\bon\w+=/i, /href="javascript/i, /<a[\s>]/i];

function expectSafe(html: string) {
  for (const pattern of UNSAFE) expect(html).not.toMatch(pattern);
  // every tag left is one of the allowed ones
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    expect([
      '<i>',
      '</i>',
      '<b>',
      '</b>',
      '<sup>',
      '</sup>',
      '<sub>',
      '</sub>',
      '</span>',
    ]).toContain(tag === '<span style="font-variant:small-caps;">' ? '</span>' : tag);
  }
}

describe('formatCitations', () => {
  it('lists the two styles with their labels', () => {
    expect(CITATION_STYLES.map((s) => [s.id, s.label])).toEqual([
      ['chicago-author-date', 'Chicago author-date (17th ed.)'],
      ['apa', 'APA (7th ed.)'],
    ]);
  });

  it('cites the sample article in Chicago author-date and in APA, differently', () => {
    const model = sampleReport(ws.client);
    const article = model.sources[0]!;
    const chicago = formatCitations(model.sources, 'chicago-author-date');
    const apa = formatCitations(model.sources, 'apa');
    const title =
      'Report: Shiite Militias Hang Photo of Ayatollah Khamenei in Kirkuk Following Invasion';

    // Chicago: no comma before the year; title in quotes; outlet italic; full date after it
    expect(chicago.inText[article.id]).toBe('(Frances Martel 2017)');
    expect(chicago.bibliography).toEqual([
      {
        id: article.id,
        text: `Frances Martel. 2017. “${title}.” Breitbart News, October 19, 2017.`,
        html: `Frances Martel. 2017. “${title}.” <i>Breitbart News</i>, October 19, 2017.`,
      },
    ]);
    // APA: comma before the year; date in parentheses after the author; title not quoted
    expect(apa.inText[article.id]).toBe('(Frances Martel, 2017)');
    expect(apa.bibliography).toEqual([
      {
        id: article.id,
        text: `Frances Martel. (2017, October 19). ${title}. Breitbart News.`,
        html: `Frances Martel. (2017, October 19). ${title}. <i>Breitbart News</i>.`,
      },
    ]);
    // the model built by buildReport carries the Chicago citation (the sample report's style),
    // its date written in the report's date style (day month year by default)
    const dayFirst = formatCitations(model.sources, 'chicago-author-date', 'day-month-year');
    expect(dayFirst.bibliography[0]!.text).toContain('Breitbart News, 19 October 2017.');
    expect(model.citations[article.id]).toEqual({
      inText: dayFirst.inText[article.id],
      text: dayFirst.bibliography[0]!.text,
      html: dayFirst.bibliography[0]!.html,
    });
  });

  it('sorts the bibliography as the style does and disambiguates same author and year', () => {
    const sources = [
      source({ id: 'z', title: 'Zeta', author: 'Zed', publishedOn: '2017-01-01' }),
      source({ id: 'a1', title: 'Beta', author: 'Amal', publishedOn: '2017-05-01' }),
      source({ id: 'a2', title: 'Alpha', author: 'Amal', publishedOn: '2017-03-01' }),
    ];
    for (const style of STYLES) {
      const out = formatCitations(sources, style);
      expect(out.bibliography.map((e) => e.id)).toEqual(['a2', 'a1', 'z']);
      expect(out.inText.a2).toMatch(/^\(Amal,? 2017a\)$/);
      expect(out.inText.a1).toMatch(/^\(Amal,? 2017b\)$/);
      expect(out.inText.z).toMatch(/^\(Zed,? 2017\)$/);
    }
  });

  it('keeps Arabic titles, names and outlets intact', () => {
    const sources = [
      source({
        id: 'ar',
        kind: 'press_release',
        title: ARABIC_TITLE,
        author: 'وزارة الخارجية',
        outlet: 'وكالة تسنيم',
        url: 'https://example.org/a?b=1&c=2',
        publishedOn: '2017-10-17',
      }),
    ];
    for (const style of STYLES) {
      const [entry] = formatCitations(sources, style).bibliography;
      for (const s of [ARABIC_TITLE, 'وزارة الخارجية', 'وكالة تسنيم']) {
        expect(entry!.text).toContain(s);
        expect(entry!.html).toContain(s);
      }
      expect(entry!.text).toContain('https://example.org/a?b=1&c=2');
      expect(entry!.html).toContain('https://example.org/a?b=1&amp;c=2');
      expect(entry!.text).toMatch(/Press release/);
    }
  });

  it('shows payloads in title, author and outlet as text, never as markup', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<b>bold</b> <i>it</i> <sup>1</sup> <span class="nocase">x</span>',
    ];
    const sources = payloads.map((p, i) =>
      source({
        id: `p${i}`,
        kind: i % 2 ? 'social_post' : 'article',
        title: `${p} title`,
        author: `${p} author`,
        outlet: `${p} outlet`,
        url: 'javascript:alert(1)',
        publishedOn: `201${i}-01-01`,
      }),
    );
    for (const style of STYLES) {
      const out = formatCitations(sources, style);
      expect(out.bibliography).toHaveLength(payloads.length);
      for (const entry of out.bibliography) {
        const p = payloads[Number(entry.id.slice(1))]!;
        expectSafe(entry.html);
        for (const field of ['title', 'author', 'outlet']) {
          expect(entry.text).toContain(`${p} ${field}`);
        }
        expect(entry.text).not.toContain('javascript:alert(1)<');
        expect(entry.html).not.toContain('javascript:alert(1).');
        expect(out.inText[entry.id]).toContain(`${p} author`);
      }
    }
  });

  it('keeps every payload of the hostile report inert (sources from a real workspace)', () => {
    const model = hostileReport(ws.client, { citationStyle: 'apa' });
    expect(model.sources).toHaveLength(XSS_PAYLOADS.length);
    for (const style of STYLES) {
      const out = formatCitations(model.sources, style);
      expect(out.bibliography).toHaveLength(XSS_PAYLOADS.length);
      for (const entry of out.bibliography) {
        expectSafe(entry.html);
        const s = model.sources.find((x) => x.id === entry.id)!;
        expect(entry.html).toContain('https://example.org/a?b=1&amp;c=2');
        // markup and case survive; citeproc's typographic quotes and dropped line breaks aside
        if (!/["'\n|]/.test(s.title)) expect(entry.text).toContain(s.title);
      }
    }
  });

  it('formats an edited source with the same id afresh (the engine is reused)', () => {
    const before = source({ id: 's', title: 'Old title', author: 'Someone' });
    const after = { ...before, title: 'New title' };
    for (const style of STYLES) {
      expect(formatCitations([before], style).bibliography[0]!.text).toContain('Old title');
      const again = formatCitations([after], style).bibliography[0]!.text;
      expect(again).toContain('New title');
      expect(again).not.toContain('Old title');
      expect(engineWith(style, [])).toBe(engineWith(style, []));
    }
  });

  it('cites nothing for no sources and each source once for duplicates', () => {
    expect(formatCitations([], 'apa')).toEqual({ inText: {}, bibliography: [] });
    const one = source({ id: 'x', author: 'Someone', publishedOn: '2020-01-01' });
    const out = formatCitations([one, one], 'chicago-author-date');
    expect(out.bibliography.map((e) => e.id)).toEqual(['x']);
    expect(out.inText).toEqual({ x: '(Someone 2020)' });
  });
});

describe('bibliography dates follow the report’s date style', () => {
  const source = {
    id: 'src-dates',
    title: 'Reservoir levels fall',
    kind: 'article' as const,
    author: 'Lena Okafor',
    outlet: 'Northwire',
    url: null,
    publishedOn: '2021-03-09',
    retrievedAt: null,
  };
  it.each([
    ['day-month-year', '9 March 2021'],
    ['month-day-year', 'March 9, 2021'],
    ['iso', '2021-03-09'],
  ] as const)('%s: %s', (dateStyle, written) => {
    const [entry] = formatCitations([source], 'chicago-author-date', dateStyle).bibliography;
    expect(entry!.text).toContain(written);
  });
});
