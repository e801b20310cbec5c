import { describe, expect, it } from 'vitest';
import { ReportRequest } from '../../api/reports';
import { buildSample } from '../../sample/build-sample';
import type { ServiceClient } from '../../service';
import { useTempWorkspace } from '../../test/temp-workspace';
import { XSS_PAYLOADS } from '../../test/xss-payloads';
import { buildReport } from '../build';
import { countsLine } from '../model';
import { spokenWords } from '../statement-text';
import type { ReportModel, ReportStatement } from '../model';
import { hostileReport } from '../test-reports';
import { renderDocx } from './render';
import { assertWellFormed, elements, parseXml, textOf, zipEntries } from './test-docx';
import { xmlSafe } from './xml-text';

const ws = useTempWorkspace();

interface Docx {
  xml: string;
  rels: string;
  doc: ReturnType<typeof parseXml>;
  /** Each paragraph's text, in document order. */
  paragraphs: string[];
}

async function open(model: ReportModel): Promise<Docx> {
  const files = zipEntries(await renderDocx(model));
  const xml = files.get('word/document.xml')!;
  const rels = files.get('word/_rels/document.xml.rels')!;
  expect(xml).toBeTruthy();
  assertWellFormed(xml);
  assertWellFormed(rels);
  const doc = parseXml(xml);
  return { xml, rels, doc, paragraphs: elements(doc, 'w:p').map(textOf) };
}

/** The targets of the document's hyperlink relationships. */
function linkTargets(rels: string): string[] {
  return [...rels.matchAll(/<Relationship ([^>]*)\/>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => attrs.includes('/relationships/hyperlink"'))
    .map((attrs) => /Target="([^"]*)"/.exec(attrs)![1]!.replace(/&amp;/g, '&'));
}

/** True when some paragraph holds the text (each of its lines, whitespace evened out). */
function shows(d: Docx, text: string): boolean {
  const even = (s: string) => s.replace(/\s+/g, ' ').trim();
  const all = d.paragraphs.map(even);
  return xmlSafe(text)
    .split(/\r\n?|\n|\u2028|\u2029/)
    .filter((line) => line.trim())
    .every((line) => all.some((p) => p.includes(even(line))));
}

function everything(client: ServiceClient, extra: Record<string, unknown> = {}): ReportModel {
  return buildReport(
    client,
    ReportRequest.parse({
      scope: { kind: 'all' },
      title: 'Kirkuk',
      author: 'A. Researcher',
      date: '2024-01-02',
      ...extra,
    }),
  );
}

const statementsOf = (model: ReportModel): ReportStatement[] =>
  model.comparisons.flatMap((c) => c.statements);

describe('renderDocx on the sample', () => {
  it('holds every statement, both sides of each conflict, the sources and the title', async () => {
    buildSample(ws.client);
    const model = everything(ws.client);
    expect(model.comparisons).toHaveLength(2);
    expect(model.positions.some((p) => p.conflictingPairs > 0)).toBe(true);
    const d = await open(model);
    expect(d.paragraphs[0]).toBe('Kirkuk');
    expect(d.paragraphs[1]).toBe(`By A. Researcher · 2 January 2024 · ${model.scope}`);
    expect(d.paragraphs[2]).toBe(countsLine(model.counts));
    for (const quote of [
      'We do not have reports of PMF units',
      'I am now in Kirkuk',
      'Iran has no role in Kirkuk operation',
      'were directly involved in the attacks',
    ]) {
      expect(shows(d, quote), quote).toBe(true);
    }
    for (const s of statementsOf(model)) {
      expect(shows(d, spokenWords(s.text)), s.text).toBe(true);
      expect(shows(d, s.speaker), s.speaker).toBe(true);
    }
    for (const s of model.statements) {
      expect(shows(d, spokenWords(s.text)), s.text).toBe(true);
      expect(shows(d, s.speaker), s.speaker).toBe(true);
    }
    expect(shows(d, countsLine(model.counts))).toBe(true);
    expect(model.sources.length).toBeGreaterThan(0);
    for (const s of model.sources) expect(shows(d, s.title), s.title).toBe(true);
    for (const c of model.comparisons) if (c.assessment) expect(shows(d, c.assessment)).toBe(true);
    for (const p of model.method) expect(shows(d, p)).toBe(true);
    // every source with an http(s) address is linked, and nothing else is
    const targets = linkTargets(d.rels);
    for (const s of model.sources) if (s.url) expect(targets).toContain(s.url);
    for (const t of targets) expect(t).toMatch(/^https?:\/\//);
  });

  it('sets each comparison side by side: a table of one row, one cell per statement', async () => {
    buildSample(ws.client);
    const model = everything(ws.client);
    const d = await open(model);
    const body = elements(d.doc, 'w:body')[0]!;
    const blocks = [...body.children];
    for (const c of model.comparisons) {
      const at = blocks.findIndex((b) => b.tagName === 'w:p' && textOf(b) === c.title);
      expect(at, c.title).toBeGreaterThan(0);
      const tbl = blocks[at + 1]!;
      expect(tbl.tagName).toBe('w:tbl');
      const rows = elements(tbl, 'w:tr');
      expect(rows).toHaveLength(1);
      const cells = elements(rows[0]!, 'w:tc');
      expect(cells).toHaveLength(c.statements.length);
      c.statements.forEach((s, i) => {
        const cell = textOf(cells[i]!);
        expect(cell).toContain(s.speaker);
        for (const line of spokenWords(s.text).split('\n')) expect(cell).toContain(line.trim());
      });
    }
  });

  it('marks the diff: own words highlighted, shared words bold, negations underlined', async () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Ali Akbar Velayati' });
    const ids = [
      'Iran has a role in the Kirkuk operation and its advisers are present in the city',
      'Iran has no role in the Kirkuk operation and its advisers are not present in the city',
    ].map((text) => c.createStatement({ speakerId: speaker.id, text, language: 'en' }).id);
    c.createComparison({ title: 'Advisers', statementIds: ids });
    const model = everything(c);
    const marked = statementsOf(model).filter((s) => s.diff);
    expect(marked).toHaveLength(2);
    const d = await open(model);
    const runs = elements(d.doc, 'w:r');
    const has = (text: string, tag: string) =>
      runs.filter((r) => textOf(r) === text).some((r) => elements(r, tag).length > 0);
    const parts = marked.flatMap((s) => s.diff!.parts).filter((p) => p.text.trim());
    const own = parts.filter((p) => p.kind !== 'same');
    const shared = parts.filter((p) => p.kind === 'same' && p.shared);
    const negations = parts.filter((p) => p.negation);
    expect(own.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
    expect(negations.length).toBeGreaterThan(0);
    for (const p of own) expect(has(p.text, 'w:highlight'), p.text).toBe(true);
    for (const p of shared) expect(has(p.text, 'w:b'), p.text).toBe(true);
    for (const p of negations) expect(has(p.text, 'w:u'), p.text).toBe(true);
    // words neither highlighted nor bold where the diff leaves them plain
    for (const p of parts.filter((q) => q.kind === 'same' && !q.shared && !q.negation)) {
      expect(has(p.text, 'w:highlight'), p.text).toBe(false);
    }
    expect(d.xml).toContain('<w:highlight w:val="yellow"/>');
    expect(shows(d, 'Marks: shared words · words only one side has · negations')).toBe(true);

    // without diff marks: the plain text, no highlights and no legend
    const plain = await open(everything(c, { diffMarks: false }));
    expect(plain.xml).not.toContain('<w:highlight');
    expect(shows(plain, 'Marks:')).toBe(false);
    for (const s of statementsOf(model)) expect(shows(plain, spokenWords(s.text))).toBe(true);
  });

  it('lays out only the sections asked for, in their order', async () => {
    buildSample(ws.client);
    const model = everything(ws.client, { sections: ['method', 'timeline', 'summary'] });
    const d = await open(model);
    const headings = elements(d.doc, 'w:p')
      .filter((p) => elements(p, 'w:pStyle').some((s) => s.getAttribute('w:val') === 'Heading1'))
      .map(textOf);
    expect(headings).toEqual(['Method', 'Timeline', 'Positions and conflicts']);
  });
});

describe('renderDocx right to left', () => {
  it('sets Arabic statements right to left: <w:bidi/> on the paragraph, <w:rtl/> on its runs', async () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'هادي العامري' });
    const texts = ['نحن الآن داخل مبنى المحافظة في كركوك', 'إيران ليس لها دور في عملية كركوك'];
    const ids = texts.map(
      (text) => c.createStatement({ speakerId: speaker.id, text, language: 'ar' }).id,
    );
    // Persian text opening with a Latin acronym: right to left by its language
    const persian = 'IRGC در عملیات کرکوک نقشی نداشت';
    ids.push(c.createStatement({ speakerId: speaker.id, text: persian, language: 'fa' }).id);
    c.createComparison({ title: 'مقارنة التصريحات', statementIds: ids });
    const d = await open(everything(c));
    const paragraphs = elements(d.doc, 'w:p');
    const rtl = (text: string) => {
      const p = paragraphs.find((q) => textOf(q) === text);
      expect(p, text).toBeDefined();
      expect(elements(p!, 'w:bidi'), text).toHaveLength(1);
      const runs = elements(p!, 'w:r');
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) expect(elements(r, 'w:rtl'), text).toHaveLength(1);
    };
    // quotations are printed between quotation marks
    for (const t of [...texts, persian]) rtl(`“${t}”`);
    rtl('هادي العامري');
    rtl('مقارنة التصريحات');
    // English paragraphs stay left to right
    const method = paragraphs.find((q) => textOf(q) === 'Method')!;
    expect(elements(method, 'w:bidi')).toHaveLength(0);
    expect(elements(method, 'w:rtl')).toHaveLength(0);
  });
});

describe('renderDocx on hostile text', () => {
  it('keeps every payload as escaped text: the XML parses and holds no markup of theirs', async () => {
    const model = hostileReport(ws.client);
    const d = await open(model);
    expect(d.xml).not.toMatch(/<script|<img|<svg|<iframe|<a /i);
    for (const t of elements(d.doc, 'w:t')) expect(t.children).toHaveLength(0);
    // no control characters XML forbids
    expect(d.xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/); // eslint-disable-line no-control-regex
    for (const p of XSS_PAYLOADS) {
      expect(shows(d, p), JSON.stringify(p)).toBe(true);
    }
    expect(shows(d, 'linebellescape')).toBe(true);
    const title = XSS_PAYLOADS[0]!;
    expect(d.paragraphs).toContain(title);
    for (const t of linkTargets(d.rels)) expect(t).toMatch(/^https?:\/\//);
  });

  it('links only http(s) addresses; others stay plain text', async () => {
    const c = ws.client;
    const source = c.createSource({ title: 'Safe', url: 'https://example.org/r?a=1&b=2' });
    const speaker = c.createActor({ name: 'Speaker' });
    const ids = ['First claim', 'Second claim'].map(
      (text) => c.createStatement({ speakerId: speaker.id, sourceId: source.id, text }).id,
    );
    c.createComparison({ title: 'Links', statementIds: ids });
    const base = everything(c, { sections: ['sources', 'comparisons'] });
    const unsafe = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ];
    const sources = unsafe.map((url, i) => ({
      ...base.sources[0]!,
      id: `unsafe-${i}`,
      title: `Unsafe ${i}`,
      url,
    }));
    const model: ReportModel = {
      ...base,
      sources: [...base.sources, ...sources],
      comparisons: base.comparisons.map((c, i) =>
        i === 0
          ? {
              ...c,
              statements: c.statements.map((s, j) => (j === 0 ? { ...s, source: sources[0]! } : s)),
            }
          : c,
      ),
    };
    const d = await open(model);
    for (const url of unsafe) expect(shows(d, url), url).toBe(true);
    const targets = linkTargets(d.rels);
    expect(targets).toContain('https://example.org/r?a=1&b=2');
    for (const t of targets) expect(t).toMatch(/^https?:\/\/[^\s<>"]+$/);
    expect(d.rels).not.toMatch(/javascript:|data:|file:/);
  });
});
