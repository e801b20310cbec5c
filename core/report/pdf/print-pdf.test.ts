import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParallaxError } from '../../errors';
import { buildSample } from '../../sample/build-sample';
import type { ServiceClient } from '../../service';
import { useTempWorkspace } from '../../test/temp-workspace';
import { XSS_PAYLOADS } from '../../test/xss-payloads';
import { withoutControls } from '../html-text';
import { ReportRequest, type ReportRequestInput } from '../../api/reports';
import { buildReport, countsLine, renderHtml } from '..';
import { spokenWords } from '../statement-text';
import { comparable, pdfTestPrinter, pdfText, pdfTitle, withoutFooters } from './pdf-text';
import { printPdf } from './print-pdf';

const { chromium: CHROMIUM, skip: SKIP } = pdfTestPrinter();

/** Every comparison in the workspace, the request's other fields at their defaults. */
const everything = (fields: Omit<ReportRequestInput, 'scope'> = {}) =>
  ReportRequest.parse({ scope: { kind: 'all' }, ...fields });

const ws = useTempWorkspace();

/** Every non-blank text node of the page's body: what a reader of the HTML sees. */
function visibleTexts(html: string): string[] {
  const { document } = parseHTML(html);
  const texts: string[] = [];
  const walk = (node: {
    nodeType: number;
    textContent: string | null;
    childNodes: ArrayLike<unknown>;
  }) => {
    if (node.nodeType === 3) {
      if (node.textContent!.trim() !== '') texts.push(node.textContent!);
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child as typeof node);
  };
  walk(document.body as unknown as Parameters<typeof walk>[0]);
  return texts;
}

/**
 * A comparison of two short Arabic statements (each fits one line of its half of the page:
 * pdftotext's reading order interleaves the lines of side-by-side cells); returns the texts.
 * No lam-alef (لا, لآ…): pdftotext extracts that ligature with its two letters swapped, though
 * Chromium draws it correctly.
 */
function addArabic(c: ServiceClient): string[] {
  const speaker = c.createActor({ name: 'هادي العامري' });
  const texts = ['نحن داخل مبنى المحافظة في كركوك', 'إيران ليس لها دور في عملية كركوك'];
  const ids = texts.map(
    (text) => c.createStatement({ speakerId: speaker.id, text, language: 'ar' }).id,
  );
  c.createComparison({ title: 'مقارنة التصريحات', statementIds: ids });
  return texts;
}

describe.skipIf(SKIP !== null)(`printPdf${SKIP ? ` — skipped: ${SKIP}` : ''}`, () => {
  it('prints the sample report: every statement, both sides of each conflict, the sources', async () => {
    buildSample(ws.client);
    const model = buildReport(ws.client, everything({ title: 'Kirkuk' }));
    expect(model.comparisons).toHaveLength(2);
    const html = renderHtml(model);
    const pdf = await printPdf(html, { chromium: CHROMIUM!, title: 'Kirkuk, October 2017' });

    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdfTitle(pdf, ws.dir)).toBe('Kirkuk, October 2017');
    const raw = pdfText(pdf, ws.dir);
    const text = comparable(withoutFooters(raw));
    const has = (s: string) => text.includes(comparable(s));

    expect(raw).toMatch(/page 1 of \d+/);
    for (const c of model.comparisons) {
      expect(has(c.title), c.title).toBe(true);
      for (const s of c.statements) {
        expect(has(spokenWords(s.text)), s.text).toBe(true);
        expect(has(s.speaker), s.speaker).toBe(true);
      }
    }
    expect(model.positions.some((p) => p.conflictingPairs > 0)).toBe(true);
    for (const position of model.positions) {
      expect(has(position.proposition), position.proposition).toBe(true);
    }
    // the positions section prints every statement whole, with its speaker
    for (const s of model.statements) {
      expect(has(s.speaker), s.speaker).toBe(true);
      expect(has(spokenWords(s.text)), s.text).toBe(true);
    }
    expect(has(countsLine(model.counts))).toBe(true);
    expect(model.sources.length).toBeGreaterThan(0);
    for (const source of model.sources) {
      expect(has(source.title), source.title).toBe(true);
      const citation = model.citations[source.id]!;
      expect(has(citation.inText), citation.inText).toBe(true);
      expect(has(citation.text), citation.text).toBe(true);
    }
    // and nothing the HTML shows is lost on paper
    for (const t of visibleTexts(html)) expect(has(t), t).toBe(true);
  });

  it('keeps Arabic words whole and in logical order', async () => {
    const texts = addArabic(ws.client);
    const model = buildReport(ws.client, everything());
    const pdf = await printPdf(renderHtml(model), { chromium: CHROMIUM! });
    const words = pdfText(pdf, ws.dir, 'reading').replace(/[\u202A-\u202E]/g, '');
    for (const t of texts) expect(words.replace(/\s+/g, ' '), t).toContain(t);
    expect(words).toContain('هادي العامري');
    expect(words).toContain('مقارنة التصريحات');
  });

  it(`prints ${XSS_PAYLOADS.length} injection payloads as the text they are`, async () => {
    const c = ws.client;
    const statementIds = XSS_PAYLOADS.map((p, i) => {
      const source = c.createSource({ title: `${p} #${i}` });
      const speaker = c.createActor({ name: `${p} @${i}` });
      return c.createStatement({ speakerId: speaker.id, sourceId: source.id, text: p }).id;
    });
    // two statements side by side per comparison: a payload gets half the page's width
    for (let i = 0; i < statementIds.length; i += 2) {
      const pair = i + 1 < statementIds.length ? [i, i + 1] : [i, 0];
      c.createComparison({
        title: XSS_PAYLOADS[i]!,
        statementIds: pair.map((j) => statementIds[j]!),
      });
    }
    const model = buildReport(c, everything({ title: XSS_PAYLOADS[7] }));
    const pdf = await printPdf(renderHtml(model), { chromium: CHROMIUM! });
    const text = comparable(withoutFooters(pdfText(pdf, ws.dir)));

    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    for (const [i, p] of XSS_PAYLOADS.entries()) {
      // control characters HTML cannot hold are printed as U+FFFD (see html-text.ts)
      for (const shown of [`${withoutControls(p)} #${i}`, `${withoutControls(p)} @${i}`]) {
        // a typed right-to-left override reverses the rest of its line on paper; raw
        // extraction gives that visual order
        const visual = shown.replace(/\u202E(.*)$/, (_, rest: string) =>
          [...rest].reverse().join(''),
        );
        const found = [shown, visual].some((e) => text.includes(comparable(e)));
        expect(found, JSON.stringify(shown)).toBe(true);
      }
    }
  });
});

describe.skipIf(SKIP !== null)(
  `printPdf makes no request${SKIP ? ` — skipped: ${SKIP}` : ''}`,
  () => {
    let server: Server;
    let port: number;
    const seen: string[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        seen.push(`request ${req.url}`);
        res
          .writeHead(200, { 'content-type': 'image/svg+xml' })
          .end('<svg xmlns="http://www.w3.org/2000/svg"/>');
      });
      // a connection without a request (a preconnect) would reach the network too
      server.on('connection', () => seen.push('connection'));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise((done) => server.close(done));
    });

    it('an image tag typed into a statement is printed as text and fetches nothing', async () => {
      const tag = `<img src="http://127.0.0.1:${port}/x">`;
      const c = ws.client;
      const speaker = c.createActor({ name: 'Someone' });
      const ids = [tag, 'plain words'].map(
        (text) => c.createStatement({ speakerId: speaker.id, text }).id,
      );
      c.createComparison({ title: tag, statementIds: ids });
      seen.length = 0;
      const pdf = await printPdf(renderHtml(buildReport(c, everything())), {
        chromium: CHROMIUM!,
      });
      expect(seen).toEqual([]);
      expect(comparable(withoutFooters(pdfText(pdf, ws.dir)))).toContain(comparable(tag));
    });

    it('raw HTML with external images, styles and frames fetches nothing either', async () => {
      const base = `http://127.0.0.1:${port}`;
      const html = `<!DOCTYPE html><html><head><title>raw</title>
<link rel="stylesheet" href="${base}/style.css"><link rel="preconnect" href="${base}">
</head><body><p>raw page</p><img src="${base}/x.png"><iframe src="${base}/frame"></iframe>
<p style="background:url(${base}/bg.png)">styled</p></body></html>`;
      seen.length = 0;
      const pdf = await printPdf(html, { chromium: CHROMIUM! });
      expect(seen).toEqual([]);
      expect(comparable(pdfText(pdf, ws.dir))).toContain('rawpage');
      // the server does count: a request from here shows up
      await fetch(`${base}/check`);
      expect(seen).toContain('request /check');
    });
  },
);

describe('printPdf without a browser', () => {
  it("says 'unavailable', naming the path, when the browser cannot be started", async () => {
    const attempt = printPdf('<p>x</p>', { chromium: '/nonexistent/chromium' });
    await expect(attempt).rejects.toBeInstanceOf(ParallaxError);
    await expect(attempt).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('/nonexistent/chromium'),
    });
  });
});
