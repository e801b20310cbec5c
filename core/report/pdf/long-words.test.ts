import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../test/temp-workspace';
import { buildReport } from '../build';
import { renderHtml } from '../html';
import { reportOptions } from '../test-reports';
import { pdfTestPrinter } from './pdf-text';
import { PDF_MARGIN, printPdf } from './print-pdf';

const { chromium: CHROMIUM, skip: SKIP } = pdfTestPrinter();

const ws = useTempWorkspace();

/** Every word pdftotext finds, with the page width and its right edge, in points. */
function wordBoxes(
  pdf: Uint8Array,
  dir: string,
): Array<{ word: string; right: number; page: number }> {
  const file = join(dir, 'wrap.pdf');
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(run.stdout)![1]);
  return [
    ...run.stdout.matchAll(
      /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ word: m[2]!, right: Number(m[1]), page: pageWidth }));
}

describe.skipIf(SKIP !== null)(
  `long words in a printed report${SKIP ? ` (skipped: ${SKIP})` : ''}`,
  () => {
    it('a long URL and a long unbroken word wrap inside the page margins', async () => {
      const c = ws.client;
      const url = `https://archive.example.org/${'section/'.repeat(20)}${'a'.repeat(120)}?ref=${'b'.repeat(80)}`;
      const source = c.createSource({
        title: 'A source with a very long address',
        url,
        outlet: 'Wire',
      });
      const speaker = c.createActor({ name: 'Archivist' });
      const word = `Donaudampfschifffahrtsgesellschaftskapitän${'s'.repeat(90)}`;
      const s = c.createStatement({
        speakerId: speaker.id,
        sourceId: source.id,
        text: `He said ${word} twice.`,
      });
      const p = c.createProposition({ text: 'Long words fit' });
      c.setStance({ statementId: s.id, propositionId: p.id, stance: 'affirms' });
      const pdf = await printPdf(
        renderHtml(buildReport(c, reportOptions({ scope: { kind: 'all' } }))),
        {
          chromium: CHROMIUM!,
        },
      );
      const boxes = wordBoxes(pdf, ws.dir);
      expect(boxes.length).toBeGreaterThan(20);
      // 18 mm of margin is 51 pt; a point or two of slack for rounding
      const margin = (parseFloat(PDF_MARGIN) / 25.4) * 72;
      for (const b of boxes) expect(b.right, b.word).toBeLessThanOrEqual(b.page - margin + 2);
    }, 60_000);
  },
);
