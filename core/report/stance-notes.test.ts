/**
 * A researcher's note on why a statement takes its stance is part of the analysis a report
 * carries: printed, labelled as the researcher's, under the statement in the positions section
 * and beside the stance in a comparison, in every format that prints statements.
 */
import { describe, expect, it } from 'vitest';
import type { ReportFormatId } from '../api/reports';
import { useTempWorkspace } from '../test/temp-workspace';
import { buildReport } from './build';
import { comparable, pdfTestPrinter } from './pdf/pdf-text';
import { readerText } from './test-reader-text';
import { damDispute, reportOptions } from './test-reports';

const ws = useTempWorkspace();
const { chromium: CHROMIUM, skip: NO_PDF } = pdfTestPrinter();

const NOTE = 'Contradicted by the ministry itself six days later; read as a holding line.';

function notedReport() {
  const c = ws.client;
  const f = damDispute(c);
  const ministry = f.statements.ministry!.id;
  c.setStance({
    statementId: ministry,
    propositionId: f.propositions.dam,
    stance: 'denies',
    note: NOTE,
  });
  c.createComparison({
    title: 'Engineer against the ministry',
    statementIds: [f.statements.engineer!.id, ministry],
  });
  return buildReport(
    c,
    reportOptions({ scope: { kind: 'all' }, title: 'Dam', sections: ['summary', 'comparisons'] }),
  );
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('a stance note in a report', () => {
  for (const format of ['html', 'md', 'docx'] as ReportFormatId[]) {
    it(`is printed in ${format}, labelled, under its statement and in its comparison`, async () => {
      const text = comparable(await readerText(notedReport(), format, ws.dir, CHROMIUM));
      expect(occurrences(text, comparable(`Researcher’s note: ${NOTE}`))).toBe(2);
    });
  }

  it.skipIf(NO_PDF !== null)(
    `is printed in the PDF too (skipped when ${NO_PDF ?? 'a browser and pdftotext are missing'})`,
    async () => {
      const text = comparable(await readerText(notedReport(), 'pdf', ws.dir, CHROMIUM));
      expect(occurrences(text, comparable('Researcher’s note:'))).toBe(2);
      expect(text).toContain(comparable('read as a holding line'));
    },
  );

  it('is left out where there is none', async () => {
    const c = ws.client;
    damDispute(c);
    const model = buildReport(c, reportOptions({ scope: { kind: 'all' }, title: 'Dam' }));
    expect(await readerText(model, 'html', ws.dir, CHROMIUM)).not.toContain('Researcher’s note');
  });
});
