import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../test/temp-workspace';
import { XSS_PAYLOADS as PAYLOADS } from '../test/xss-payloads';
import { marked } from 'marked';
import { CSV_COLUMNS, renderCsv } from './csv';
import { escapeHtml, renderHtml } from './html';
import { renderJson } from './json';
import { mdEscape, renderMarkdown } from './markdown';
import { buildReport } from './build';
import type { ReportModel } from './model';
import {
  hostileReport as buildHostile,
  reportOptions,
  sampleReport as buildSampleReport,
} from './test-reports';

/** A small RFC 4180 parser: fields, quoted fields with "" escapes, CRLF or LF records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const ws = useTempWorkspace();

const EMPTY_REPORT: ReportModel = {
  title: 't',
  author: null,
  date: null,
  scope: 'nothing',
  sections: ['sources'],
  citationStyle: { id: 'apa', label: 'APA' },
  comparisons: [],
  sources: [],
  citations: {},
  statements: [],
  positions: [],
  counts: { statements: 0, sources: 0, comparisons: null, conflicts: null },
  dateStyle: 'day-month-year',
  matrix: { propositions: [], rows: [] },
  method: [],
  diffNote: null,
};

const NO_METADATA = {
  kind: 'article',
  author: null,
  outlet: null,
  publishedOn: null,
  retrievedAt: null,
} as const;

function sampleReport(): ReportModel {
  return buildSampleReport(ws.client);
}

const QUOTES = {
  dillon: 'We do not have reports of PMF units',
  fighter: 'I am now in Kirkuk',
  velayati: 'Iran has no role in Kirkuk operation',
  ministry: 'were directly involved in the attacks',
};

describe('buildReport', () => {
  it('gathers both comparisons with statements, stances, sources and conflicts', () => {
    const model = sampleReport();
    expect(model.comparisons.map((c) => c.title)).toEqual([
      "Dillon vs. the PMF fighter's video",
      'Velayati vs. the Ministry of Peshmerga',
    ]);
    const dillon = model.comparisons[0]!.statements[0]!;
    expect(dillon.speaker).toBe('Col. Ryan Dillon');
    expect(dillon.text).toContain(QUOTES.dillon);
    expect(dillon.affiliations.length).toBeGreaterThan(0);
    expect(dillon.stances).toEqual([
      {
        propositionId: expect.any(String),
        proposition: 'PMF units entered Kirkuk city',
        stance: 'denies',
        note: 'Says the coalition had no reports of PMF units in the area.',
      },
    ]);
    expect(dillon.source?.outlet).toBe('Breitbart News');
    expect(model.sources).toHaveLength(1);
    expect(model.positions.filter((p) => p.conflictingPairs > 0).length).toBeGreaterThanOrEqual(1);
    const all = buildReport(ws.client, reportOptions({ scope: { kind: 'all' } }));
    expect(all.comparisons).toHaveLength(2);
  });
});

describe('renderers on the sample', () => {
  it('every format holds both sides, the assessments and the sources', () => {
    const model = sampleReport();
    const outputs = {
      md: renderMarkdown(model),
      html: renderHtml(model),
      csv: renderCsv(model),
      json: renderJson(model),
    };
    for (const [format, text] of Object.entries(outputs)) {
      for (const q of Object.values(QUOTES)) expect(text, `${format}: ${q}`).toContain(q);
      expect(text, format).toContain('Breitbart News');
    }
    for (const format of ['md', 'html', 'json'] as const) {
      expect(outputs[format]).toContain('tension rather than strictly contradictory');
      expect(outputs[format]).toContain('On Iranian participation the two flatly conflict');
      expect(outputs[format]).toContain('Shiite Militias Hang Photo');
    }
    expect(outputs.md).toContain('## Sources');
    expect(outputs.html).toContain('<h2>Sources</h2>');
  });

  it('HTML is self-contained with a strict CSP and no scripts', () => {
    const html = renderHtml(sampleReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('@media print');
    expect(html).toMatch(/<table class="side">/);
  });

  it('CSV parses back to one row per statement with the same texts and ISO dates', () => {
    const model = sampleReport();
    const rows = parseCsv(renderCsv(model));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.slice(1)).toHaveLength(model.statements.length);
    expect(rows.slice(1).map((r) => r[col('text')])).toEqual(model.statements.map((s) => s.text));
    expect(rows.slice(1).map((r) => r[col('speaker')])).toEqual(
      model.statements.map((s) => s.speaker),
    );
    for (const r of rows.slice(1)) {
      expect(r[col('date')]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      expect(r[col('citation')]).toMatch(/\(.+\)/);
    }
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('JSON parses to the model, keys in a stable order', () => {
    const model = sampleReport();
    const json = renderJson(model);
    expect(JSON.parse(json)).toEqual(model);
    expect(renderJson(JSON.parse(json) as ReportModel)).toBe(json);
    expect(Object.keys(JSON.parse(json) as object)).toEqual([...Object.keys(model)].sort());
  });
});

/** Every tag in the page: user text is escaped, so only the renderer's own tags remain. */
function tags(html: string): string[] {
  return html.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
}

describe('injection payloads', () => {
  it('holds at least 30 payloads', () => expect(PAYLOADS.length).toBeGreaterThanOrEqual(30));

  const hostileReport = (diffMarks = false) => buildHostile(ws.client, { diffMarks });

  it('HTML: no script, no event-handler attribute, no javascript: link, only its own tags', () => {
    const model = hostileReport();
    const html = renderHtml(model);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    const allowed = new Set([
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'header',
      'h1',
      'h2',
      'h3',
      'h4',
      'p',
      'section',
      'table',
      'colgroup',
      'col',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'br',
      'mark',
      'b',
      'i',
      'u',
      'sup',
      'sub',
      'div',
      'strong',
      'span',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
    ]);
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(allowed.has(/^<\/?([a-zA-Z0-9]+)/.exec(tag)![1]!.toLowerCase()), tag).toBe(true);
    }
    expect(tags(html).filter((t) => /^<meta/i.test(t))).toHaveLength(4);
    for (const p of PAYLOADS.filter((x) => !x.includes('\n')))
      expect(html).toContain(escapeHtml(p));
    // double-escape cases stay what the person typed
    expect(html).toContain('&amp;lt;script&amp;gt;');
    expect(html).toContain('abc\u202Egpj.exe');
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer"');
  });

  it('Markdown: as a CommonMark reader renders it, no tag, link or image comes from user text', () => {
    const model = hostileReport();
    const md = renderMarkdown(model);
    // no HTML entities: a plain-text reader sees what the person typed
    // (a payload that typed an entity keeps it, escaped: \\&lt;)
    expect(md).not.toMatch(/(?<!\\)&(quot|lt|gt|amp|#39);/);
    const html = marked.parse(md, { async: false, gfm: true });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<iframe|<svg|<textarea|<a href="javascript/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    // GFM links bare http(s) addresses in any text by itself; no other scheme ever becomes a link
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(hrefs).toContain('https://example.org/a?b=1&amp;c=2');
    const rendered = new Set(
      [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()),
    );
    const own = [
      'h1',
      'h2',
      'h3',
      'h4',
      'p',
      'strong',
      'em',
      'blockquote',
      'ol',
      'ul',
      'li',
      'a',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'br',
    ];
    for (const tag of rendered) expect(own, tag).toContain(tag);
    // the payloads' words come through as text, escapes only where Markdown needs them
    expect(md).toContain('\\[x](javascript:alert(1))');
    expect(md).toContain('\\<script>alert(1)\\</script>');
    // payload lines never start a heading, list or setext underline of their own
    expect(md).not.toMatch(/^(---|\* item|-2\+3|1\. list)/m);
    expect(md).toContain('\\-2+3');
  });

  it('Markdown escapes only where Markdown would read markup', () => {
    expect(mdEscape('He said "no" — it\'s 50% done, (really)!')).toBe(
      'He said "no" — it\'s 50% done, (really)!',
    );
    expect(mdEscape('snake_case_word and a [note]')).toBe('snake_case_word and a \\[note]');
    expect(mdEscape('_emphasis_ and *bold*')).toBe('\\_emphasis\\_ and \\*bold\\*');
    expect(mdEscape('AT&T and &amp;')).toBe('AT&T and \\&amp;');
    expect(mdEscape('a ] alone, ~one~ ~~two~~')).toBe('a ] alone, ~one~ \\~\\~two\\~\\~');
    expect(mdEscape('# not a heading')).toBe('\\# not a heading');
  });

  it('CSV: formula-leading cells get a leading quote and the file parses back', () => {
    const model = hostileReport();
    const rows = parseCsv(renderCsv(model));
    expect(model.statements.length).toBeGreaterThanOrEqual(PAYLOADS.length);
    expect(rows).toHaveLength(model.statements.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const texts = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('text')]);
    expect(texts).toContain(`'=HYPERLINK("http://x")`);
    expect(texts).toContain("'+cmd|' /C calc'!A0");
    expect(texts).toContain("'@SUM(1+1)");
    expect(texts).toContain("'-2+3");
    expect(texts).toContain('\'=1+1,"a\nb"');
    expect(texts).toContain('<script>alert(1)</script>');
  });

  it('the HTML renderer itself links only http(s) URLs', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'https://ok.example/" onmouseover="alert(1)',
      '//evil.example/x',
    ];
    const model: ReportModel = {
      ...EMPTY_REPORT,
      sources: [
        ...bad.map((url, i) => ({
          id: `s${i}`,
          title: `bad ${i}`,
          ...NO_METADATA,
          url,
        })),
        { id: 'ok', title: 'good', ...NO_METADATA, url: 'https://ok.example/x' },
      ],
    };
    const html = renderHtml(model);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://ok.example/x']);
    expect(html).toContain(
      '<a href="https://ok.example/x" rel="noopener noreferrer" dir="auto">good</a>',
    );
    expect(html).toContain(escapeHtml('data:text/html,<script>alert(1)</script>'));
    expect(html).not.toMatch(/<script/i);
    const md = renderMarkdown(model);
    // every unescaped < opens an http(s) autolink
    expect(md).not.toMatch(/(?<!\\)<(?!https?:\/\/)/);
    expect(md).not.toMatch(/<(javascript|data|vbscript|file):/i);
    expect(md).toContain('<https://ok.example/x>');
  });
});

describe('right-to-left text', () => {
  it('an Arabic statement comes out intact, with dir="auto"', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'هادي العامري' });
    const text = 'نحن الآن داخل مبنى المحافظة في كركوك';
    const s = c.createStatement({ speakerId: speaker.id, text, language: 'ar' });
    const other = c.createStatement({
      speakerId: speaker.id,
      text: 'إيران ليس لها دور',
      language: 'ar',
    });
    const comparison = c.createComparison({ title: 'مقارنة', statementIds: [s.id, other.id] });
    const model = buildReport(
      c,
      reportOptions({ scope: { kind: 'comparisons', ids: [comparison.id] }, diffMarks: false }),
    );
    const html = renderHtml(model);
    expect(html).toContain(`<blockquote class="text" dir="auto" lang="ar">“${text}”</blockquote>`);
    expect(html).toContain('<strong class="speaker" dir="auto">هادي العامري</strong>');
    expect(renderMarkdown(model)).toContain(text);
    expect(
      parseCsv(renderCsv(model))
        .slice(1)
        .map((r) => r[CSV_COLUMNS.indexOf('text')]),
    ).toContain(text);
    expect((JSON.parse(renderJson(model)) as ReportModel).comparisons[0]!.statements[0]!.text).toBe(
      text,
    );
  });
});
