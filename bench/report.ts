/**
 * `npm run bench -- report [--comparisons N] [--runs N] [--json] [--keep]`: a report of N
 * comparisons (default 50) from build to PDF.
 *
 * Builds a temp workspace through the service client: 12 speakers, 8 sources (Wikinews articles),
 * 10 propositions, and N comparisons of 3–4 statements each (two to four corpus sentences per
 * statement, one or two stances each, a few sentences of assessment). Then, --runs times (default
 * 5), it times buildReport (the model), renderHtml and printPdf separately. printPdf starts
 * Chromium every time (that is what an export does), so each PDF time includes a browser launch;
 * the first run's launch is also the coldest (disk cache). Reported: the first run and the median,
 * and launch_ms: starting and closing the same Chromium with nothing printed (median), to tell
 * the launch from the printing.
 * Target: the PDF of a 50-comparison report in ≤ 3 s, first run included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium as playwright } from 'playwright-core';
import { ReportRequest } from '../core/api/reports';
import { buildReport, renderHtml, type ReportModel } from '../core/report';
import { CHROMIUM_ARGS, findChromium, printPdf } from '../core/report/pdf';
import { pdfPages } from '../core/report/pdf/pdf-text';
import { createService, type ServiceClient } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { parseBenchArgs } from './args';
import { corpusSentences, loadArticles, prng, shuffle } from './corpus';

const USAGE = 'Usage: npm run bench -- report [--comparisons N] [--runs N] [--json] [--keep]';
const TARGET_PDF_MS = 3_000;

// prettier-ignore
const SPEAKERS = ['Amina Haddad', 'Carlos Castillo', 'Chen Nakamura', 'Elena Petrov', 'Emeka Okafor', 'Farhad Rahimi', 'Grace Mensah', 'Ingrid Andersson', 'Karim Dubois', 'Leila Hosseini', 'Maria Santos', 'Omar Yilmaz'];
// prettier-ignore
const ROLES = ['spokesperson', 'minister', 'ambassador', 'party leader', 'press secretary', 'senator'];
// prettier-ignore
const PROPOSITIONS = ['The ceasefire is holding', 'Sanctions will be lifted this year', 'The election was free and fair', 'Troops have left the border area', 'The budget deficit is shrinking', 'Talks will resume next month', 'The vaccine supply is sufficient', 'Foreign fighters took part in the attack', 'The port reopened to shipping', 'Inflation has peaked'];
const STANCES = ['affirms', 'denies', 'qualifies'] as const;

/** Fills the workspace behind `client`; returns the number of statements made. */
function fill(client: ServiceClient, comparisons: number): number {
  const random = prng(20240102);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = shuffle(corpusSentences(), random);
  let next = 0;
  const prose = (count: number) =>
    Array.from({ length: count }, () => sentences[next++ % sentences.length]!).join(' ');

  const speakers = SPEAKERS.map((name) => client.createActor({ name }).id);
  const sources = loadArticles()
    .slice(0, 8)
    .map(
      (a) =>
        client.createSource({
          title: a.title,
          outlet: 'Wikinews',
          url: a.url,
          publishedOn: a.date.slice(0, 10),
          body: a.text,
        }).id,
    );
  const propositions = PROPOSITIONS.map((text) => client.createProposition({ text }).id);

  let statements = 0;
  for (let c = 0; c < comparisons; c++) {
    const ids = Array.from({ length: 3 + Math.floor(random() * 2) }, () => {
      const day = 1 + Math.floor(random() * 28);
      const statement = client.createStatement({
        speakerId: pick(speakers),
        sourceId: pick(sources),
        text: prose(2 + Math.floor(random() * 3)),
        kind: random() < 0.7 ? 'quote' : 'paraphrase',
        role: pick(ROLES),
        saidOn: `2019-${String(1 + (c % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      });
      const taken = shuffle([...propositions], random).slice(0, 1 + Math.floor(random() * 2));
      for (const propositionId of taken)
        client.setStance({ statementId: statement.id, propositionId, stance: pick(STANCES) });
      statements++;
      return statement.id;
    });
    client.createComparison({
      title: `Comparison ${c + 1}: ${sentences[next++ % sentences.length]!.slice(0, 60)}`,
      statementIds: ids,
      assessment: prose(3),
    });
  }
  return statements;
}

const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, {
    usage: USAGE,
    statements: 1,
    runs: 5,
    strings: ['comparisons'],
  });
  if (typeof parsed === 'number') return parsed;
  const comparisons = Number(parsed.strings.comparisons ?? 50);
  if (!Number.isInteger(comparisons) || comparisons < 1) {
    process.stderr.write(`--comparisons must be a positive whole number\n${USAGE}\n`);
    return 2;
  }
  const chromium = findChromium();
  if (chromium === null) {
    process.stderr.write('No Chromium found: install one or set PARALLAX_CHROMIUM.\n');
    return 1;
  }

  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-report-'));
  const loadBefore = loadavg()[0]!;
  try {
    const workspace = createWorkspace(join(dir, 'report.parallax'));
    const service = createService(workspace, { author: 'bench' });
    const built = performance.now();
    const statements = fill(service.client, comparisons);
    process.stderr.write(
      `built ${comparisons} comparisons, ${statements} statements in ${round(performance.now() - built)} ms\n`,
    );

    const runs: Array<{ model: number; html: number; pdf: number; launch: number }> = [];
    let model: ReportModel | undefined;
    let html = '';
    let pdf: Uint8Array = new Uint8Array();
    for (let run = 0; run < parsed.runs; run++) {
      let t = performance.now();
      model = buildReport(
        service.client,
        ReportRequest.parse({ scope: { kind: 'all' }, title: 'Benchmark report' }),
      );
      const modelMs = performance.now() - t;
      t = performance.now();
      html = renderHtml(model);
      const htmlMs = performance.now() - t;
      t = performance.now();
      pdf = await printPdf(html, { chromium });
      const pdfMs = performance.now() - t;
      t = performance.now();
      await (await playwright.launch({ executablePath: chromium, args: CHROMIUM_ARGS })).close();
      runs.push({ model: modelMs, html: htmlMs, pdf: pdfMs, launch: performance.now() - t });
      process.stderr.write(
        `run ${run + 1}: model ${round(modelMs)} ms, html ${round(htmlMs)} ms, pdf ${round(pdfMs)} ms\n`,
      );
    }
    service.close();
    if (parsed.keep) {
      writeFileSync(join(dir, 'report.html'), html);
      writeFileSync(join(dir, 'report.pdf'), pdf);
      process.stderr.write(`kept ${dir}\n`);
    }

    let pages: number | null = null;
    try {
      pages = pdfPages(pdf, dir);
    } catch {
      pages = null; // pdfinfo (poppler-utils) missing: the page count is left out
    }
    const total = (r: { model: number; html: number; pdf: number }) => r.model + r.html + r.pdf;
    const first = runs[0]!;
    const result = {
      name: 'report',
      comparisons: model!.comparisons.length,
      statements,
      pages,
      bytes: pdf.byteLength,
      html_bytes: Buffer.byteLength(html),
      runs: runs.length,
      ms: {
        model: round(median(runs.map((r) => r.model))),
        html: round(median(runs.map((r) => r.html))),
        pdf: round(median(runs.map((r) => r.pdf))),
        total: round(median(runs.map(total))),
      },
      first_ms: {
        model: round(first.model),
        html: round(first.html),
        pdf: round(first.pdf),
        total: round(total(first)),
      },
      pdf_runs_ms: runs.map((r) => round(r.pdf)),
      launch_ms: round(median(runs.map((r) => r.launch))),
      chromium,
      node: process.version,
      load_avg: [round(loadBefore), round(loadavg()[0]!)],
    };
    if (parsed.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        [
          `${result.comparisons} comparisons, ${statements} statements → ${pages ?? '?'} pages, ${result.bytes} bytes of PDF (${result.html_bytes} of HTML)`,
          `median of ${runs.length}: model ${result.ms.model} ms, html ${result.ms.html} ms, pdf ${result.ms.pdf} ms, total ${result.ms.total} ms; Chromium launch alone ${result.launch_ms} ms`,
          `first run:   model ${result.first_ms.model} ms, html ${result.first_ms.html} ms, pdf ${result.first_ms.pdf} ms, total ${result.first_ms.total} ms (target: pdf ≤ ${TARGET_PDF_MS} ms)`,
        ].join('\n') + '\n',
      );
    return Math.max(first.pdf, result.ms.pdf) <= TARGET_PDF_MS ? 0 : 1;
  } finally {
    if (!parsed.keep) rmSync(dir, { recursive: true, force: true });
  }
}
