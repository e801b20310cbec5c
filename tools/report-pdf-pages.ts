/**
 * Prints a three-source report (test-reports' made-up dam dispute, with one comparison) to PDF
 * and renders its first pages as PNGs for the docs:
 *
 *   npx tsx tools/report-pdf-pages.ts   (needs Chromium and poppler-utils' pdftoppm)
 *
 * Writes docs/screenshots/report-pdf-page-1.png to -3.png.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkspace } from '../db/workspace';
import { renderHtml } from '../core/report/html';
import { printPdf } from '../core/report/pdf';
import { buildReport } from '../core/report/build';
import { damDispute, reportOptions } from '../core/report/test-reports';
import { createService } from '../core/service';

const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'parallax-report-pages-'));
try {
  const service = createService(createWorkspace(join(dir, 'sample.parallax')));
  const c = service.client;
  const dispute = damDispute(c);
  c.setStance({
    statementId: dispute.statements.ministry!.id,
    propositionId: dispute.propositions.dam,
    stance: 'denies',
    note: 'Taken back by the ministry itself six days later.',
  });
  c.createComparison({
    statementIds: [dispute.statements.engineer!.id, dispute.statements.ministry!.id],
    assessment:
      'The engineer reports the gates opened at dawn on Tuesday; the ministry, in the same week, ' +
      'says no gate was touched. The ministry later speaks of two gates opened for an hour.',
  });
  const model = buildReport(
    c,
    reportOptions({
      scope: { kind: 'all' },
      title: 'The Harlow dam: were the gates opened?',
      author: 'A. Researcher',
      date: '2021-03-12',
    }),
  );
  service.close();
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await printPdf(renderHtml(model)));
  const run = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '3',
    pdf,
    join(dir, 'page'),
  ]);
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${String(run.stderr)}`);
  for (const n of [1, 2, 3])
    renameSync(join(dir, `page-${n}.png`), join(DOCS, `report-pdf-page-${n}.png`));
  console.log(`wrote ${DOCS}report-pdf-page-1.png to -3.png`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
